import type {WeaknessId} from '../taxonomy/ids.js';
import type {Hit} from './match.js';
import type {Signals} from './signals.js';
import {excerpt, type Span} from './text.js';

// Each detector turns signals into a risk in 0..1 with a written-down formula; a weakness is
// reported when its risk reaches REPORT_AT. Absences (no AI layer, no eval layer, no specific
// safety practice, no own experience) are measured as "breadth" = number of distinct concepts
// from a family, so naming one buzzword twice does not count as depth.

export const REPORT_AT = 0.5;

/**
 * What a weakness found only by missing vocabulary gives back. Lexicons never hold every way to say
 * a practice, so an absence with no sign of the bad pattern itself (metrics instead of a test, talk
 * about AI in general instead of a story) has to be deeper before it is reported.
 */
export const ABSENCE_ONLY_DISCOUNT = 0.1;

export type Detection = {
	id: WeaknessId;
	risk: number;
	/** The sentence that shows the weakness, or '' when the weakness is an absence. */
	evidence: string;
	/** What a strong answer would have had, said when the weakness is an absence. */
	missing: string;
	/** Human-readable signal values behind the risk, for debugging and the eval report. */
	why: Record<string, number>;
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The sentence where `hits` weigh most (earliest on ties), quoted around those hits. Sentences that
 * also hold `against` hits (what the weakness says is missing) are passed over: a sentence that
 * disproves a finding is never quoted as its evidence.
 */
function quote(sig: Signals, found: Hit[], against: Hit[] = [], normalise = false): string | undefined {
	const countered = new Set(against.map(h => h.sentence));
	const hits = found.filter(h => !countered.has(h.sentence));
	if (hits.length === 0 || sig.sentences.length === 0) return undefined;
	const score = new Map<number, number>();
	// filler ("Fair point.", "Sure.") never stands as evidence, whatever it matched
	for (const h of hits) if ((sig.sentences[h.sentence]?.words ?? 0) >= 4) score.set(h.sentence, (score.get(h.sentence) ?? 0) + h.weight);
	if (score.size === 0) return undefined;
	let best = -1;
	let bestScore = -Infinity;
	for (const [i, s] of score) {
		const v = normalise ? s / Math.sqrt(Math.max(4, sig.sentences[i]!.words)) : s;
		if (v > bestScore || (v === bestScore && i < best)) {
			best = i;
			bestScore = v;
		}
	}
	const sentence = sig.sentences[best]!;
	const inside = hits.filter(h => h.sentence === best).sort((a, b) => a.start - b.start);
	const first = inside[0]!;
	const last = inside[inside.length - 1]!;
	const focus: Span = last.end - first.start <= 100 ? {start: first.start, end: last.end} : {start: first.start, end: first.end};
	return excerpt(sig.text, sentence, focus);
}

/** What each weakness's absence means, said instead of quoting a sentence that does not show it. */
export const MISSING: Record<WeaknessId, string> = {
	'generic-pm': 'nothing on what is special about an AI product: wrong outputs and what the product does about them, the data, evaluation or feedback loops',
	'over-technical': 'a link from the technical detail to a product decision',
	'no-eval-framework': 'a way to tell whether the model is good enough: real examples to test on, what counts as a good output, and the bar to pass before launch',
	'generic-ai-talk': 'what you did yourself: your role, the steps you took, a number, what you learned',
	'skips-ethics': 'a specific risk and what you would do about it: who could be harmed and how, how you would measure it, an escalation path or a rule that blocks launch',
};

/**
 * How much of a weakness's "need" a reply to a follow-up must show: a reply answers one question
 * of a thread, so a short one (under about 60 words) needs proportionally less, down to 60%.
 */
export function replyNeed(need: number, words: number, turn: Turn): number {
	return turn === 'follow-up' ? need * Math.min(1, Math.max(0.6, words / 60)) : need;
}

const conceptsOf = (sig: Signals, name: keyof Signals['family']) => sig.family[name].concepts;

/**
 * How much the answer engages with what is special about AI products (uncertainty, failure, fallback,
 * human review, data, feedback loops, readiness), plus a little model evaluation and safety practice.
 * Naming the technology ("AI", "the model") is not engaging with it, so the model concept is left out.
 * Repetition counts a little: a concept mentioned three times is a bit more than once.
 */
export function aiLayerDepth(sig: Signals): {depth: number; breadth: number; weight: number} {
	const ai = sig.family.aiLayer;
	const modelWeight = ai.concepts.get('model') ?? 0;
	const breadth = ai.breadth - modelWeight;
	const weight = ai.weight - modelWeight * countOf(ai.hits, 'model');
	// evaluating the model and guarding against its failures are AI-specific work too
	const evaluation = Math.min(3, sig.family.modelEval.breadth + sig.family.plainEval.breadth);
	const safety = Math.min(3, sig.family.ethicsSpecific.breadth + sig.family.safetyRules.breadth);
	const depth = breadth + 0.25 * Math.min(4, weight - breadth) + 0.5 * evaluation + 0.25 * safety;
	return {depth, breadth, weight};
}

// generic-pm: a PM-shaped answer (frameworks, process, launch mechanics, business metrics)
// with a thin AI layer (uncertainty, failure, fallback, human review, data, feedback loops,
// grounding, readiness). Both halves are needed: an answer that is thin on AI because it is
// all opinion or all metrics is a different weakness, not this one.
function genericPm(sig: Signals, turn: Turn): Detection {
	const {depth, breadth, weight} = aiLayerDepth(sig);
	const craftHits = sig.family.pm.hits.concat(sig.family.productMetrics.hits);
	const evidence =
		quote(
			sig,
			craftHits,
			sig.family.aiLayer.hits.filter(h => h.concept !== 'model'),
		) ?? '';
	if (turn === 'follow-up') {
		// asked what changes because it is AI, the reply has to name it; PM craft is beside the point
		const risk = clamp01(0.5 + 0.3 * (1.5 - depth));
		return {id: 'generic-pm', risk, evidence, missing: MISSING['generic-pm'], why: {aiBreadth: breadth, depth: round2(depth)}};
	}
	const need = 2.2 + Math.min(1.3, sig.words / 250);
	// metrics alone are the eval weakness's territory: craft counts frameworks, process and shipping
	const craft = sig.family.pm.weight - countOf(sig.family.pm.hits, 'metrics');
	const craftPer100 = (100 * craft) / Math.max(60, sig.words);
	// with no PM craft at all the gap is usually better explained by another weakness or brevity
	const risk = clamp01(0.5 + 0.2 * (need - depth) + 0.12 * (Math.min(8, craftPer100) - 4) - (craft === 0 ? 0.15 : 0));
	return {
		id: 'generic-pm',
		risk,
		evidence,
		missing: MISSING['generic-pm'],
		why: {aiBreadth: breadth, aiWeight: weight, depth: round2(depth), need: round2(need), craft, craftPer100: round2(craftPer100)},
	};
}

// over-technical: jargon density (hits per 100 words) and count, discounted by how much of it is
// tied back to decisions, constraints and users.
function overTechnical(sig: Signals): Detection {
	const j0 = sig.family.jargon;
	// code-shaped tokens and model names count as jargon the lexicon does not list
	const j = {...j0, weight: j0.weight + 0.5 * Math.min(8, sig.techTokens)};
	const ties = sig.family.ties;
	const c = conceptsOf(sig, 'ties');
	const tieWeight = 1.5 * countOf(ties.hits, 'decision') + 0.6 * countOf(ties.hits, 'constraint') + 0.4 * countOf(ties.hits, 'user') + (c.has('simple') ? 1 : 0);
	const density = (100 * j.weight) / Math.max(40, sig.words);
	const tieRatio = tieWeight / Math.max(1, j.weight);
	const load = 0.12 * Math.min(10, j.weight) + 0.09 * Math.min(10, density) + 0.05 * Math.min(4, j.breadth);
	// a few terms in a long answer are fine; the same few packed into a short reply are the reply
	const risk = clamp01(load - 0.35 * Math.min(1.5, tieRatio) + (j.weight < 4 && density < 6 ? -0.3 : 0));
	return {
		id: 'over-technical',
		risk,
		evidence:
			quote(
				sig,
				j.hits,
				ties.hits.filter(h => h.concept === 'decision'),
				true,
			) ?? '',
		missing: MISSING['over-technical'],
		why: {jargon: j.weight, jargonBreadth: j.breadth, density: round2(density), ties: round2(tieWeight), tieRatio: round2(tieRatio), load: round2(load)},
	};
}

function present(concepts: Map<string, number>, names: string[]): number {
	return names.filter(n => concepts.has(n)).length;
}

function countOf(hits: Hit[], concept: string): number {
	let n = 0;
	for (const h of hits) if (h.concept === concept) n++;
	return n;
}

// no-eval-framework: model evaluation (eval set, criteria, metrics, thresholds, slices, raters)
// is missing or thin; relying on product metrics (NPS, DAU, retention) raises confidence,
// AI-tied product evaluation (override rate, task completion) lowers it a little.
function noEvalFramework(sig: Signals, turn: Turn): Detection {
	const e = sig.family.modelEval;
	const pe = sig.family.productEval.breadth;
	const pm = sig.family.productMetrics.breadth;
	// a technical lecture on model metrics is a different weakness (over-technical), not "product metrics only"
	const technical = pm === 0 ? 0.12 * Math.min(8, sig.family.jargon.weight) : 0;
	// neighbouring AI-layer concepts (testing, failure analysis, review) catch paraphrases the eval lexicon misses
	const neighbours = 0.2 * present(sig.family.aiLayer.concepts, ['readiness', 'failure', 'human-review']);
	// the same ideas in plain words and numbers ("9 in 10 must pass", "split by city", "two people grade")
	const plain = sig.family.plainEval.breadth;
	const plainExtra = Math.min(3, sig.family.plainEval.weight - plain);
	// "it doesn't ship unless..." is a quality bar even when it is said as a safety rule
	const gate = sig.family.safetyRules.concepts.has('block-rule') ? 0.4 : 0;
	// a red-team or adversarial test set is an eval set for safety
	const safetyTest = sig.family.ethicsSpecific.concepts.has('audit') ? 0.3 : 0;
	// a list of eval terms that ends in "just ship it and watch NPS" names the tools and applies none
	const dismissed = sig.family.dismissal.weight > 0;
	const raw =
		e.breadth + 0.2 * Math.min(3, e.weight - e.breadth) + 0.8 * Math.min(3, plain) + 0.2 * plainExtra + gate + safetyTest + 0.3 * Math.min(2, pe) + technical + neighbours;
	// a plan offered as "maybe", "possibly", "I guess" is not a plan: hedged evidence counts half
	const evidence = e.hits.concat(sig.family.plainEval.hits);
	const hedgedShare = evidence.length === 0 ? 0 : evidence.filter(h => sig.hedged.has(h.sentence)).length / evidence.length;
	const depth = (dismissed ? 0.35 : 1) * (1 - 0.5 * hedgedShare) * raw;
	// The weakness is answering "does it work?" with something else: product metrics, launch
	// mechanics, a denied test ("we never measured"), a list of terms dismissed, a lecture, or a plan
	// not committed to. With none of those, only the eval vocabulary is missing, which a plan in
	// unfamiliar words also lacks.
	const showsWeakness = pm > 0 || dismissed || technical > 0 || hedgedShare > 0 || e.negated + sig.family.productEval.negated > 0 || sig.family.pm.weight > 0;
	// offsets sit in the gap between labelled strong and weak answers of the independent sets
	const risk = clamp01(0.44 + 0.25 * (replyNeed(2.2, sig.words, turn) - depth) + 0.06 * Math.min(3, pm) + (dismissed ? 0.2 : 0) - (showsWeakness ? 0 : ABSENCE_ONLY_DISCOUNT));
	return {
		id: 'no-eval-framework',
		risk,
		evidence: quote(sig, sig.family.dismissal.hits) ?? quote(sig, sig.family.productMetrics.hits, e.hits.concat(sig.family.plainEval.hits)) ?? '',
		missing: MISSING['no-eval-framework'],
		why: {
			showsWeakness: showsWeakness ? 1 : 0,
			evalBreadth: e.breadth,
			evalWeight: e.weight,
			plain,
			dismissed: dismissed ? 1 : 0,
			hedged: round2(hedgedShare),
			productEval: pe,
			productMetrics: pm,
			technical: round2(technical),
			depth: round2(depth),
		},
	};
}

// generic-ai-talk: asked for their own experience, the answer offers opinions about AI instead:
// few first-person actions, no context, numbers or lessons; industry talk raises confidence.
function genericAiTalk(sig: Signals, turn: Turn): Detection {
	const x = sig.family.experience;
	const o = sig.family.opinion;
	const actions = countOf(x.hits, 'action');
	const counted = actions > 0 || turn === 'follow-up';
	// honest small-scale work counts: a few first-person actions and some numbers make it concrete
	const own =
		0.45 * Math.min(4, actions) +
		// a reply to a follow-up adds to a story already told: its numbers count without restating who did what
		0.35 * Math.min(3, sig.numbers) * (counted ? 1 : 0.3) +
		// a story told as figures (notes, bullets, subjects left out) is concrete without "I did";
		// figures beside talk about AI in general are more likely the industry's than one's own
		(counted && o.weight === 0 ? 0.1 * Math.min(4, Math.max(0, sig.numbers - 3)) : 0) +
		(x.concepts.has('context') ? 0.5 : 0) +
		(x.concepts.has('result') ? 0.5 : 0) +
		(x.concepts.has('lesson') ? 0.4 : 0);
	// one aside ("AI is moving fast") is fine; a run of them is the weakness
	const opinion = 0.5 * Math.max(0, Math.min(6, o.weight) - 1) * Math.min(1, 150 / Math.max(60, sig.words)) + 0.2 * Math.max(0, o.breadth - 1);
	// The weakness is talking about AI, process or values instead of one's own work. With none of
	// those, a story that misses the first-person vocabulary is still a story, told differently.
	const f = sig.family;
	const showsWeakness = o.weight > 0 || f.pm.weight > 0 || f.productMetrics.weight > 0 || f.ethicsGeneric.weight > 0;
	const risk = clamp01(0.5 + 0.28 * (replyNeed(2.3, sig.words, turn) - own) + 0.12 * opinion - (showsWeakness ? 0 : ABSENCE_ONLY_DISCOUNT));
	return {
		id: 'generic-ai-talk',
		risk,
		evidence:
			quote(
				sig,
				o.hits,
				x.hits.filter(h => h.concept !== 'context'),
			) ?? '',
		missing: MISSING['generic-ai-talk'],
		why: {actions, own: round2(own), opinion: round2(opinion), opinionHits: o.weight, showsWeakness: showsWeakness ? 1 : 0},
	};
}

// skips-ethics: few specific safety practices (failure modes, measurement across groups, audits,
// escalation, refusal policy, launch blocking, experts); generic values words raise confidence.
function skipsEthics(sig: Signals, turn: Turn): Detection {
	const s = sig.family.ethicsSpecific;
	const g = sig.family.ethicsGeneric;
	// designing for failure (human review, fallbacks, named failures) is part of safety practice too
	const neighbours = 0.2 * present(sig.family.aiLayer.concepts, ['human-review', 'fallback', 'failure']);
	// practice said as a rule ("never denies", "doesn't ship if any group...", "goes to a person")
	const rules = sig.family.safetyRules;
	const depth = s.breadth + 0.2 * Math.min(3, s.weight - s.breadth) + 0.7 * Math.min(4, rules.breadth) + 0.3 * Math.min(4, rules.weight - rules.breadth) + neighbours;
	const genericShare = g.weight / Math.max(1, g.weight + s.weight + rules.weight);
	// The weakness is values words, or strategy, metrics, opinion or internals where the safety
	// practice should be. An answer with none of those that misses the safety vocabulary may be
	// saying its practice in words the lexicon lacks.
	const f = sig.family;
	// (families other detectors already read come first: the rest are matched only when those are silent)
	const showsWeakness = g.weight > 0 || s.negated > 0 || f.pm.weight > 0 || f.productMetrics.weight > 0 || f.jargon.weight > 0 || f.dismissal.weight > 0 || f.opinion.weight > 0;
	const risk = clamp01(0.5 + 0.22 * (replyNeed(2.2, sig.words, turn) - depth) + 0.25 * genericShare - (showsWeakness ? 0 : ABSENCE_ONLY_DISCOUNT));
	return {
		id: 'skips-ethics',
		risk,
		evidence: quote(sig, g.hits, s.hits.concat(rules.hits)) ?? '',
		missing: MISSING['skips-ethics'],
		why: {specificBreadth: s.breadth, specificWeight: s.weight, rules: rules.breadth, generic: g.weight, depth: round2(depth), showsWeakness: showsWeakness ? 1 : 0},
	};
}

/**
 * One diagnosis per gap: generic-pm is the broadest absence. When the answer misses what the question
 * asks directly (an evaluation plan, a story of one's own, specific safety practice), that weakness
 * names the gap, and a thin AI layer is generic PM as well only in an answer shaped by PM craft
 * (frameworks, process, launch mechanics). A lecture on internals replaces it unless generic-pm is
 * itself strong.
 */
export const SPECIFIC_EXPLAINS_AT = 0.8;
export const GENERIC_PM_KEEP_AT = 0.8;
/** "Shaped by PM craft": at least this many craft terms, and this many per hundred words. */
export const CRAFT_SHAPED = {terms: 4, per100: 4} as const;

export function explainAway(detections: Detection[], mainAsks: ReadonlySet<WeaknessId> = new Set()): Detection[] {
	const missedAsk = detections.some(d => d.id !== 'generic-pm' && d.id !== 'over-technical' && mainAsks.has(d.id) && d.risk >= REPORT_AT);
	const story = detections.some(d => d.id === 'generic-ai-talk' && d.risk >= REPORT_AT);
	const lecture = detections.some(d => d.id === 'over-technical' && d.risk >= SPECIFIC_EXPLAINS_AT);
	if (!missedAsk && !story && !lecture) return detections;
	return detections.map(d => {
		if (d.id !== 'generic-pm' || d.risk < REPORT_AT) return d;
		const craftShaped = (d.why.craft ?? 0) >= CRAFT_SHAPED.terms && (d.why.craftPer100 ?? 0) >= CRAFT_SHAPED.per100;
		const explained = ((missedAsk || story) && !craftShaped) || (lecture && d.risk < GENERIC_PM_KEEP_AT);
		return explained ? {...d, risk: REPORT_AT - 0.01, why: {...d.why, explainedAway: 1}} : d;
	});
}

/** Opening answers and replies to a follow-up are read differently by some detectors. */
export type Turn = 'opening' | 'follow-up';

export const DETECTORS: Record<WeaknessId, (sig: Signals, turn: Turn) => Detection> = {
	'generic-pm': genericPm,
	'over-technical': overTechnical,
	'no-eval-framework': noEvalFramework,
	'generic-ai-talk': genericAiTalk,
	'skips-ethics': skipsEthics,
};
