import {emptyDimensions, WEAKNESS_IDS, type WeaknessId} from '../taxonomy/ids.js';
import {DETECTORS, explainAway, REPORT_AT, type Detection} from './detectors.js';
import {nonAnswerReason} from './non-answer.js';
import {pacingOf, speakingSeconds} from './pacing.js';
import {mainAsks, readQuestion} from './probes.js';
import {byConfidence, communication, dimensions, missedShare, overallScore} from './score.js';
import {computeSignals, FAMILIES, type FamilyName, type Signals} from './signals.js';
import {contentStems} from './text.js';
import {coverTalkingPoints} from './talking-points.js';
import type {AnalyzeInput, AnswerAnalysis, Finding, Invitation} from './types.js';
import {WEAKNESSES} from '../taxonomy/descriptions.js';

export type * from './types.js';
export {inferProbes, readQuestion} from './probes.js';
export {nonAnswerReason} from './non-answer.js';
export {FOLLOW_UP_PACING_LIMITS, PACING_LIMITS, WORDS_PER_MINUTE, pacingOf, speakingSeconds} from './pacing.js';

/**
 * Deterministic offline analysis of one answer: which of the applicable weaknesses it shows
 * (with verbatim evidence, or what was missing), talking-point coverage, pacing and an explainable score.
 */
export function analyzeAnswer(input: AnalyzeInput): AnswerAnalysis {
	return explainAnswer(input).analysis;
}

/** Why a weakness the question script lists, but the wording does not invite, is checked. */
export const SCRIPT_REASON = 'the question script lists it for this question';

/** Why a reply to a follow-up that goes deeper is judged on its depth alone. */
export const DEEPER_REASON = 'the follow-up went deeper on a strong answer: the reply is judged on its depth, not asked to repeat what the opening answer covered';

/**
 * Which weaknesses this turn is judged on, and why. A reply to a follow-up is judged on the gap the
 * follow-up probed (a follow-up that goes deeper, on depth alone). Otherwise the question's wording
 * decides, plus whatever its script lists (each reason says which of the two it came from);
 * labelled answers may fix the list exactly (`probes`).
 */
export function invitedFor(input: AnalyzeInput): Invitation[] {
	if (input.followUp) {
		const target = input.followUp.targets;
		if (target) return [{id: target, reason: `the follow-up probed ${WEAKNESSES[target].label.toLowerCase()}: the reply is judged on whether it closes that gap`}];
		// A follow-up that goes deeper probes no gap: the opening answer was strong. Read as a question
		// of its own ("How would you show that on one slide?") it invited the whole product checklist,
		// and a good 40-word reply scored 0 for not repeating the evaluation plan and the risks.
		return [{id: 'over-technical', reason: DEEPER_REASON}];
	}
	const read = readQuestion(input.focus, input.question);
	const reasonOf = (id: WeaknessId) => read.find(r => r.id === id)?.reason ?? SCRIPT_REASON;
	const listed = input.probes ?? (input.scriptProbes ? [...read.map(r => r.id), ...input.scriptProbes] : undefined);
	if (!listed) return read;
	return WEAKNESS_IDS.filter(id => listed.includes(id)).map(id => ({id, reason: reasonOf(id)}));
}

/**
 * An answer to a different question (a salary expectation, a pasted email): not one word of the
 * question and nothing about products, AI, evaluation, safety or the candidate's own work.
 */
function offTopic(sig: Signals, question: string): string | null {
	if (sig.words < 8) return null;
	// any concept the analyzer knows puts the answer on the subject: a product, AI, evaluation, safety, one's own work
	const onSubject = (Object.keys(FAMILIES) as FamilyName[]).some(name => sig.family[name].weight > 0);
	if (onSubject) return null;
	const asked = new Set(contentStems(question));
	return contentStems(sig.text).some(s => asked.has(s)) ? null : 'answers a different question';
}

/** Same as analyzeAnswer, plus the raw detector signals behind each decision. */
export function explainAnswer(input: AnalyzeInput): {analysis: AnswerAnalysis; detections: Detection[]} {
	const answer = input.answer ?? '';
	const invited = invitedFor(input);
	const applicable = invited.map(i => i.id);
	const kind = input.followUp ? 'follow-up' : 'opening';
	const turn: AnswerAnalysis['turn'] = input.followUp ? {kind: 'follow-up', targets: input.followUp.targets} : {kind: 'opening'};
	const sig = computeSignals(answer);
	const pacing = pacingOf(sig.words, kind);
	const talkingPoints = coverTalkingPoints(answer, input.talkingPoints);
	const base = {talkingPoints, words: sig.words, speakingSeconds: speakingSeconds(sig.words), pacing, applicable, invited, turn};

	const shape = nonAnswerReason(answer);
	// terse technical notes look machine-made too; several real terms of the trade make them an answer
	const terse = shape?.startsWith('pasted') && (sig.family.jargon.weight >= 2 || sig.family.modelEval.weight >= 2 || sig.family.pm.weight >= 2);
	const notAnswered = (terse ? null : shape) ?? offTopic(sig, input.question);
	if (notAnswered) {
		return {analysis: {answered: false, notAnswered, weaknesses: [], score: null, dimensions: emptyDimensions(), ...base}, detections: []};
	}

	const detections = explainAway(
		applicable.map(id => DETECTORS[id](sig, kind)),
		input.followUp ? new Set() : mainAsks(input.focus, input.question),
	);
	const weaknesses: Finding[] = detections
		.filter(d => d.risk >= REPORT_AT)
		.map(d => ({
			id: d.id,
			confidence: Math.round(d.risk * 100) / 100,
			evidence: d.evidence,
			...(d.evidence === '' ? {missing: d.missing} : {}),
			source: 'offline' as const,
		}))
		.sort(byConfidence);
	const nearMisses = detections.filter(d => d.risk < REPORT_AT).map(d => d.risk);

	const averageSentence = sig.words / Math.max(1, sig.sentences.length);
	const comm = communication(pacing, averageSentence);

	return {
		analysis: {
			answered: true,
			weaknesses,
			score: overallScore(weaknesses, pacing, missedShare(talkingPoints), {nearMisses, words: sig.words, kind}),
			dimensions: dimensions(applicable, detections, comm),
			...base,
		},
		detections,
	};
}
