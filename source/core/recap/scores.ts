import type {Turn} from '../interview/types.js';
import {isScored, rollUpThread, scoreSession} from '../scoring/index.js';
import type {DimensionId} from '../taxonomy/ids.js';

// The recap's numbers come from the scoring module (each question scored as one thread); the
// recap only arranges them and never computes a score itself.

export type ScoredTurn = Turn & {analysis: NonNullable<Turn['analysis']> & {score: number}};

/** Answered turns that were scored (skips and non-answers are not). */
export function scoredTurns(turns: Turn[]): ScoredTurn[] {
	return turns.filter((t): t is ScoredTurn => isScored(t));
}

export function rollUpScores(turns: Turn[]): {overall: number | null; dimensions: Record<DimensionId, number | null>} {
	const {overall, dimensions} = scoreSession(turns);
	return {overall, dimensions};
}

/** A question's score: its thread's answers together. */
export function questionScore(thread: Turn[]): number | null {
	return rollUpThread(thread).score;
}
