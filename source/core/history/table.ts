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

const COLUMNS = {date: 10, focus: 14, engine: 7, score: 5, time: 5, status: 8} as const;
const GAP = '  ';

/** History as a table of at most `width` columns; ids are shortened to a unique start when needed. */
export function formatHistoryTable(sessions: readonly SessionSummary[], width = 80): string[] {
	const fixed = Object.values(COLUMNS).reduce((sum, value) => sum + value, 0) + GAP.length * Object.keys(COLUMNS).length;
	const idWidth = Math.max(8, width - fixed);
	const prefixes = uniquePrefixes(sessions.map(s => s.id));
	const idOf = (id: string): string => {
		if (id.length <= idWidth) {
			return id;
		}
		const prefix = prefixes.get(id) ?? id;
		return prefix.length <= idWidth ? id.slice(0, idWidth) : truncate(prefix, idWidth);
	};
	const line = (cells: string[]): string =>
		[
			cells[0]!.padEnd(COLUMNS.date),
			truncate(cells[1]!, COLUMNS.focus).padEnd(COLUMNS.focus),
			truncate(cells[2]!, COLUMNS.engine).padEnd(COLUMNS.engine),
			cells[3]!.padStart(COLUMNS.score),
			cells[4]!.padStart(COLUMNS.time),
			cells[5]!.padEnd(COLUMNS.status),
			cells[6]!,
		]
			.join(GAP)
			.trimEnd();
	return [
		line(['Date', 'Focus', 'Engine', 'Score', 'Time', 'Status', 'Id']),
		...sessions.map(s =>
			line([formatDate(s.startedAt), s.focus, s.engine, s.overall === null ? '—' : String(s.overall), formatDuration(s.durationSeconds), s.complete ? 'complete' : 'partial', idOf(s.id)]),
		),
	];
}
