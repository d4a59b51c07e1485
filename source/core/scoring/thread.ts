import type {AnswerAnalysis} from '../analyzer/types.js';
import {DIMENSION_IDS, emptyDimensions, type DimensionId, type WeaknessId} from '../taxonomy/ids.js';

// A question is one thread: the opening answer plus the replies to its follow-ups. The thread is
// scored as a whole so that answering a follow-up well can only help: a follow-up reply is judged
// on the one gap it was asked to close, and it is short by design, so scoring it like an opening
// answer (and averaging it in) punished exactly the candidates who took the hint.
//
//   thread score   = opening + HELP × mean over follow-up replies of max(0, reply − opening)
//   dimension(w)   = the same rule per dimension; a reply to a follow-up on w moves only w
//   no scored opening (skipped or not an answer): UNANSWERED_OPENING_SHARE × mean of the replies
//   a thread with no scored turn has no score (null), it is not a zero

export const HELP = 0.5;
export const UNANSWERED_OPENING_SHARE = 0.5;

/** The fields of a session turn the roll-up needs (a saved turn or a live one). */
export type ThreadTurn = {
	index: number;
	kind: 'question' | 'follow-up';
	questionId: string;
	scriptId: string;
	targets: WeaknessId | null;
	skipped: boolean;
	analysis: AnswerAnalysis | null;
};

export type ThreadScore = {
	scriptId: string;
	questionId: string;
	/** Turn indexes in this thread, opening first. */
	turns: number[];
	score: number | null;
	dimensions: Record<DimensionId, number | null>;
	/** Answered turns that were scored. */
	scored: number;
};

/** A turn counts when it was answered and the analyzer scored it (non-answers are not scored). */
export function isScored(turn: ThreadTurn): turn is ThreadTurn & {analysis: AnswerAnalysis & {score: number}} {
	return !turn.skipped && turn.analysis !== null && turn.analysis.answered !== false && typeof turn.analysis.score === 'number';
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Opening value lifted by better replies, never lowered. */
function lift(opening: number, replies: number[]): number {
	if (replies.length === 0) return opening;
	return opening + HELP * mean(replies.map(r => Math.max(0, r - opening)));
}

export function rollUpThread(turns: ThreadTurn[]): ThreadScore {
	const first = turns[0]!;
	const scored = turns.filter(isScored);
	const opening = scored.find(t => t.kind === 'question');
	const replies = scored.filter(t => t.kind === 'follow-up');
	const dimensions = emptyDimensions();
	let score: number | null = null;

	if (opening) {
		score = lift(
			opening.analysis.score,
			replies.map(r => r.analysis.score),
		);
		for (const id of DIMENSION_IDS) {
			const base = opening.analysis.dimensions[id];
			// a reply to a follow-up on w speaks to w (and to pacing), not to the other weaknesses
			const relevant = replies.filter(r => id === 'communication' || r.targets === id || r.targets === null);
			const values = relevant.map(r => r.analysis.dimensions[id]).filter((v): v is number => typeof v === 'number');
			dimensions[id] = base === null ? (values.length ? mean(values) : null) : lift(base, values);
		}
	} else if (replies.length > 0) {
		score = UNANSWERED_OPENING_SHARE * mean(replies.map(r => r.analysis.score));
		for (const id of DIMENSION_IDS) {
			const values = replies.map(r => r.analysis.dimensions[id]).filter((v): v is number => typeof v === 'number');
			dimensions[id] = values.length ? UNANSWERED_OPENING_SHARE * mean(values) : null;
		}
	}
	const round = (x: number | null) => (x === null ? null : Math.round(x));
	return {
		scriptId: first.scriptId,
		questionId: first.questionId,
		turns: turns.map(t => t.index),
		score: round(score),
		dimensions: Object.fromEntries(DIMENSION_IDS.map(id => [id, round(dimensions[id])])) as Record<DimensionId, number | null>,
		scored: scored.length,
	};
}

/** Turns grouped by question, in the order the questions were asked. */
export function threadsOf<T extends ThreadTurn>(turns: T[]): T[][] {
	const groups = new Map<string, T[]>();
	for (const turn of turns) {
		const key = `${turn.scriptId}\u0000${turn.questionId}`;
		const group = groups.get(key);
		if (group) group.push(turn);
		else groups.set(key, [turn]);
	}
	return [...groups.values()];
}
