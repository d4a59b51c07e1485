// Damaged, oversized and oddly placed files on disk, through the built CLI and the store.
import {spawnSync} from 'node:child_process';
import {chmod, mkdir, readdir, stat, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSessionRecord} from '../../source/core/session/schema.js';
import {MAX_SCRIPT_BYTES, loadScripts} from '../../source/core/script/load.js';
import {MAX_SESSION_BYTES, openSessionStore} from '../../source/storage/sessions.js';
import {json, runCli, scratchDir} from '../support/cli.js';
import {makeRecord} from '../storage/fixtures.js';

async function storeWith(records: Array<ReturnType<typeof makeRecord>>) {
	const dataDir = await scratchDir();
	const store = openSessionStore({dataDir, env: {}});
	for (const record of records) await store.save(record);
	return {dataDir, store};
}

/** Damage inside the record, where a top-level check does not look. */
function damaged(): Array<[string, (record: Record<string, any>) => void, RegExp]> {
	return [
		['no-engine', r => delete r['engine'], /engine/],
		['bad-turn', r => (r['turns'][1].answer = 42), /turns\.1\.answer/],
		['bad-recap', r => (r['recap'].dimensions = 'high'), /recap\.dimensions/],
		['bad-finding', r => (r['turns'][0].analysis.weaknesses[0].id = 'made-up'), /turns\.0\.analysis\.weaknesses\.0\.id/],
	];
}

describe('a damaged session never hides the others', () => {
	it('history, history --json and replay keep working; the damaged ones are listed with id and field', async () => {
		const {dataDir, store} = await storeWith([makeRecord({id: 'good-1', startedAt: '2025-01-01T10:00:00Z'}), makeRecord({id: 'good-2', startedAt: '2025-02-01T10:00:00Z'})]);
		for (const [id, damage] of damaged()) {
			const record = makeRecord({id}) as unknown as Record<string, any>;
			damage(record);
			await writeFile(path.join(store.dir, `${id}.json`), JSON.stringify(record));
		}
		const [table, asJson, replay, replayBad] = await Promise.all([
			runCli(['history'], {dataDir}),
			runCli(['history', '--json'], {dataDir}),
			runCli(['replay', 'good-2'], {dataDir}),
			runCli(['replay', 'bad-turn'], {dataDir}),
		]);
		expect(table.code, table.stderr).toBe(0);
		expect(table.stdout).toContain('good-1');
		expect(table.stdout).toContain('good-2');
		for (const [id, , field] of damaged()) expect(table.stderr).toMatch(new RegExp(`damaged session ${id} .*${field.source}`));
		const listed = json<{sessions: Array<{id: string}>; damaged: Array<{id: string; problem: string}>}>(asJson);
		expect(listed.sessions.map(s => s.id)).toEqual(['good-2', 'good-1']);
		expect(listed.damaged.map(d => d.id)).toEqual(['bad-finding', 'bad-recap', 'bad-turn', 'no-engine']);
		expect(replay.code).toBe(0);
		expect(replay.stdout).toContain('Turn 1 of 3');
		expect(replayBad.code).toBe(1);
		expect(replayBad.stderr).toMatch(/bad-turn\.json cannot be used: turns\.1\.answer/);
		expect(replayBad.stderr).not.toMatch(/unexpected error/);
	});

	it('--delete removes a damaged session by id; --clear counts and removes damaged ones and skips a folder named like a session', async () => {
		const {dataDir, store} = await storeWith([makeRecord({id: 'good-1'})]);
		await writeFile(path.join(store.dir, 'cut.json'), '{"schemaVersion": 1, "id": "cut", "tur');
		await writeFile(path.join(store.dir, 'empty.json'), '');
		await mkdir(path.join(store.dir, 'folder.json'));
		await writeFile(path.join(store.dir, 'later.json'), JSON.stringify(makeRecord({id: 'later'})));

		const deleted = await runCli(['history', '--delete', 'cut'], {dataDir});
		expect(deleted.code, deleted.stderr).toBe(0);
		expect(deleted.stdout).toBe('Deleted session cut.\n');

		const cleared = await runCli(['history', '--clear', '--yes'], {dataDir});
		expect(cleared.code, cleared.stderr).toBe(0);
		expect(cleared.stdout).toBe('Deleted 3 sessions.\n');
		expect(cleared.stderr).toMatch(/folder\.json is a folder, not a session; left alone/);
		expect((await readdir(store.dir)).sort()).toEqual(['folder.json']);
	});

	it('the zod check names the field for every kind of damage, and accepts fields it does not know', () => {
		for (const [, damage, field] of damaged()) {
			const record = makeRecord() as unknown as Record<string, any>;
			damage(record);
			const check = checkSessionRecord(record);
			expect(check.ok).toBe(false);
			expect(check.ok ? '' : check.problem).toMatch(field);
		}
		expect(checkSessionRecord({...makeRecord(), addedLater: {x: 1}}).ok).toBe(true);
	});
});

describe('files on disk', () => {
	it('session folders are created private (0700), files 0600', async () => {
		const root = await scratchDir();
		const dataDir = path.join(root, 'new', 'data');
		await openSessionStore({dataDir, env: {}}).save(makeRecord({id: 'p1'}));
		expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
		expect((await stat(path.join(dataDir, 'sessions'))).mode & 0o777).toBe(0o700);
		expect((await stat(path.join(dataDir, 'sessions', 'p1.json'))).mode & 0o777).toBe(0o600);
	});

	it('temp files left by a crashed save are removed on the next start; a live writer’s are kept', async () => {
		const {dataDir, store} = await storeWith([makeRecord({id: 't1'})]);
		const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {encoding: 'utf8'}).stdout.trim();
		const crashed = `.t1.json.${dead}.deadbeef.tmp`;
		const live = `.t1.json.${process.pid}.cafef00d.tmp`;
		await writeFile(path.join(store.dir, crashed), '{"half');
		await writeFile(path.join(store.dir, live), '{"half');
		const result = await runCli(['history'], {dataDir});
		expect(result.code, result.stderr).toBe(0);
		expect((await readdir(store.dir)).sort()).toEqual([live, 't1.json'].sort());
	});

	it('--data-dir refuses what cannot be a normal folder, quickly and with a reason', async () => {
		const file = path.join(await scratchDir(), 'a-file');
		await writeFile(file, '');
		const [proc, underFile] = await Promise.all([runCli(['config', 'set', 'model', 'm', '--data-dir', '/proc/self/x']), runCli(['history', '--data-dir', path.join(file, 'x')])]);
		expect(proc.code).toBe(2);
		expect(proc.stderr).toMatch(/--data-dir: .*proc pseudo file system/);
		expect(underFile.code).toBe(2);
		expect(underFile.stderr).toMatch(/--data-dir: .*a-file .*is not a folder/);
	});

	it('replay refuses a session file over the size limit with a message, not a crash', async () => {
		const {dataDir, store} = await storeWith([]);
		await mkdir(store.dir, {recursive: true});
		await writeFile(path.join(store.dir, 'huge.json'), '');
		await chmod(path.join(store.dir, 'huge.json'), 0o600);
		// A sparse file: the size is what is checked, nothing is written.
		spawnSync('truncate', ['-s', String(MAX_SESSION_BYTES + 1), path.join(store.dir, 'huge.json')]);
		const result = await runCli(['replay', 'huge'], {dataDir});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/huge\.json is \d+ MB, more than the 64 MB a session can be/);
	});

	it('a 10 MB answer replays without overflowing the stack', async () => {
		const record = makeRecord({id: 'big', turns: 1});
		record.turns[0]!.answer = 'We would build an eval set from real tickets. '.repeat(230_000);
		expect(record.turns[0]!.answer.length).toBeGreaterThan(10_000_000);
		const {dataDir} = await storeWith([record]);
		const result = await runCli(['replay', 'big'], {dataDir, timeoutMs: 60_000});
		expect(result.code, result.stderr.slice(0, 500)).toBe(0);
		expect(result.stdout.length).toBeGreaterThan(10_000_000);
	}, 90_000);

	it('run refuses an answer over the limit, naming it and the limit', async () => {
		const file = path.join(await scratchDir(), 'answers.json');
		await writeFile(file, JSON.stringify(['short answer', 'x'.repeat(100_001)]));
		const result = await runCli(['run', '--focus', 'evaluation', '--answers', file, '--no-save']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/answer 2 is 100,001 characters; an answer can be at most 100,000/);
	});
});

describe('script files', () => {
	it('skips unreadable, oversized and dangling-symlink files by name, follows good symlinks, and loads the rest', async () => {
		const dir = await scratchDir();
		const good = await loadScripts({builtIn: true});
		const yaml = (await import('yaml')).stringify({...good.scripts[0], id: 'mine'});
		await writeFile(path.join(dir, 'mine.yaml'), yaml);
		const outside = path.join(await scratchDir(), 'linked.yaml');
		await writeFile(outside, yaml.replace('id: mine', 'id: linked'));
		await symlink(outside, path.join(dir, 'linked.yaml'));
		await symlink(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dangling.yaml'));
		await writeFile(path.join(dir, 'huge.yaml'), `# ${'x'.repeat(MAX_SCRIPT_BYTES)}\n`);
		await writeFile(path.join(dir, 'locked.yaml'), yaml.replace('id: mine', 'id: locked'));
		await chmod(path.join(dir, 'locked.yaml'), 0o000);
		const rootIgnoresModes = process.getuid?.() === 0;

		const loaded = await loadScripts({extraDirs: [dir], builtIn: false});
		expect(loaded.scripts.map(s => s.id).sort()).toEqual(rootIgnoresModes ? ['linked', 'locked', 'mine'] : ['linked', 'mine']);
		const byFile = Object.fromEntries(loaded.errors.map(e => [path.basename(e.file), e.message]));
		expect(byFile['dangling.yaml']).toMatch(/symlink to a file that does not exist/);
		expect(byFile['huge.yaml']).toMatch(/more than the 1024 KB a script file can be/);
		if (!rootIgnoresModes) expect(byFile['locked.yaml']).toMatch(/cannot be read \(permission denied/);

		// The CLI warns and goes on: one bad file never stops a command.
		const listed = await runCli(['scripts', '--questions', dir, '--json']);
		expect(listed.code, listed.stderr).toBe(0);
		expect(listed.stderr).toMatch(/warning: .*dangling\.yaml/);
		expect(json<{scripts: Array<{id: string}>}>(listed).scripts.map(s => s.id)).toContain('mine');
		await chmod(path.join(dir, 'locked.yaml'), 0o600);
	});

	it('--validate flags an id that a built-in script already uses', async () => {
		const dir = await scratchDir();
		const builtIn = (await loadScripts()).scripts[0]!;
		await writeFile(path.join(dir, 'copy.yaml'), (await import('yaml')).stringify(builtIn));
		const result = await runCli(['scripts', '--validate', dir]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(new RegExp(`copy\\.yaml: id: script id "${builtIn.id}" is already used by the built-in script`));
	});
});
