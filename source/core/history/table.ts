import type {SessionSummary} from './summary.js';
import {formatDate, formatDuration, truncate} from './format.js';

function commonPrefixLength(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) {
		length += 1;
	}
	return length;
}

/** The shortest start of each id (at least `min` characters) that no other id shares. */
export function uniquePrefixes(ids: readonly string[], min = 8): Map<string, string> {
	// Sorted, an id shares its longest common start with a neighbour: O(n log n), not O(n²).
	const sorted = [...new Set(ids)].sort();
	const result = new Map<string, string>();
	sorted.forEach((id, i) => {
		const shared = Math.max(i > 0 ? commonPrefixLength(id, sorted[i - 1]!) : 0, i + 1 < sorted.length ? commonPrefixLength(id, sorted[i + 1]!) : 0);
		result.set(id, id.slice(0, Math.min(id.length, Math.max(min, shared + 1))));
	});
	return result;
}

type Column = {name: string; width: number; align: 'left' | 'right'; cell(s: SessionSummary): string};

const COLUMNS: Column[] = [
	{name: 'Date', width: 10, align: 'left', cell: s => formatDate(s.startedAt)},
	{name: 'Focus', width: 14, align: 'left', cell: s => s.focus},
	{name: 'Engine', width: 7, align: 'left', cell: s => s.engine},
	{name: 'Score', width: 5, align: 'right', cell: s => (s.overall === null ? '—' : String(s.overall))},
	{name: 'Time', width: 5, align: 'right', cell: s => formatDuration(s.durationSeconds)},
	{name: 'Status', width: 8, align: 'left', cell: s => (s.complete ? 'complete' : 'partial')},
];
/** Left out first when the table is too narrow, in this order; date, score, status and id stay. */
const DROP_ORDER = ['Engine', 'Time', 'Focus'];
const GAP = '  ';
const MIN_ID = 8;

/**
 * History as a table of at most `width` columns: the less telling columns are left out when it is
 * narrow (engine, then time, then focus), never cut, and ids are shortened to a unique start.
 */
export function formatHistoryTable(sessions: readonly SessionSummary[], width = 80): string[] {
	const fixedWidth = (columns: Column[]) => columns.reduce((sum, c) => sum + c.width + GAP.length, 0);
	let columns = COLUMNS;
	for (const name of DROP_ORDER) {
		if (fixedWidth(columns) + MIN_ID <= width) break;
		columns = columns.filter(c => c.name !== name);
	}
	const idWidth = Math.max(MIN_ID, width - fixedWidth(columns));
	const prefixes = uniquePrefixes(sessions.map(s => s.id));
	const idOf = (id: string): string => {
		if (id.length <= idWidth) {
			return id;
		}
		const prefix = prefixes.get(id) ?? id;
		return prefix.length <= idWidth ? id.slice(0, idWidth) : truncate(prefix, idWidth);
	};
	const line = (cells: string[], id: string): string =>
		[...columns.map((c, i) => (c.align === 'right' ? cells[i]!.padStart(c.width) : truncate(cells[i]!, c.width).padEnd(c.width))), id].join(GAP).trimEnd();
	return [
		line(
			columns.map(c => c.name),
			'Id',
		),
		...sessions.map(s =>
			line(
				columns.map(c => c.cell(s)),
				idOf(s.id),
			),
		),
	];
}
