import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {open, readdir, readFile, rename, stat, unlink} from 'node:fs/promises';
import path from 'node:path';
import {sortNewestFirst, summarize, type SessionSummary} from '../core/history/summary.js';
import {SESSION_ID_PATTERN, SESSION_SCHEMA_VERSION, type SessionRecord} from '../core/session/record.js';
import type {FocusId} from '../core/taxonomy/ids.js';
import {ensurePrivateDir, resolveDataDir, sessionsDirOf} from './data-dir.js';
import {decodeIndex, encodeIndex, sameStamp, type FileStamp, type IndexEntry, type SessionIndex} from './session-index.js';
import {sweepTempFiles, tempName} from './temp-files.js';

export type {SessionSummary} from '../core/history/summary.js';

/** A session file that cannot be used: listed so it can be seen and removed, never hiding the others. */
export type DamagedSession = {id: string; file: string; problem: string};

export type SessionList = {
	sessions: SessionSummary[];
	damaged: DamagedSession[];
	/** One line per damaged session, fit to print. */
	warnings: string[];
};

export type SessionStore = {
	/** The sessions folder. */
	dir: string;
	save(record: SessionRecord): Promise<void>;
	load(idOrPrefix: string | 'latest'): Promise<SessionRecord>;
	list(filter?: {focus?: FocusId}): Promise<SessionList>;
	latestIncomplete(): Promise<SessionRecord | null>;
	/** Accepts a full id or an unambiguous prefix, of a damaged session too; resolves to the id removed. */
	delete(id: string): Promise<string>;
	/** Removes every session file, damaged ones included; what could not be removed is reported, not fatal. */
	clear(): Promise<{removed: number; skipped: string[]}>;
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

const SESSION_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.json$/;
/** The summary index lives next to the sessions folder, not in it: its name would pass for a session file's. */
export const INDEX_FILE = 'sessions-index.json';

export function isSessionId(value: string): boolean {
	return SESSION_ID_PATTERN.test(value);
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

/**
 * The record check (zod) is loaded on the first file that has to be read in full: listing from the
 * index and planning an interview never need it, and it is the largest module on the way to the
 * first question.
 */
let schema: Promise<typeof import('../core/session/schema.js')> | undefined;

async function parseSession(text: string): Promise<Parsed> {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {ok: false, problem: text.trim() === '' ? 'empty file' : 'not valid JSON (truncated or corrupt)'};
	}
	const newer = newerVersion(value);
	if (newer !== undefined) {
		return {
			ok: false,
			newer,
			problem: `written by a newer ai-pm-sim (schema ${newer}; this version reads ${SESSION_SCHEMA_VERSION}); not listed, update ai-pm-sim to see it`,
		};
	}
	schema ??= import('../core/session/schema.js');
	return (await schema).checkSessionRecord(value);
}

/** The schema version of a session written by a newer build, if it is one. */
function newerVersion(value: unknown): number | undefined {
	const version = (value as {schemaVersion?: unknown} | null)?.schemaVersion;
	return typeof version === 'number' && version > SESSION_SCHEMA_VERSION ? version : undefined;
}

/** The same for a file's text; nothing else in it is checked. */
function newerSchemaOf(text: string): number | undefined {
	try {
		return newerVersion(JSON.parse(text));
	} catch {
		return undefined;
	}
}

/** Index entries stored newest first, so a listing from the cache finds them in order and skips sorting. */
function ordered(entries: Map<string, IndexEntry>): SessionIndex {
	const summarized = sortNewestFirst(
		[...entries].filter(([, entry]) => entry.summary).map(([name, entry]) => ({name, entry, id: entry.summary!.id, startedAt: entry.summary!.startedAt})),
	);
	return {entries: new Map([...summarized.map(({name, entry}): [string, IndexEntry] => [name, entry]), ...[...entries].filter(([, entry]) => !entry.summary)])};
}

/** Larger than any real session (a 10 MB answer makes a file of about 30 MB); beyond it replay refuses. */
export const MAX_SESSION_BYTES = 64 * 1024 * 1024;

function tooLarge(size: number): string {
	return `is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_SESSION_BYTES / 1024 / 1024} MB a session can be; not read`;
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
	const folderNames = (): string[] => {
		try {
			return readdirSync(dir);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return [];
			}
			throw new StorageError(`cannot read sessions in ${dir}: ${reasonOf(error)}`, (error as NodeJS.ErrnoException).code);
		}
	};
	const sessionFiles = async (): Promise<string[]> => folderNames().filter(name => SESSION_FILE.test(name));

	const readIndex = (): SessionIndex | null => {
		try {
			return decodeIndex(readFileSync(indexPath, 'utf8'));
		} catch {
			return null;
		}
	};

	/** The index entry of one session file; `known` is its text when the caller has just written it. */
	const entryFor = async (name: string, stamp: FileStamp, known?: string): Promise<IndexEntry> => {
		if (stamp.size > MAX_SESSION_BYTES) {
			return {...stamp, problem: tooLarge(stamp.size)};
		}
		let text: string;
		try {
			text = known ?? (await readFile(path.join(dir, name), 'utf8'));
		} catch (error) {
			return {...stamp, problem: `cannot be read (${reasonOf(error)})`};
		}
		const parsed = await parseSession(text);
		if (!parsed.ok) {
			return {...stamp, problem: parsed.problem};
		}
		if (`${parsed.record.id}.json` !== name) {
			return {...stamp, problem: `holds session "${parsed.record.id}", which does not match its file name`};
		}
		return {...stamp, summary: summarize(parsed.record)};
	};

	/**
	 * Puts a file just written into the index as a listing would, so the next start lists it
	 * from the index instead of reading it in full (and loading the record check) before the
	 * first question. A failure here only costs that later listing a read.
	 */
	const indexSaved = async (name: string, text: string): Promise<void> => {
		const info = statSync(path.join(dir, name), {throwIfNoEntry: false});
		const index = readIndex();
		if (!info || !index) return;
		index.entries.set(name, await entryFor(name, {mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, size: info.size, ino: info.ino}, text));
		await writeAtomic(root, INDEX_FILE, encodeIndex(ordered(index.entries))).catch(() => undefined);
	};

	let swept = false;
	/**
	 * Summaries for every session file. Each file is stat-ed and compared with the index (size,
	 * mtime, ctime, inode), so files replaced, added, removed or edited in place are re-read.
	 */
	const currentEntries = async (): Promise<Map<string, IndexEntry>> => {
		const all = folderNames();
		if (!swept) {
			swept = true;
			sweepTempFiles(dir, all);
			sweepTempFiles(root);
		}
		const names = all.filter(name => SESSION_FILE.test(name));
		const cached = readIndex()?.entries ?? new Map<string, IndexEntry>();
		const entries = new Map<string, IndexEntry>();
		let changed = names.length !== cached.size;
		await Promise.all(
			names.map(async name => {
				const info: Stats | undefined = statSync(path.join(dir, name), {throwIfNoEntry: false});
				if (!info) {
					changed = true;
					return; // Deleted since the listing.
				}
				const stamp: FileStamp = {mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, size: info.size, ino: info.ino};
				const known = cached.get(name);
				if (known && sameStamp(known, stamp)) {
					entries.set(name, known);
					return;
				}
				changed = true;
				entries.set(name, info.isFile() ? await entryFor(name, stamp) : {...stamp, problem: 'is not a file (a folder or something else has the name of a session)'});
			}),
		);
		if (!changed) {
			return cached;
		}
		const index = ordered(entries);
		// The index is a cache: if this write loses a race or fails, the next listing rebuilds it.
		await writeAtomic(root, INDEX_FILE, encodeIndex(index)).catch(() => undefined);
		return index.entries;
	};

	const list = async (filter?: {focus?: FocusId}): Promise<SessionList> => {
		const entries = await currentEntries();
		const sessions: SessionSummary[] = [];
		const damaged: DamagedSession[] = [];
		for (const [name, entry] of entries) {
			if (entry.summary) {
				if (!filter?.focus || entry.summary.focus === filter.focus) {
					sessions.push(entry.summary);
				}
			} else {
				damaged.push({id: name.slice(0, -'.json'.length), file: path.join(dir, name), problem: entry.problem ?? 'unreadable'});
			}
		}
		damaged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		// Entries are kept newest first, and filtering keeps that order.
		return {sessions, damaged, warnings: damaged.map(d => `skipped ${d.file}: ${d.problem}`)};
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
			const size = (await stat(file)).size;
			if (size > MAX_SESSION_BYTES) {
				throw new StorageError(`${file} ${tooLarge(size)}`);
			}
			text = await readFile(file, 'utf8');
		} catch (error) {
			if (error instanceof StorageError) {
				throw error;
			}
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				throw new SessionNotFoundError(`no session "${id}" in ${dir}`);
			}
			throw new StorageError(`cannot read ${file}: ${reasonOf(error)}`);
		}
		const parsed = await parseSession(text);
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
		// Only what makes the file name safe is checked here: a record this program built is never
		// refused (that would lose answers); reading it back is where the whole record is checked.
		if (typeof record.id !== 'string' || !isSessionId(record.id)) {
			throw new StorageError(`refusing to save a malformed session: ${JSON.stringify(record.id)} is not a session id`);
		}
		if (record.schemaVersion > SESSION_SCHEMA_VERSION) {
			throw new NewerSchemaError(`refusing to save session ${record.id}: schema ${record.schemaVersion} is newer than this version (${SESSION_SCHEMA_VERSION})`);
		}
		const file = fileOf(record.id);
		const cannotSave = (error: unknown): StorageError =>
			new StorageError(
				`could not save the session in ${dir} (${reasonOf(error)}); the recap is still shown, but this session will not be in history`,
				(error as NodeJS.ErrnoException | undefined)?.code,
			);
		try {
			ensurePrivateDir(dir);
		} catch (error) {
			throw cannotSave(error);
		}
		let existing: string | null = null;
		try {
			existing = await readFile(file, 'utf8');
		} catch {}
		const newer = existing === null ? undefined : newerSchemaOf(existing);
		if (newer !== undefined) {
			throw new NewerSchemaError(`not overwriting ${file}: it was written by a newer ai-pm-sim (schema ${newer}; this version writes ${SESSION_SCHEMA_VERSION})`);
		}
		const name = `${record.id}.json`;
		const text = `${JSON.stringify(record, null, '\t')}\n`;
		try {
			await writeAtomic(dir, name, text);
		} catch (error) {
			throw cannotSave(error);
		}
		// Only a session's last save (finished, ended or interrupted) is what the next start lists;
		// the saves during an interview would each read and rewrite the whole index for nothing.
		if (record.complete || record.endReason !== null) await indexSaved(name, text);
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
			return id;
		},
		async clear() {
			let names: string[];
			try {
				names = await readdir(dir);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
					return {removed: 0, skipped: []};
				}
				throw new StorageError(`cannot read sessions in ${dir}: ${reasonOf(error)}`);
			}
			let removed = 0;
			const skipped: string[] = [];
			// Temp files are left alone: they may belong to a save running right now. Anything that
			// fails is reported and the rest still go.
			for (const name of names.filter(n => SESSION_FILE.test(n))) {
				const file = path.join(dir, name);
				try {
					await unlink(file);
					removed += 1;
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code;
					if (code === 'EISDIR' || (code === 'EPERM' && statSync(file, {throwIfNoEntry: false})?.isDirectory())) {
						skipped.push(`${file} is a folder, not a session; left alone`);
					} else if (code !== 'ENOENT') {
						skipped.push(`cannot delete ${file}: ${reasonOf(error)}`);
					}
				}
			}
			await unlink(indexPath).catch(() => undefined);
			return {removed, skipped};
		},
	};
}
