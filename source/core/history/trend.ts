import {DIMENSION_LABELS} from '../taxonomy/descriptions.js';
import {DIMENSION_IDS, type DimensionId} from '../taxonomy/ids.js';
import {sparkline, SPARK_GAP} from './sparkline.js';
import {sortNewestFirst, type SessionSummary} from './summary.js';
import {plural, truncate} from './format.js';

/** One score over time, oldest first; null where a session has no value. */
export type TrendSeries = {
	values: Array<number | null>;
	/** First and last non-null values; null when there are none. */
	first: number | null;
	last: number | null;
	/** last - first. */
	change: number | null;
	best: number | null;
};

export type Trend = {
	/** Sessions with a score (a recap), oldest first. */
	sessionIds: string[];
	from: string | null;
	to: string | null;
	overall: TrendSeries;
	dimensions: Record<DimensionId, TrendSeries>;
};

function series(values: Array<number | null>): TrendSeries {
	const present = values.filter((value): value is number => value !== null);
	const first = present[0] ?? null;
	const last = present.at(-1) ?? null;
	return {
		values,
		first,
		last,
		change: first !== null && last !== null ? last - first : null,
		best: present.length > 0 ? Math.max(...present) : null,
	};
}

/** Trend across scored sessions; accepts summaries in any order (history lists newest first). */
export function buildTrend(summaries: readonly SessionSummary[]): Trend {
	const scored = sortNewestFirst(summaries.filter(summary => summary.overall !== null)).reverse();
	return {
		sessionIds: scored.map(summary => summary.id),
		from: scored[0]?.startedAt ?? null,
		to: scored.at(-1)?.startedAt ?? null,
		overall: series(scored.map(summary => summary.overall)),
		dimensions: Object.fromEntries(DIMENSION_IDS.map(id => [id, series(scored.map(summary => summary.dimensions[id] ?? null))])) as Record<DimensionId, TrendSeries>,
	};
}

function signed(value: number): string {
	return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '±0';
}

export type TrendRow = {label: string; values: Array<number | null>; spark: string; numbers: string};

/** One row per series: label, sparkline (last `sparkWidth` sessions), and `first → last (change)`. */
export function trendRows(trend: Trend, sparkWidth = 30): TrendRow[] {
	const row = (label: string, s: TrendSeries): TrendRow => {
		if (s.first === null || s.last === null) {
			return {label, values: s.values, spark: sparkline(s.values, sparkWidth), numbers: 'not measured yet'};
		}
		const count = s.values.filter(value => value !== null).length;
		const numbers = count === 1 ? `${s.last} (one session)` : `${s.first} → ${s.last} (${signed(s.change ?? 0)})`;
		return {label, values: s.values, spark: sparkline(s.values, sparkWidth), numbers};
	};
	return [row('Overall', trend.overall), ...DIMENSION_IDS.map(id => row(DIMENSION_LABELS[id], trend.dimensions[id]))];
}

/** The trend as text lines, at most `width` columns. */
export function formatTrend(trend: Trend, width = 80): string[] {
	const count = trend.sessionIds.length;
	if (count === 0) {
		return ['Trend: no scored sessions yet. Finish a session to see your scores over time.'];
	}
	const labelWidth = 26;
	const sparkWidth = Math.max(5, Math.min(30, width - labelWidth - 22));
	const shown = Math.min(count, sparkWidth);
	const lines = [
		truncate(`Trend over ${plural(count, 'scored session')}${shown < count ? ` (last ${shown} drawn)` : ''}, oldest → newest; ▁ = 0, █ = 100, ${SPARK_GAP} = not asked`, width),
	];
	for (const row of trendRows(trend, sparkWidth)) {
		lines.push(truncate(`  ${truncate(row.label, labelWidth - 3).padEnd(labelWidth - 2)}${row.spark.padEnd(shown)}  ${row.numbers}`, width));
	}
	return lines;
}
