import {readFile} from 'node:fs/promises';
import {parse} from 'yaml';
import {isFocusId, isWeaknessId, WEAKNESS_IDS, type FocusId, type WeaknessId} from '../taxonomy/ids.js';
import {analyzeAnswer, inferProbes} from './index.js';

// Fixture evaluation of the offline analyzer: labelled answers in; per-weakness precision, recall
// and F1, strong answers flagged, how well the score ranks strong above weak answers (AUC), how
// often the question is understood as the labellers read it, and non-answer detection out.
// Used by the eval script and by the test that guards the quality targets.

export type LabelledAnswer = {
	id: string;
	focus: FocusId;
	question: string;
	probes: WeaknessId[];
	expect: WeaknessId[];
	tags?: string[];
	note?: string;
	answer: string;
	/** Present when the answer replies to a follow-up (probes stay the opening question's). */
	followUp?: {question: string; targets: WeaknessId; opening?: string};
	/** False for a non-answer ("I don't know", emoji, junk). */
	answered: boolean;
};

export type Counts = {tp: number; fp: number; fn: number; support: number};
export type WeaknessMetrics = Counts & {precision: number; recall: number; f1: number};

export type EvalReport = {
	name: string;
	size: number;
	perWeakness: Record<WeaknessId, WeaknessMetrics>;
	/** Mean F1 over weaknesses that occur in the labels or the predictions. */
	macroF1: number;
	strong: number;
	strongFlagged: number;
	/** strongFlagged / strong (0 when there are no strong answers). */
	strongFlaggedShare: number;
	/** Probability that a random strong answer scores above a random weak one (ties count half); null without both. */
	auc: number | null;
	meanStrong: number | null;
	meanWeak: number | null;
	/** Share of answers whose question is read as inviting exactly its labelled probes. */
	questionAccuracy: number;
	questionMisread: Array<{id: string; question: string; expected: WeaknessId[]; inferred: WeaknessId[]}>;
	/** Labelled non-answers, how many were caught, and real answers wrongly marked as non-answers. */
	nonAnswers: number;
	nonAnswersCaught: number;
	falseNonAnswers: number;
	/** Answers whose predicted set differs from the label, with what went wrong. */
	misclassified: Array<{id: string; expected: WeaknessId[]; predicted: WeaknessId[]; score: number | null}>;
};

export const TARGETS = {macroF1: 0.9, strongFlaggedShare: 0.05, auc: 0.95} as const;

export function parseFixtures(text: string, source: string): LabelledAnswer[] {
	const data: unknown = parse(text);
	if (!Array.isArray(data)) throw new Error(`${source}: expected a list of answers`);
	return data.map((raw: unknown, i) => {
		const item = raw as Record<string, unknown>;
		const where = `${source}[${i}]${typeof item?.id === 'string' ? ` (${item.id})` : ''}`;
		if (!item || typeof item !== 'object') throw new Error(`${where}: not an object`);
		const {id, focus, question, probes, expect, tags, note, answer, followUp, answered} = item;
		if (typeof id !== 'string' || !id) throw new Error(`${where}: id must be a string`);
		if (!isFocusId(focus)) throw new Error(`${where}: unknown focus ${String(focus)}`);
		if (typeof question !== 'string') throw new Error(`${where}: question must be a string`);
		if (typeof answer !== 'string') throw new Error(`${where}: answer must be a string`);
		const ids = (value: unknown, field: string): WeaknessId[] => {
			if (!Array.isArray(value) || !value.every(isWeaknessId)) throw new Error(`${where}: ${field} must be a list of weakness ids`);
			return value;
		};
		let follow: LabelledAnswer['followUp'];
		if (followUp !== undefined) {
			const f = followUp as Record<string, unknown>;
			if (!f || typeof f.question !== 'string' || !isWeaknessId(f.targets)) throw new Error(`${where}: followUp needs a question and a weakness id in targets`);
			follow = {question: f.question, targets: f.targets, ...(typeof f.opening === 'string' ? {opening: f.opening} : {})};
		}
		return {
			id,
			focus,
			question,
			...(follow ? {followUp: follow} : {}),
			answered: answered !== false,
			probes: ids(probes, 'probes'),
			expect: ids(expect ?? [], 'expect'),
			tags: Array.isArray(tags) ? tags.map(String) : undefined,
			note: typeof note === 'string' ? note : undefined,
			answer,
		};
	});
}

export async function loadFixtures(path: string): Promise<LabelledAnswer[]> {
	return parseFixtures(await readFile(path, 'utf8'), path);
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function evaluate(name: string, items: LabelledAnswer[]): EvalReport {
	const counts = Object.fromEntries(WEAKNESS_IDS.map(id => [id, {tp: 0, fp: 0, fn: 0, support: 0}])) as Record<WeaknessId, Counts>;
	let strong = 0;
	let strongFlagged = 0;
	const misclassified: EvalReport['misclassified'] = [];
	const strongScores: number[] = [];
	const weakScores: number[] = [];
	const questionMisread: EvalReport['questionMisread'] = [];
	let nonAnswers = 0;
	let nonAnswersCaught = 0;
	let falseNonAnswers = 0;
	for (const item of items) {
		const result = analyzeAnswer({
			focus: item.focus,
			question: item.followUp?.question ?? item.question,
			// the labelled probes fix what is checked, so detection is measured apart from question
			// understanding (compared with the labels just below), not through the session's union of both
			probes: item.probes,
			answer: item.answer,
			...(item.followUp ? {followUp: {targets: item.followUp.targets}} : {}),
		});
		const inferred = inferProbes(item.focus, item.question);
		if (inferred.join() !== WEAKNESS_IDS.filter(id => item.probes.includes(id)).join()) {
			questionMisread.push({id: item.id, question: item.question, expected: WEAKNESS_IDS.filter(id => item.probes.includes(id)), inferred});
		}
		if (!item.answered) {
			nonAnswers++;
			if (result.answered === false) nonAnswersCaught++;
		} else if (result.answered === false) falseNonAnswers++;
		// a real answer wrongly read as a non-answer ranks below everything
		const score = result.score ?? -1;
		if (item.answered) (item.expect.length === 0 ? strongScores : weakScores).push(score);
		const predicted = new Set(result.weaknesses.map(w => w.id));
		const expected = new Set(item.expect);
		for (const id of WEAKNESS_IDS) {
			const c = counts[id];
			if (expected.has(id)) c.support++;
			if (expected.has(id) && predicted.has(id)) c.tp++;
			else if (predicted.has(id)) c.fp++;
			else if (expected.has(id)) c.fn++;
		}
		if (expected.size === 0 && item.answered) {
			strong++;
			if (predicted.size > 0) strongFlagged++;
		}
		const same = predicted.size === expected.size && [...expected].every(id => predicted.has(id));
		if (!same) {
			misclassified.push({id: item.id, expected: WEAKNESS_IDS.filter(id => expected.has(id)), predicted: WEAKNESS_IDS.filter(id => predicted.has(id)), score: result.score});
		}
	}
	const perWeakness = {} as Record<WeaknessId, WeaknessMetrics>;
	const f1s: number[] = [];
	for (const id of WEAKNESS_IDS) {
		const c = counts[id];
		const precision = ratio(c.tp, c.tp + c.fp);
		const recall = ratio(c.tp, c.tp + c.fn);
		const f1 = ratio(2 * precision * recall, precision + recall);
		perWeakness[id] = {...c, precision, recall, f1};
		if (c.support > 0 || c.fp > 0) f1s.push(f1);
	}
	return {
		name,
		size: items.length,
		perWeakness,
		macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 1,
		strong,
		strongFlagged,
		strongFlaggedShare: ratio(strongFlagged, strong),
		auc: auc(strongScores, weakScores),
		meanStrong: meanOf(strongScores),
		meanWeak: meanOf(weakScores),
		questionAccuracy: ratio(items.length - questionMisread.length, items.length),
		questionMisread,
		nonAnswers,
		nonAnswersCaught,
		falseNonAnswers,
		misclassified,
	};
}

const meanOf = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + Math.max(0, b), 0) / xs.length);

/** Mann-Whitney AUC: share of (strong, weak) pairs where the strong answer scores higher, ties half. */
export function auc(strong: number[], weak: number[]): number | null {
	if (strong.length === 0 || weak.length === 0) return null;
	let wins = 0;
	for (const s of strong) for (const w of weak) wins += s > w ? 1 : s === w ? 0.5 : 0;
	return wins / (strong.length * weak.length);
}

export function meetsTargets(report: EvalReport): boolean {
	return report.macroF1 >= TARGETS.macroF1 && report.strongFlaggedShare <= TARGETS.strongFlaggedShare && (report.auc === null || report.auc >= TARGETS.auc);
}

/** One line with every headline number of a report (all a never-opened set may show). */
export function formatSummary(report: EvalReport): string {
	const mean = (x: number | null) => (x === null ? '-' : x.toFixed(0));
	const na =
		report.nonAnswers > 0 || report.falseNonAnswers > 0
			? `   non-answers caught ${report.nonAnswersCaught}/${report.nonAnswers}, real answers marked non-answer ${report.falseNonAnswers}`
			: '';
	return (
		`  macro-F1 ${pct(report.macroF1)}   strong flagged ${report.strongFlagged}/${report.strong} (${(100 * report.strongFlaggedShare).toFixed(0)}%)` +
		`   AUC ${report.auc === null ? '-' : pct(report.auc)}   mean score strong ${mean(report.meanStrong)} / weak ${mean(report.meanWeak)}` +
		`   question understanding ${(100 * report.questionAccuracy).toFixed(0)}%${na}`
	);
}

const pct = (x: number) => x.toFixed(2);

/** Plain-text table of one report. */
export function formatReport(report: EvalReport): string {
	const lines = [`${report.name}: ${report.size} answers`, '  weakness            support  tp  fp  fn  precision  recall    f1'];
	for (const id of WEAKNESS_IDS) {
		const m = report.perWeakness[id];
		lines.push(
			`  ${id.padEnd(18)} ${String(m.support).padStart(8)} ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)}  ${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(5)}`,
		);
	}
	lines.push(formatSummary(report));
	return lines.join('\n');
}
