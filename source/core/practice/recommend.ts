import type {SessionSummary} from '../history/summary.js';
import {DIMENSION_IDS, DIMENSION_LABELS, FOCUS_AREAS, SCRIPT_FOCUS_IDS, type DimensionId, type FocusId} from '../taxonomy/index.js';

/** Sessions per focus that count as "recent" for a recommendation. */
export const SESSIONS_PER_FOCUS = 5;
/** Above this on every dimension, the next step is breadth rather than repair. */
export const STRONG_SCORE = 75;

export type PracticeAction = {kind: 'interview'; focus: FocusId} | {kind: 'drill'};

export type Recommendation = {
	action: PracticeAction;
	/** The weakest dimension, or null when everything is strong and the advice is to widen coverage. */
	dimension: DimensionId | null;
	/** Its average score over the recent sessions of `measuredIn`. */
	score: number | null;
	measuredIn: FocusId | null;
	/** Menu-sized: what to do. */
	label: string;
	/** One sentence: why, from the candidate's own history. */
	reason: string;
};

/** Where each weakness is trained most directly; pacing is trained wherever it was weakest. */
const TRAINED_BY: Record<Exclude<DimensionId, 'communication'>, PracticeAction> = {
	'generic-pm': {kind: 'interview', focus: 'product-sense'},
	'over-technical': {kind: 'interview', focus: 'technical'},
	// The three-minute drill is the shortest loop on exactly this skill.
	'no-eval-framework': {kind: 'drill'},
	'generic-ai-talk': {kind: 'interview', focus: 'experience'},
	'skips-ethics': {kind: 'interview', focus: 'ethics'},
};

function actionLabel(action: PracticeAction): string {
	return action.kind === 'drill' ? 'the evaluation drill' : `a ${FOCUS_AREAS[action.focus].label} interview`;
}

function average(values: number[]): number {
	return Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);
}

type Weakest = {focus: FocusId; dimension: DimensionId; score: number; sessions: number};

/** The lowest-scoring dimension of each focus over its latest sessions. */
export function weakestByFocus(sessions: readonly SessionSummary[]): Weakest[] {
	const byFocus = new Map<FocusId, SessionSummary[]>();
	for (const session of sessions) {
		if (session.overall === null) continue;
		const list = byFocus.get(session.focus) ?? [];
		if (list.length < SESSIONS_PER_FOCUS) list.push(session);
		byFocus.set(session.focus, list);
	}
	const out: Weakest[] = [];
	for (const [focus, list] of byFocus) {
		let weakest: Weakest | null = null;
		for (const dimension of DIMENSION_IDS) {
			const scores = list.map(s => s.dimensions[dimension]).filter((v): v is number => v !== null);
			if (scores.length === 0) continue;
			const score = average(scores);
			if (!weakest || score < weakest.score) weakest = {focus, dimension, score, sessions: scores.length};
		}
		if (weakest) out.push(weakest);
	}
	return out.sort((a, b) => a.score - b.score || b.sessions - a.sessions);
}

/**
 * What to practise next, from sessions listed newest first: the weakest dimension over recent
 * sessions (per focus), trained where it is trained best. Null with no scored history.
 */
export function recommendPractice(sessions: readonly SessionSummary[]): Recommendation | null {
	const weakest = weakestByFocus(sessions)[0];
	if (!weakest) return null;
	const focusLabel = FOCUS_AREAS[weakest.focus].label;
	if (weakest.score >= STRONG_SCORE) {
		// Sessions are newest first: the focus seen last (or never) was practised least lately.
		const lastSeen = (f: FocusId) => {
			const at = sessions.findIndex(s => s.focus === f);
			return at < 0 ? Infinity : at;
		};
		const focus = SCRIPT_FOCUS_IDS.reduce((best, f) => (lastSeen(f) > lastSeen(best) ? f : best));
		const action: PracticeAction = {kind: 'interview', focus};
		return {
			action,
			dimension: null,
			score: null,
			measuredIn: null,
			label: `Practise next: ${actionLabel(action)}`,
			reason: `Every dimension averages ${STRONG_SCORE} or more in your recent sessions; widen your range with the area you have practised least lately.`,
		};
	}
	const dimension = weakest.dimension;
	const action: PracticeAction = dimension === 'communication' ? {kind: 'interview', focus: weakest.focus} : TRAINED_BY[dimension];
	const count = weakest.sessions === 1 ? 'your last session' : `your last ${weakest.sessions} sessions`;
	return {
		action,
		dimension,
		score: weakest.score,
		measuredIn: weakest.focus,
		label: `Practise next: ${actionLabel(action)}`,
		reason: `${DIMENSION_LABELS[dimension]} is your weakest dimension: ${weakest.score}/100 over ${count} in ${focusLabel}.`,
	};
}
