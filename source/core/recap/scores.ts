import type {Turn} from '../interview/types.js';
import {DIMENSION_IDS, type DimensionId} from '../taxonomy/ids.js';

// The recap's numbers, in one place: the overall score, one score per dimension, and a score per
// question. Everything else in the recap is built around these and never computes a score itself.

export type ScoredTurn = Turn & {analysis: NonNullable<Turn['analysis']>};

export function scoredTurns(turns: Turn[]): ScoredTurn[] {
	return turns.filter((t): t is ScoredTurn => t.analysis !== null);
}

function mean(values: number[]): number | null {
	return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function rollUpScores(turns: ScoredTurn[]): {overall: number; dimensions: Record<DimensionId, number | null>} {
	const dimensions = Object.fromEntries(
		DIMENSION_IDS.map(id => [id, mean(turns.map(t => t.analysis.dimensions[id]).filter((v): v is number => v !== null))]),
	) as Record<DimensionId, number | null>;
	return {overall: mean(turns.map(t => t.analysis.score)) ?? 0, dimensions};
}

/** A question's score: its thread's answers together. */
export function questionScore(thread: Turn[]): number | null {
	return mean(scoredTurns(thread).map(t => t.analysis.score));
}
