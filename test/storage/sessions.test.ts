import {chmod, mkdir, readdir, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SESSION_SCHEMA_VERSION} from '../../source/core/session/record.js';
import {decodeIndex, encodeIndex, INDEX_VERSION} from '../../source/storage/session-index.js';
import {NewerSchemaError, openSessionStore, SessionNotFoundError, StorageError} from '../../source/storage/sessions.js';
import {makeRecord} from './fixtures.js';
import {tempDir} from './temp.js';

async function store() {
	const dataDir = await tempDir();
	return openSessionStore({dataDir, env: {}});
}

describe('session store', () => {
	it('saves one file per session and loads it back by id, prefix and latest', async () => {
		const s = await store();
		const a = makeRecord({id: 'alpha-1', startedAt: '2025-01-01T10:00:00Z'});
		const b = makeRecord({id: 'beta-2', startedAt: '2025-02-01T10:00:00Z', focus: 'ethics'});
		await s.save(a);
		await s.save(b);
		expect((await readdir(s.dir)).filter(n => n.endsWith('.json') && !n.startsWith('.')).sort()).toEqual(['alpha-1.json', 'beta-2.json']);
		expect(await s.load('alpha-1')).toEqual(a);
		expect((await s.load('bet')).id).toBe('beta-2');
		expect((await s.load('latest')).id).toBe('beta-2');
	});

	it('writes session files readable by the owner only and leaves no temp files', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'x1'}));
		expect((await stat(path.join(s.dir, 'x1.json'))).mode & 0o777).toBe(0o600);
		expect((await readdir(s.dir)).filter(n => n.endsWith('.tmp'))).toEqual([]);
	});

	it('names what was not found, and refuses ambiguous prefixes', async () => {
		const s = await store();
		await expect(s.load('latest')).rejects.toThrow(/no saved sessions/);
		await s.save(makeRecord({id: 'abc-1'}));
		await s.save(makeRecord({id: 'abc-2'}));
		await expect(s.load('zzz')).rejects.toThrow(SessionNotFoundError);
		await expect(s.load('zzz')).rejects.toThrow(/"zzz"/);
		await expect(s.load('abc')).rejects.toThrow(/matches 2 sessions/);
		await expect(s.load('../etc/passwd')).rejects.toThrow(SessionNotFoundError);
	});

	it('lists newest first with summaries, filtered by focus', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'old', startedAt: '2025-01-01T10:00:00Z', overall: 40, turns: 4}));
		await s.save(makeRecord({id: 'new', startedAt: '2025-03-01T10:00:00Z', overall: 70}));
		await s.save(makeRecord({id: 'eth', startedAt: '2025-02-01T10:00:00Z', focus: 'ethics', complete: false}));
		const {sessions, warnings} = await s.list();
		expect(warnings).toEqual([]);
		expect(sessions.map(x => x.id)).toEqual(['new', 'eth', 'old']);
		const old = sessions[2]!;
		expect(old).toMatchObject({focus: 'evaluation', engine: 'offline', complete: true, overall: 40, turns: 4, durationSeconds: 480});
		expect(old.dimensions['no-eval-framework']).toBe(40);
		expect(old.dimensions['skips-ethics']).toBeNull();
		expect(sessions[1]).toMatchObject({complete: false, overall: null, endedAt: null, durationSeconds: 330});
		expect((await s.list({focus: 'ethics'})).sessions.map(x => x.id)).toEqual(['eth']);
	});

	it('lists the opening questions each session asked, so planning never has to open the sessions', async () => {
		const dataDir = await tempDir();
		await openSessionStore({dataDir, env: {}}).save(makeRecord({id: 'four', turns: 4}));
		expect((await openSessionStore({dataDir, env: {}}).list()).sessions[0]!.openings).toEqual(['q1', 'q2']);
		// A second listing comes from the index, which must keep them too.
		expect((await openSessionStore({dataDir, env: {}}).list()).sessions[0]!.openings).toEqual(['q1', 'q2']);
	});

	it('skips a corrupt or truncated file with a warning naming it, and lists the rest', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'good', startedAt: '2025-01-01T10:00:00Z'}));
		await s.save(makeRecord({id: 'cut', startedAt: '2025-01-02T10:00:00Z'}));
		const full = await readFile(path.join(s.dir, 'cut.json'), 'utf8');
		await writeFile(path.join(s.dir, 'cut.json'), full.slice(0, full.length / 2));
		await writeFile(path.join(s.dir, 'empty.json'), '');
		await writeFile(path.join(s.dir, 'wrong.json'), JSON.stringify({hello: 'world'}));
		const {sessions, warnings} = await s.list();
		expect(sessions.map(x => x.id)).toEqual(['good']);
		expect(warnings).toHaveLength(3);
		expect(warnings.find(w => w.includes(path.join(s.dir, 'cut.json')))).toMatch(/not valid JSON/);
		expect(warnings.find(w => w.includes('empty.json'))).toMatch(/empty file/);
		expect(warnings.find(w => w.includes('wrong.json'))).toBeDefined();
		// Still reported on the next (cached) listing.
		expect((await s.list()).warnings).toHaveLength(3);
		await expect(s.load('cut')).rejects.toThrow(/cut\.json cannot be used/);
	});

	it('reports a newer-schema file and never overwrites it', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'keep'}));
		const future = {...makeRecord({id: 'future'}), schemaVersion: SESSION_SCHEMA_VERSION + 1, newField: 'x'};
		await writeFile(path.join(s.dir, 'future.json'), JSON.stringify(future));
		const {sessions, warnings} = await s.list();
		expect(sessions.map(x => x.id)).toEqual(['keep']);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/future\.json.*newer ai-pm-sim \(schema 2/);
		await expect(s.save(makeRecord({id: 'future'}))).rejects.toThrow(NewerSchemaError);
		expect(JSON.parse(await readFile(path.join(s.dir, 'future.json'), 'utf8')).newField).toBe('x');
		await expect(s.load('future')).rejects.toThrow(/newer ai-pm-sim/);
	});

	it('overwrites its own older save of the same session (resume then save again)', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'r1', complete: false}));
		expect((await s.list()).sessions[0]?.complete).toBe(false);
		await s.save(makeRecord({id: 'r1', complete: true}));
		expect((await s.list()).sessions[0]?.complete).toBe(true);
	});

	it('keeps the index a cache: rebuilt when missing, corrupt, or out of date', async () => {
		const s = await store();
		for (let i = 0; i < 5; i++) {
			await s.save(makeRecord({id: `i${i}`, startedAt: `2025-01-0${i + 1}T10:00:00Z`}));
		}
		const first = await s.list();
		const indexFile = path.join(path.dirname(s.dir), 'sessions-index.json');
		expect(decodeIndex(await readFile(indexFile, 'utf8'))?.entries.size).toBe(5);

		await writeFile(indexFile, '{"version":4,"entries":');
		expect(await s.list()).toEqual(first);
		// Valid JSON with a row that lies about its types: rebuilt, not trusted.
		const good = JSON.parse(await readFile(indexFile, 'utf8'));
		good.entries['i0.json'].summary.startedAt = 42;
		await writeFile(indexFile, JSON.stringify(good));
		expect(await s.list()).toEqual(first);
		await rm(indexFile);
		expect(await s.list()).toEqual(first);

		// A stale index (a summary that lies) is ignored once the file changed.
		const index = decodeIndex(await readFile(indexFile, 'utf8'));
		await s.save(makeRecord({id: 'i0', startedAt: '2025-01-01T10:00:00Z', overall: 99}));
		expect(index?.entries.get('i0.json')?.summary?.overall).toBe(60);
		expect((await s.list()).sessions.find(x => x.id === 'i0')?.overall).toBe(99);

		// Files added or removed behind the index's back.
		await rm(path.join(s.dir, 'i1.json'));
		await writeFile(path.join(s.dir, 'added.json'), JSON.stringify(makeRecord({id: 'added'})));
		expect((await s.list()).sessions.map(x => x.id).sort()).toEqual(['added', 'i0', 'i2', 'i3', 'i4']);
	});

	it('puts a saved session into the index, so the next listing reads no session file', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'old', startedAt: '2025-01-01T10:00:00Z'}));
		await s.list();
		const indexFile = path.join(path.dirname(s.dir), 'sessions-index.json');
		await s.save(makeRecord({id: 'new', startedAt: '2025-03-01T10:00:00Z', overall: 77}));
		const afterSave = await readFile(indexFile, 'utf8');
		expect(decodeIndex(afterSave)?.entries.get('new.json')?.summary?.overall).toBe(77);
		// The listing finds every file as the index has it and leaves the index untouched.
		const listed = await s.list();
		expect(listed.sessions.map(x => x.id)).toEqual(['new', 'old']);
		expect(await readFile(indexFile, 'utf8')).toBe(afterSave);
		// Saves while an interview runs leave the index alone: only the last one is listed next time.
		await s.save({...makeRecord({id: 'running', startedAt: '2025-04-01T10:00:00Z', complete: false}), endReason: null});
		expect(await readFile(indexFile, 'utf8')).toBe(afterSave);
	});

	it('encodes the index compactly and decodes it to the same entries', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'r1'}));
		await writeFile(path.join(s.dir, 'bad.json'), '{');
		await s.list();
		const text = await readFile(path.join(path.dirname(s.dir), 'sessions-index.json'), 'utf8');
		const index = decodeIndex(text)!;
		expect(index.entries.get('bad.json')?.problem).toMatch(/not valid JSON/);
		expect(index.entries.get('r1.json')?.summary).toEqual((await s.list()).sessions[0]);
		expect(encodeIndex(index)).toBe(text);
		expect(decodeIndex('{"version":2}')).toBeNull();
		expect(decodeIndex(text.replace(`"version":${INDEX_VERSION}`, `"version":${INDEX_VERSION - 1}`))).toBeNull();
	});

	it('notices a file edited in place even when its size and mtime are put back', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'only', overall: 61}));
		const file = path.join(s.dir, 'only.json');
		const when = new Date('2025-01-01T00:00:00Z');
		await utimes(file, when, when);
		const first = await s.list();
		expect(await s.list()).toEqual(first);
		// Same size, same inode, same mtime, different bytes: the change time still moves.
		const before = await stat(file);
		// File times tick in jiffies on some kernels: let at least one pass so the ctime can differ.
		await new Promise(resolve => setTimeout(resolve, 10));
		await writeFile(file, 'x'.repeat(before.size));
		await utimes(file, when, when);
		const after = await s.list();
		expect(after.sessions).toEqual([]);
		expect(after.damaged).toEqual([{id: 'only', file, problem: expect.stringMatching(/not valid JSON/)}]);
	});

	it('notices an edit made in place (folder untouched) once anything is saved or removed', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'e1', overall: 50}));
		await s.list();
		const file = path.join(s.dir, 'e1.json');
		await writeFile(file, JSON.stringify(makeRecord({id: 'e1', overall: 80})));
		await s.save(makeRecord({id: 'e2'}));
		expect((await s.list()).sessions.find(x => x.id === 'e1')?.overall).toBe(80);
	});

	it('clear removes the index too', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'c1'}));
		await s.list();
		await s.clear();
		await expect(stat(path.join(path.dirname(s.dir), 'sessions-index.json'))).rejects.toThrow(/ENOENT/);
	});

	it('finds the latest incomplete session', async () => {
		const s = await store();
		expect(await s.latestIncomplete()).toBeNull();
		await s.save(makeRecord({id: 'done', startedAt: '2025-03-01T10:00:00Z'}));
		await s.save(makeRecord({id: 'open-old', startedAt: '2025-01-01T10:00:00Z', complete: false}));
		await s.save(makeRecord({id: 'open-new', startedAt: '2025-02-01T10:00:00Z', complete: false}));
		expect((await s.latestIncomplete())?.id).toBe('open-new');
		// A session ended with /end has its recap; it is not offered for resuming.
		await s.save({...makeRecord({id: 'ended', startedAt: '2025-02-15T10:00:00Z', complete: false}), endReason: 'ended-early'});
		expect((await s.latestIncomplete())?.id).toBe('open-new');
	});

	it('deletes one session and clears all', async () => {
		const s = await store();
		await s.save(makeRecord({id: 'd1'}));
		await s.save(makeRecord({id: 'd2'}));
		await s.save(makeRecord({id: 'd3'}));
		await s.list();
		await s.delete('d2');
		expect((await s.list()).sessions.map(x => x.id).sort()).toEqual(['d1', 'd3']);
		await expect(s.delete('nope')).rejects.toThrow(SessionNotFoundError);
		expect(await s.clear()).toEqual({removed: 2, skipped: []});
		expect((await s.list()).sessions).toEqual([]);
		expect(await s.clear()).toEqual({removed: 0, skipped: []});
	});

	it('lists nothing, without error, when the folder does not exist yet', async () => {
		const s = await store();
		expect(await s.list()).toEqual({sessions: [], damaged: [], warnings: []});
	});
});

describe('data folder not writable', () => {
	it('save fails with a message naming the folder and saying the recap is still shown (a file in the way)', async () => {
		const root = await tempDir();
		const dataDir = path.join(root, 'data');
		await writeFile(dataDir, 'not a folder');
		const s = openSessionStore({dataDir, env: {}});
		const error = await s.save(makeRecord({id: 'lost'})).then(
			() => null,
			(error_: unknown) => error_,
		);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toContain(s.dir);
		expect((error as Error).message).toMatch(/recap is still shown/);
		expect(await readFile(dataDir, 'utf8')).toBe('not a folder');
	});

	it('save fails on a read-only folder (permission bits, or a file in the way when running as root)', async () => {
		const root = await tempDir();
		const s = openSessionStore({dataDir: root, env: {}});
		await mkdir(s.dir);
		await chmod(s.dir, 0o500);
		// Root ignores permission bits: detect it with a probe write, then block writes another way.
		let bitsHold = true;
		try {
			await writeFile(path.join(s.dir, 'probe'), '');
			await rm(path.join(s.dir, 'probe'));
			bitsHold = false;
		} catch {}
		if (!bitsHold) {
			await chmod(s.dir, 0o700);
			await rm(s.dir, {recursive: true});
			await writeFile(s.dir, '');
		}
		try {
			await expect(s.save(makeRecord({id: 'ro'}))).rejects.toThrow(/could not save the session in .*recap is still shown/);
			expect((await s.list().catch(() => ({sessions: []}))).sessions).toEqual([]);
		} finally {
			await chmod(s.dir, 0o700).catch(() => undefined);
		}
	});
});
