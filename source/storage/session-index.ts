import type {SessionSummary} from '../core/history/summary.js';

// The summary index is a cache with one entry per session file, keyed by file name. Summaries are
// stored in the very shape listing returns, so a listing that hits the cache is one read, one
// JSON.parse and a light check per entry: no per-session rebuilding of objects.

/**
 * What identifies one version of a file: an edit in place changes size or ctime even when the
 * editor puts the old mtime back, and a file replaced by rename changes the inode.
 */
export type FileStamp = {mtimeMs: number; ctimeMs: number; size: number; ino: number};

export type IndexEntry = FileStamp & {summary?: SessionSummary; problem?: string};

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
	return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size && a.ino === b.ino;
}

export type SessionIndex = {
	entries: Map<string, IndexEntry>;
};

/** Bump when SessionSummary or this layout changes: old indexes are then rebuilt. */
export const INDEX_VERSION = 6;

export function encodeIndex(index: SessionIndex): string {
	return JSON.stringify({version: INDEX_VERSION, entries: Object.fromEntries(index.entries)});
}

/** Enough to list and sort safely; a summary that fails it makes the whole index untrusted. */
function plausible(entry: unknown): entry is IndexEntry {
	if (!entry || typeof entry !== 'object') {
		return false;
	}
	const e = entry as Partial<IndexEntry>;
	if (typeof e.mtimeMs !== 'number' || typeof e.ctimeMs !== 'number' || typeof e.size !== 'number' || typeof e.ino !== 'number') {
		return false;
	}
	const s = e.summary;
	if (s === undefined) {
		return typeof e.problem === 'string';
	}
	return (
		typeof s === 'object' &&
		s !== null &&
		typeof s.id === 'string' &&
		typeof s.focus === 'string' &&
		typeof s.startedAt === 'string' &&
		typeof s.complete === 'boolean' &&
		(s.overall === null || typeof s.overall === 'number') &&
		typeof s.dimensions === 'object' &&
		s.dimensions !== null &&
		typeof s.turns === 'number' &&
		Array.isArray(s.openings)
	);
}

/** Null when the text is not an index of this version or any entry is malformed: the caller rebuilds. */
export function decodeIndex(text: string): SessionIndex | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	const index = value as {version?: unknown; entries?: unknown} | null;
	if (!index || typeof index !== 'object' || index.version !== INDEX_VERSION || !index.entries || typeof index.entries !== 'object') {
		return null;
	}
	const entries = new Map<string, IndexEntry>();
	for (const [name, entry] of Object.entries(index.entries as Record<string, unknown>)) {
		if (!plausible(entry)) {
			return null;
		}
		entries.set(name, entry);
	}
	return {entries};
}
