import {randomBytes} from 'node:crypto';
import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {mkdir, open, readdir, readFile, rename, unlink} from 'node:fs/promises';
import path from 'node:path';
import {sortNewestFirst, summarize, type SessionSummary} from '../core/history/summary.js';
import {SESSION_SCHEMA_VERSION, type SessionRecord} from '../core/session/record.js';
import {isFocusId, type FocusId} from '../core/taxonomy/ids.js';
import {resolveDataDir, sessionsDirOf} from './data-dir.js';
import {decodeIndex, encodeIndex, type IndexEntry, type SessionIndex} from './session-index.js';

export type {SessionSummary} from '../core/history/summary.js';

export type SessionList = {sessions: SessionSummary[]; warnings: string[]};

export type SessionStore = {
	/** The sessions folder. */
	dir: string;
	save(record: SessionRecord): Promise<void>;
	load(idOrPrefix: string | 'latest'): Promise<SessionRecord>;
	list(filter?: {focus?: FocusId}): Promise<SessionList>;
	latestIncomplete(): Promise<SessionRecord | null>;
	/** Accepts a full id or an unambiguous prefix. */
	delete(id: string): Promise<void>;
	/** Removes every session; resolves to how many were removed. */
	clear(): Promise<number>;
};

/** A storage failure with a message fit to print as one line. */
export class StorageError extends Error {
	constructor(
		message: string,
		readonly code?: string,
	) {
		super(message);
	}
}

export class SessionNotFoundError extends StorageError {}

/** A session written by a newer ai-pm-sim: never read as ours, never overwritten. */
export class NewerSchemaError extends StorageError {}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const SESSION_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.json$/;
/**
 * The summary index lives next to the sessions folder, not in it, so writing the index does not
 * change the folder's mtime, which is what lets an unchanged folder be listed without a stat per file.
 */
export const INDEX_FILE = 'sessions-index.json';

export function isSessionId(value: string): boolean {
	return ID_PATTERN.test(value);
}

type Parsed = {ok: true; record: SessionRecord} | {ok: false; problem: string; newer?: number};

function reasonOf(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}
		case 'EROFS': {
			return 'read-only file system';
		}
		case 'ENOTDIR':
		case 'EEXIST': {
			return 'a file is in the way of the folder';
		}
		case 'ENOSPC': {
			return 'no space left on the device';
		}
		case 'EDQUOT': {
			return 'disk quota exceeded';
		}
		default: {
			return (error as Error | undefined)?.message ?? String(error);
		}
	}
}

/** What is wrong with a parsed session, or null. Checks the shape listing and replay rely on. */
export function recordProblem(value: unknown): string | null {
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		return 'not a session object';
	}
	const record = value as Partial<SessionRecord>;
	if (typeof record.schemaVersion !== 'number') {
		return 'missing schemaVersion';
	}
	if (typeof record.id !== 'string' || !isSessionId(record.id)) {
		return 'missing or invalid id';
	}
	if (!isFocusId(record.focus)) {
		return 'missing or unknown focus';
	}
	if (typeof record.startedAt !== 'string' || Number.isNaN(Date.parse(record.startedAt))) {
		return 'missing or invalid startedAt';
	}
	if (!Array.isArray(record.turns)) {
		return 'missing turns';
	}
	if (typeof record.complete !== 'boolean') {
		return 'missing complete';
	}
	return null;
}

function parseSession(text: string): Parsed {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {ok: false, problem: text.trim() === '' ? 'empty file' : 'not valid JSON (truncated or corrupt)'};
	}
	const version = (value as {schemaVersion?: unknown} | null)?.schemaVersion;
	if (typeof version === 'number' && version > SESSION_SCHEMA_VERSION) {
		return {ok: false, newer: version, problem: `written by a newer ai-pm-sim (schema ${version}; this version reads ${SESSION_SCHEMA_VERSION}); not listed, update ai-pm-sim to see it`};
	}
	const problem = recordProblem(value);
	return problem ? {ok: false, problem} : {ok: true, record: value as SessionRecord};
}

function tempName(base: string): string {
	return `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Write to a temp file in the same folder, fsync, rename: readers see the old or the new file, never half. */
async function writeAtomic(dir: string, name: string, data: string, mode = 0o600): Promise<void> {
	const temp = path.join(dir, tempName(name));
	let handle;
	try {
		handle = await open(temp, 'wx', mode);
		await handle.writeFile(data, 'utf8');
		await handle.sync();
		await handle.close();
		handle = undefined;
		await rename(temp, path.join(dir, name));
	} catch (error) {
		await handle?.close().catch(() => undefined);
		await unlink(temp).catch(() => undefined);
		throw error;
	}
	// Make the rename itself durable; not every platform lets a folder be opened, so best effort.
	try {
		const folder = await open(dir, 'r');
		await folder.sync().catch(() => undefined);
		await folder.close();
	} catch {}
}

export function openSessionStore({dataDir, env}: {dataDir?: string; env: NodeJS.ProcessEnv}): SessionStore {
	const root = resolveDataDir({dataDir, env});
	const dir = sessionsDirOf(root);
	const indexPath = path.join(root, INDEX_FILE);
	const fileOf = (id: string): string => path.join(dir, `${id}.json`);

	// Listing uses synchronous calls on purpose: a thousand small stats cost a few milliseconds
	// in a row, and several times that when each goes through the thread pool as a promise.
	const sessionFiles = async (): Promise<string[]> => {
		try {
			return readdirSync(dir).filter(name => SESSION_FILE.test(name));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return [];
			}
			throw new StorageError(`cannot read sessions in ${dir}: ${reasonOf(error)}`, (error as NodeJS.ErrnoException).code);
		}
	};

	const readIndex = (): SessionIndex | null => {
		try {
			return decodeIndex(readFileSync(indexPath, 'utf8'));
		} catch {
			return null;
		}
	};

	const entryFor = async (name: string, mtimeMs: number, size: number, ino: number): Promise<IndexEntry> => {
		let text: string;
		try {
			text = await readFile(path.join(dir, name), 'utf8');
		} catch (error) {
			return {mtimeMs, size, ino, problem: `cannot be read (${reasonOf(error)})`};
		}
		const parsed = parseSession(text);
		if (!parsed.ok) {
			return {mtimeMs, size, ino, problem: parsed.problem};
		}
		if (`${parsed.record.id}.json` !== name) {
			return {mtimeMs, size, ino, problem: `holds session "${parsed.record.id}", which does not match its file name`};
		}
		return {mtimeMs, size, ino, summary: summarize(parsed.record)};
	};

	/**
	 * Summaries for every session file. Fast path: the folder's mtime and file names match the
	 * index, so nothing was added, removed or replaced (every write here is a rename into the
	 * folder). Otherwise each file's mtime, size and inode are compared and changed files re-read.
	 */
	const currentEntries = async (): Promise<Map<string, IndexEntry>> => {
		let folderMtimeNs: string;
		try {
			// Read before the listing: a file renamed in after this moment changes the mtime again.
			folderMtimeNs = String(statSync(dir, {bigint: true}).mtimeNs);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return new Map();
			}
			throw new StorageError(`cannot read sessions in ${dir}: ${reasonOf(error)}`, (error as NodeJS.ErrnoException).code);
		}
		const names = await sessionFiles();
		const index = readIndex();
		const cached = index?.entries ?? new Map<string, IndexEntry>();
		if (index && index.folderMtimeNs === folderMtimeNs && names.length === cached.size && names.every(name => cached.has(name))) {
			return cached;
		}
		const entries = new Map<string, IndexEntry>();
		await Promise.all(
			names.map(async name => {
				const info: Stats | undefined = statSync(path.join(dir, name), {throwIfNoEntry: false});
				if (!info?.isFile()) {
					return; // Deleted since the listing, or not a file.
				}
				const known = cached.get(name);
				entries.set(name, known && known.mtimeMs === info.mtimeMs && known.size === info.size && known.ino === info.ino ? known : await entryFor(name, info.mtimeMs, info.size, info.ino));
			}),
		);
		// Stored newest first, so a listing from the cache finds them in order and skips sorting.
		const summarized = sortNewestFirst([...entries].filter(([, entry]) => entry.summary).map(([name, entry]) => ({name, entry, id: entry.summary!.id, startedAt: entry.summary!.startedAt})));
		const ordered = new Map<string, IndexEntry>([...summarized.map(({name, entry}): [string, IndexEntry] => [name, entry]), ...[...entries].filter(([, entry]) => !entry.summary)]);
		// The index is a cache: if this write loses a race or fails, the next listing rebuilds it.
		await writeAtomic(root, INDEX_FILE, encodeIndex({folderMtimeNs, entries: ordered})).catch(() => undefined);
		return ordered;
	};

	const list = async (filter?: {focus?: FocusId}): Promise<SessionList> => {
		const entries = await currentEntries();
		const sessions: SessionSummary[] = [];
		const warnings: string[] = [];
		for (const [name, entry] of entries) {
			if (entry.summary) {
				if (!filter?.focus || entry.summary.focus === filter.focus) {
					sessions.push(entry.summary);
				}
			} else {
				warnings.push(`skipped ${path.join(dir, name)}: ${entry.problem ?? 'unreadable'}`);
			}
		}
		warnings.sort();
		// Entries are kept newest first, and filtering keeps that order.
		return {sessions, warnings};
	};

	/** Exact id first, then a unique prefix. */
	const resolveId = async (idOrPrefix: string): Promise<string> => {
		const wanted = idOrPrefix.trim();
		if (!isSessionId(wanted)) {
			throw new SessionNotFoundError(`no session "${idOrPrefix}": session ids use letters, digits, dots, dashes and underscores`);
		}
		const names = await sessionFiles();
		if (names.includes(`${wanted}.json`)) {
			return wanted;
		}
		const matches = names.map(name => name.slice(0, -'.json'.length)).filter(id => id.startsWith(wanted));
		if (matches.length === 1) {
			return matches[0]!;
		}
		if (matches.length > 1) {
			const shown = matches.slice(0, 5).join(', ');
			throw new SessionNotFoundError(`"${wanted}" matches ${matches.length} sessions (${shown}${matches.length > 5 ? ', …' : ''}); give more of the id`);
		}
		throw new SessionNotFoundError(`no session with id or prefix "${wanted}" in ${dir}; \`ai-pm-sim history\` lists them`);
	};

	const loadId = async (id: string): Promise<SessionRecord> => {
		const file = fileOf(id);
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				throw new SessionNotFoundError(`no session "${id}" in ${dir}`);
			}
			throw new StorageError(`cannot read ${file}: ${reasonOf(error)}`);
		}
		const parsed = parseSession(text);
		if (!parsed.ok) {
			if (parsed.newer !== undefined) {
				throw new NewerSchemaError(`${file} was ${parsed.problem}`);
			}
			throw new StorageError(`${file} cannot be used: ${parsed.problem}`);
		}
		return parsed.record;
	};

	const load = async (idOrPrefix: string): Promise<SessionRecord> => {
		if (idOrPrefix === 'latest') {
			const {sessions} = await list();
			const newest = sessions[0];
			if (!newest) {
				throw new SessionNotFoundError(`no saved sessions in ${dir}`);
			}
			return loadId(newest.id);
		}
		return loadId(await resolveId(idOrPrefix));
	};

	const save = async (record: SessionRecord): Promise<void> => {
		const problem = recordProblem(record);
		if (problem) {
			throw new StorageError(`refusing to save a malformed session: ${problem}`);
		}
		if (record.schemaVersion > SESSION_SCHEMA_VERSION) {
			throw new NewerSchemaError(`refusing to save session ${record.id}: schema ${record.schemaVersion} is newer than this version (${SESSION_SCHEMA_VERSION})`);
		}
		const file = fileOf(record.id);
		const cannotSave = (error: unknown): StorageError =>
			new StorageError(`could not save the session in ${dir} (${reasonOf(error)}); the recap is still shown, but this session will not be in history`, (error as NodeJS.ErrnoException | undefined)?.code);
		try {
			await mkdir(dir, {recursive: true});
		} catch (error) {
			throw cannotSave(error);
		}
		let existing: string | null = null;
		try {
			existing = await readFile(file, 'utf8');
		} catch {}
		if (existing !== null) {
			const parsed = parseSession(existing);
			if (!parsed.ok && parsed.newer !== undefined) {
				throw new NewerSchemaError(`not overwriting ${file}: it was written by a newer ai-pm-sim (schema ${parsed.newer}; this version writes ${SESSION_SCHEMA_VERSION})`);
			}
		}
		try {
			await writeAtomic(dir, `${record.id}.json`, `${JSON.stringify(record, null, '\t')}\n`);
		} catch (error) {
			throw cannotSave(error);
		}
	};

	return {
		dir,
		save,
		load,
		list,
		async latestIncomplete() {
			const {sessions} = await list();
			for (const summary of sessions) {
				if (summary.complete) {
					continue;
				}
				try {
					const record = await loadId(summary.id);
					// Ended on purpose (/end): it has its recap and is not waiting to be resumed.
					if (record.endReason !== 'ended-early') return record;
				} catch {
					// Vanished or became unreadable since listing: try the next one.
				}
			}
			return null;
		},
		async delete(idOrPrefix) {
			const id = await resolveId(idOrPrefix);
			try {
				await unlink(fileOf(id));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
					throw new StorageError(`cannot delete ${fileOf(id)}: ${reasonOf(error)}`);
				}
			}
		},
		async clear() {
			let names: string[];
			try {
				names = await readdir(dir);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
					return 0;
				}
				throw new StorageError(`cannot read sessions in ${dir}: ${reasonOf(error)}`);
			}
			let removed = 0;
			// Temp files are left alone: they may belong to a save running right now.
			for (const name of names.filter(n => SESSION_FILE.test(n))) {
				try {
					await unlink(path.join(dir, name));
					removed += 1;
				} catch (error) {
					if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
						throw new StorageError(`cannot delete ${path.join(dir, name)}: ${reasonOf(error)}`);
					}
				}
			}
			await unlink(indexPath).catch(() => undefined);
			return removed;
		},
	};
}
