import type {DrillFeature} from './features.js';

/** The drill's clock: a prepared candidate covers all three parts in under three minutes. */
export const DRILL_SECONDS = 180;

export type DrillPartId = 'criteria' | 'test-set' | 'thresholds';
export type DrillStatus = 'met' | 'partial' | 'missing';

export type DrillPart = {
	id: DrillPartId;
	label: string;
	status: DrillStatus;
	/** The words in the answer that counted, so the candidate can see why. */
	found: string[];
	/** What to do next time; the strong version that follows in the recap fills in the detail. */
	advice: string;
};

export type DrillResult = {
	featureId: string;
	parts: DrillPart[];
	/** 0..100: a met part counts fully, a partial one half. */
	score: number;
	/** Null when there was no clock (an answer from a file). */
	elapsedSeconds: number | null;
	overTime: boolean;
};

// Each pattern is one family of quality criterion, whatever words name it.
const CRITERION_FAMILIES: readonly RegExp[] = [
	/\b(accura\w*|correct\w*|right answer|factual\w*|error rate|wrong)\b/i,
	/\b(faithful\w*|grounded\w*|hallucinat\w*|invent\w*|made[- ]up|supported by|meaning (?:is )?(?:kept|preserved|unchanged))\b/i,
	/\b(relevan\w*|on[- ]topic|useful\w*|helpful\w*|usable|answers the question)\b/i,
	/\b(tone|polite\w*|friendl\w*|register|voice|style)\b/i,
	/\b(safe\w*|harm\w*|toxic\w*|offensive|inappropriate|secure|security|privacy|leak\w*)\b/i,
	/\b(bias\w*|fair\w*|across groups|every group|slices?|demographic\w*)\b/i,
	/\b(complete\w*|coverage|covers|miss(?:es|ed|ing)?|recall)\b/i,
	/\b(clear\w*|concise\w*|readab\w*|fluen\w*|length|brief)\b/i,
	/\b(latency|fast\w*|speed|seconds|milliseconds|ms)\b/i,
	/\b(confidence|unsure|abstain\w*|declin\w*|hand(?:s|ing)? (?:it )?over|escalat\w*|says? (?:it|when it) (?:does not|doesn't) know)\b/i,
];

const NUMBER_WORDS = 'ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|two hundred|few hundred|several hundred|thousand';
const EXAMPLE_NOUNS =
	'examples?|cases?|conversations?|emails?|messages?|tickets?|samples?|queries|questions?|prompts?|receipts?|documents?|meetings?|transcripts?|photos?|images?|snippets?|paragraphs?|items?|inputs?|calls?|chats?|threads?|replies|pages?';
const SIZE = new RegExp(`\\b(\\d{2,5}|${NUMBER_WORDS})\\s+(?:\\w+[- ]?){0,3}?(?:${EXAMPLE_NOUNS})\\b`, 'i');
const SET_WORDS = /\b(test set|eval(?:uation)? set|golden set|dataset|data set|benchmark|labell?ed set|held[- ]out)\b/i;
const REAL_SOURCE =
	/\b(real|actual|production|live|logs?|anonymi[sz]ed|sampled|from (?:our|the) (?:users|customers|queue|inbox)|historical|last (?:month|quarter|week)|consent\w*)\b/i;
const COVERAGE = /\b(edge cases?|hard cases?|tricky|divers\w*|mix of|range of|languages?|rare|adversarial|long and short|angry|ambiguous|slices?|across)\b/i;

const THRESHOLD_PATTERNS: readonly RegExp[] = [
	/\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)/gi,
	/\b\d+\s+(?:out of|in)\s+\d+\b/gi,
	/\b(?:zero|no more than|fewer than|less than|under|below|at most|at least|above|over)\s+(?:\d|one|two|three|five|ten)/gi,
	/\b(?:zero|none of the|never)\s+\w+/gi,
];

const FOR_EACH = /\b(?:on|for|across) (?:each|every|all)\b|\beach (?:criterion|of them)\b/i;

/** Threshold phrases in the answer; overlapping matches ("at least 90%") count once. */
function thresholdSpans(answer: string): string[] {
	const spans = THRESHOLD_PATTERNS.flatMap(pattern => [...answer.matchAll(pattern)].map(m => ({start: m.index, end: m.index + m[0].length})));
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: Array<{start: number; end: number}> = [];
	for (const span of spans) {
		const last = merged.at(-1);
		if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
		else merged.push({...span});
	}
	return merged.map(span => answer.slice(span.start, span.end).trim());
}

const PART_LABELS: Record<DrillPartId, string> = {criteria: 'Quality criteria', 'test-set': 'Test set', thresholds: 'Thresholds'};

function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?;])\s+|\n+/)
		.map(s => s.trim())
		.filter(Boolean);
}

function statusOf(count: number, needed: number): DrillStatus {
	if (count >= needed) return 'met';
	return count > 0 ? 'partial' : 'missing';
}

function criteriaPart(answer: string, feature: DrillFeature): DrillPart {
	// One word per family, then this feature's own criterion names that no family covers.
	const named = CRITERION_FAMILIES.flatMap(pattern => pattern.exec(answer)?.[0] ?? []);
	const ownNames = feature.criteria.map(c => c.name.toLowerCase()).filter(name => answer.toLowerCase().includes(name) && !CRITERION_FAMILIES.some(pattern => pattern.test(name)));
	const found = [...named, ...ownNames];
	const status = statusOf(found.length, 3);
	const advice =
		status === 'met'
			? 'Three or more distinct criteria: good. Keep each one to a phrase a rater could apply.'
			: `Name about three distinct qualities a good output must have, each one a rater could judge (for this feature: ${feature.criteria.map(c => c.name.toLowerCase()).join(', ')}).`;
	return {id: 'criteria', label: PART_LABELS.criteria, status, found, advice};
}

function testSetPart(answer: string): DrillPart {
	const size = SIZE.exec(answer)?.[0];
	const set = SET_WORDS.exec(answer)?.[0];
	const source = REAL_SOURCE.exec(answer)?.[0];
	const coverage = COVERAGE.exec(answer)?.[0];
	const found = [size, set, source, coverage].filter((x): x is string => Boolean(x));
	const hasSize = Boolean(size);
	const hasSource = Boolean(source);
	const status: DrillStatus = hasSize && hasSource ? 'met' : found.length > 0 ? 'partial' : 'missing';
	const gaps = [
		!hasSize && 'how many examples (about 50 is enough to start)',
		!hasSource && 'where they come from (real, anonymised user data)',
		!coverage && 'which hard cases it must include',
	].filter(Boolean);
	const advice = gaps.length === 0 ? 'Size, real source and hard cases: a test set someone could go and build tomorrow.' : `Say ${gaps.join(', ')}.`;
	return {id: 'test-set', label: PART_LABELS['test-set'], status, found, advice};
}

function thresholdsPart(answer: string, feature: DrillFeature, criteriaCount: number): DrillPart {
	const found = thresholdSpans(answer);
	// A bar per criterion: three when three criteria were named, never fewer than one.
	// "at least 90% on each" sets one bar for all of them.
	const needed = Math.max(1, Math.min(3, criteriaCount));
	const count = found.length > 0 && FOR_EACH.test(answer) ? Math.max(found.length, needed) : found.length;
	const status = statusOf(count, needed);
	const advice =
		status === 'met' && criteriaCount >= 3
			? 'A number for every criterion: that is what makes it a launch bar rather than a wish.'
			: `Give each criterion a number that decides ship or no-ship, such as "${feature.criteria[0].bar}".`;
	return {id: 'thresholds', label: PART_LABELS.thresholds, status, found, advice};
}

/** Checks a drill answer part by part; `elapsedSeconds` is null when no clock ran. */
export function checkDrill(answer: string, feature: DrillFeature, elapsedSeconds: number | null): DrillResult {
	const text = sentences(answer).join(' ');
	const criteria = criteriaPart(text, feature);
	const parts = [criteria, testSetPart(text), thresholdsPart(text, feature, criteria.found.length)];
	const points = parts.reduce((sum, p) => sum + (p.status === 'met' ? 1 : p.status === 'partial' ? 0.5 : 0), 0);
	return {
		featureId: feature.id,
		parts,
		score: Math.round((points / parts.length) * 100),
		elapsedSeconds,
		overTime: elapsedSeconds !== null && elapsedSeconds > DRILL_SECONDS,
	};
}

/** "2:05" */
export function clockText(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** The recap as plain lines: each part checked, the time, then the strong version of the same feature. */
export function drillRecapLines(result: DrillResult, feature: DrillFeature): string[] {
	const mark: Record<DrillStatus, string> = {met: '✓', partial: '~', missing: '✗'};
	const lines = [`Evaluation drill: ${feature.name}`, `Score ${result.score}/100`];
	if (result.elapsedSeconds !== null) {
		const over = result.elapsedSeconds - DRILL_SECONDS;
		lines.push(
			over > 0 ? `Time ${clockText(result.elapsedSeconds)}: ${clockText(over)} over the three minutes.` : `Time ${clockText(result.elapsedSeconds)}, inside the three minutes.`,
		);
	}
	for (const part of result.parts) {
		lines.push('', `${mark[part.status]} ${part.label}${part.found.length > 0 ? `: ${part.found.map(f => `"${f}"`).join(', ')}` : ''}`, `  ${part.advice}`);
	}
	lines.push(
		'',
		`A strong version for ${feature.name.charAt(0).toLowerCase()}${feature.name.slice(1)}`,
		...feature.criteria.map((c, i) => `  ${i + 1}. ${c.name}: ${c.meaning}. Bar: ${c.bar}.`),
		`  Test set: ${feature.testSet}`,
	);
	return lines;
}
