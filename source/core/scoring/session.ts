import type {Pacing} from '../analyzer/types.js';
import {DIMENSION_IDS, type DimensionId} from '../taxonomy/ids.js';
import {isScored, rollUpThread, threadsOf, type ThreadScore, type ThreadTurn} from './thread.js';

// The session's numbers: the mean over question threads (see thread.ts), and a pacing summary
// that counts too-short and too-long answers apart, each judged by its own turn's norms.

export type SessionScore = {
	/** Mean thread score; null when nothing was scored (no answers, or only non-answers). */
	overall: number | null;
	dimensions: Record<DimensionId, number | null>;
	threads: ThreadScore[];
	/** Turns that were answered and scored. */
	scoredTurns: number;
	/** Turns answered with something that was not an answer. */
	notAnswered: number;
};

export type PacingSummary = {
	scored: number;
	tooShort: number;
	tooLong: number;
	/** The pacing to advise on: the more frequent off-pace kind, the longer one on a tie; 'ok' when none. */
	worst: Pacing;
	/** e.g. "2 of 5 answers were too short, 1 too long"; null when every answer was on pace. */
	title: string | null;
};

const mean = (xs: number[]) => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));

export function scoreSession(turns: ThreadTurn[]): SessionScore {
	const threads = threadsOf(turns).map(rollUpThread);
	const counted = threads.filter(t => t.score !== null);
	const dimensions = Object.fromEntries(DIMENSION_IDS.map(id => [id, mean(counted.map(t => t.dimensions[id]).filter((v): v is number => v !== null))])) as Record<
		DimensionId,
		number | null
	>;
	return {
		overall: mean(counted.map(t => t.score!)),
		dimensions,
		threads,
		scoredTurns: turns.filter(isScored).length,
		notAnswered: turns.filter(t => !t.skipped && t.analysis?.answered === false).length,
	};
}

const SEVERITY: Record<Pacing, number> = {ok: 0, short: 1, long: 1, thin: 2, rambling: 2};

export function pacingSummary(turns: ThreadTurn[]): PacingSummary {
	const scored = turns.filter(isScored);
	const short = scored.filter(t => t.analysis.pacing === 'thin' || t.analysis.pacing === 'short');
	const long = scored.filter(t => t.analysis.pacing === 'long' || t.analysis.pacing === 'rambling');
	const group = short.length > long.length ? short : long;
	const worst = group.map(t => t.analysis.pacing).sort((a, b) => SEVERITY[b] - SEVERITY[a])[0] ?? 'ok';
	const parts = [...(short.length ? [`${short.length} too short`] : []), ...(long.length ? [`${long.length} too long`] : [])];
	const title = parts.length === 0 ? null : `${parts[0]!.replace(/^(\d+)/, `$1 of ${scored.length} answers were`)}${parts[1] ? `, ${parts[1]}` : ''}`;
	return {scored: scored.length, tooShort: short.length, tooLong: long.length, worst, title};
}
