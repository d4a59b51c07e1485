import {readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {CommandHandler} from '../../source/cli/commands/types.js';
import type {Flags} from '../../source/cli/flags.js';
import {UsageError} from '../../source/cli/io.js';
import {main} from '../../source/cli/main.js';
import {openSessionStore} from '../../source/storage/sessions.js';
import {makeRecord} from '../storage/fixtures.js';
import {tempDir} from '../storage/temp.js';
import {fakeIo, type FakeIo} from './fake-io.js';

const history = (await import('../../source/cli/commands/history.js')).default;
const replay = (await import('../../source/cli/commands/replay.js')).default;
const config = (await import('../../source/cli/commands/config.js')).default;

async function call(handler: CommandHandler, args: string[], flags: Partial<Flags>, io: FakeIo = fakeIo()): Promise<{code: number; io: FakeIo}> {
	const code = await handler({args, flags: {save: true, ...flags}, io});
	return {code, io};
}

async function seeded(): Promise<string> {
	const dataDir = await tempDir();
	const store = openSessionStore({dataDir, env: {}});
	const scores = [40, 48, 55, 62, 71];
	for (const [i, overall] of scores.entries()) {
		await store.save(makeRecord({id: `20250${i + 1}01-100000-aa${i}`, startedAt: `2025-0${i + 1}-01T10:00:00Z`, overall, focus: i === 2 ? 'ethics' : 'evaluation'}));
	}
	await store.save(makeRecord({id: '20250601-100000-bbb', startedAt: '2025-06-01T10:00:00Z', complete: false}));
	return dataDir;
}

describe('history command', () => {
	it('prints a table and trend sparklines within 80 columns, newest first', async () => {
		const dataDir = await seeded();
		const {code, io} = await call(history, [], {dataDir});
		expect(code).toBe(0);
		const lines = io.stdout.text.trimEnd().split('\n');
		for (const line of lines) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}
		expect(lines[0]).toMatch(/^Date\s+Focus\s+Engine\s+Score\s+Time\s+Status\s+Id$/);
		expect(lines[1]).toMatch(/partial\s+20250601-100000-bbb$/);
		expect(lines[2]).toMatch(/evaluation\s+offline\s+71\s+6:00\s+complete/);
		expect(io.stdout.text).toMatch(/ {2}Overall {17}▄▄▅▅▆ {2}40 → 71 \(\+31\)\n/);
		expect(io.stdout.text).toMatch(/Evaluation framework/);
		expect(io.stdout.text).toMatch(/Safety and ethics depth {1,3}····· {2}not measured yet/);
		expect(io.stderr.text).toBe('');
	});

	it('fits narrower terminals by shortening ids to a unique start', async () => {
		const dataDir = await seeded();
		const {io} = await call(history, [], {dataDir}, fakeIo({columns: 70}));
		for (const line of io.stdout.text.trimEnd().split('\n')) {
			expect([...line].length).toBeLessThanOrEqual(70);
		}
	});

	it('--json prints sessions and the trend', async () => {
		const dataDir = await seeded();
		const {code, io} = await call(history, [], {dataDir, json: true});
		expect(code).toBe(0);
		const output = JSON.parse(io.stdout.text);
		expect(output.sessions).toHaveLength(6);
		expect(output.sessions[0]).toMatchObject({id: '20250601-100000-bbb', complete: false, overall: null});
		expect(output.trend.overall).toMatchObject({values: [40, 48, 55, 62, 71], first: 40, last: 71, change: 31, best: 71});
		expect(output.trend.dimensions['no-eval-framework'].values).toHaveLength(5);
	});

	it('--focus filters, and rejects unknown focus ids', async () => {
		const dataDir = await seeded();
		const {io} = await call(history, [], {dataDir, json: true, focus: 'ethics'});
		expect(JSON.parse(io.stdout.text).sessions.map((s: {id: string}) => s.id)).toEqual(['20250301-100000-aa2']);
		await expect(call(history, [], {dataDir, focus: 'astrology'})).rejects.toThrow(/unknown focus "astrology"/);
	});

	it('warns on stderr about a corrupt file and still lists the others', async () => {
		const dataDir = await seeded();
		await writeFile(path.join(dataDir, 'sessions', 'broken.json'), '{"schemaVersion": 1, "id": "bro');
		const {code, io} = await call(history, [], {dataDir, json: true});
		expect(code).toBe(0);
		expect(JSON.parse(io.stdout.text).sessions).toHaveLength(6);
		expect(io.stderr.text).toMatch(/^warning: damaged session broken \(.*broken\.json\): not valid JSON/);
	});

	it('says so when there are no sessions', async () => {
		const dataDir = await tempDir();
		const {code, io} = await call(history, [], {dataDir});
		expect(code).toBe(0);
		expect(io.stdout.text).toMatch(/No sessions yet/);
		expect(JSON.parse((await call(history, [], {dataDir, json: true})).io.stdout.text)).toMatchObject({sessions: [], trend: {sessionIds: []}});
	});

	it('--delete removes one session by a unique start of its id', async () => {
		const dataDir = await seeded();
		const {code, io} = await call(history, [], {dataDir, delete: '20250601'});
		expect(code).toBe(0);
		expect(io.stdout.text).toBe('Deleted session 20250601-100000-bbb.\n');
		await expect(call(history, [], {dataDir, delete: 'nope'})).rejects.toThrow(UsageError);
		expect((await openSessionStore({dataDir, env: {}}).list()).sessions).toHaveLength(5);
	});

	it('--clear needs --yes when not on a terminal', async () => {
		const dataDir = await seeded();
		await expect(call(history, [], {dataDir, clear: true})).rejects.toThrow(/without confirmation; add --yes/);
		const {code, io} = await call(history, [], {dataDir, clear: true, yes: true});
		expect(code).toBe(0);
		expect(io.stdout.text).toBe('Deleted 6 sessions.\n');
	});

	it('--clear asks on a terminal: N keeps everything, y deletes', async () => {
		const dataDir = await seeded();
		const no = await call(history, [], {dataDir, clear: true}, fakeIo({tty: true, input: '\n'}));
		expect(no.code).toBe(1);
		expect(no.io.stderr.text).toMatch(/Delete all 6 sessions in .*\? \[y\/N\]/);
		expect((await openSessionStore({dataDir, env: {}}).list()).sessions).toHaveLength(6);
		const yes = await call(history, [], {dataDir, clear: true}, fakeIo({tty: true, input: 'y\n'}));
		expect(yes.code).toBe(0);
		expect((await openSessionStore({dataDir, env: {}}).list()).sessions).toHaveLength(0);
	});

	it('honours AI_PM_SIM_DATA_DIR and a relative --data-dir', async () => {
		const dataDir = await seeded();
		const viaEnv = await call(history, [], {json: true}, fakeIo({env: {AI_PM_SIM_DATA_DIR: dataDir}}));
		expect(JSON.parse(viaEnv.io.stdout.text).sessions).toHaveLength(6);
		const viaRelative = await call(history, [], {json: true, dataDir: path.basename(dataDir)}, fakeIo({cwd: path.dirname(dataDir)}));
		expect(JSON.parse(viaRelative.io.stdout.text).sessions).toHaveLength(6);
	});

	it('runs through main with its flags', async () => {
		const dataDir = await seeded();
		const io = fakeIo();
		expect(await main(['history', '--json', '--focus', 'ethics', '--data-dir', dataDir], io)).toBe(0);
		expect(JSON.parse(io.stdout.text).sessions).toHaveLength(1);
		const bad = fakeIo();
		expect(await main(['history', '--markdown', '--data-dir', dataDir], bad)).toBe(2);
	});
});

describe('replay command', () => {
	it('prints turns with why a follow-up was asked, evidence, scores, then the recap', async () => {
		const dataDir = await seeded();
		const {code, io} = await call(replay, ['20250501'], {dataDir});
		expect(code).toBe(0);
		const text = io.stdout.text;
		const flat = text.replace(/\s+/g, ' ');
		expect(text).toMatch(/Turn 2 of 3 · follow-up/);
		expect(flat).toMatch(/Why: Follow-up probing Evaluation framework \(no-eval-framework\), because the previous answer said: "We would track NPS and daily active users"/);
		expect(text).toMatch(/✗ Evaluation framework \(no-eval-framework\), confidence 0\.80/);
		expect(text).toMatch(/Score 50\/100/);
		expect(text).toMatch(/Overall 71\/100/);
		expect(text).toMatch(/Top actions:\n {2}1\. Build an evaluation framework/);
		for (const line of text.split('\n')) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}
	});

	it('latest, --json and a clear error for unknown ids', async () => {
		const dataDir = await seeded();
		const {io} = await call(replay, ['latest'], {dataDir, json: true});
		expect(JSON.parse(io.stdout.text)).toEqual(await openSessionStore({dataDir, env: {}}).load('20250601-100000-bbb'));
		await expect(call(replay, ['zzz'], {dataDir})).rejects.toThrow(/no session with id or prefix "zzz"/);
		await expect(call(replay, [], {dataDir})).rejects.toThrow(/needs a session id/);
		await expect(call(replay, ['latest'], {dataDir, json: true, markdown: true})).rejects.toThrow(/either/);
	});

	it('an incomplete session replays without a recap and says how to finish it', async () => {
		const dataDir = await seeded();
		const {io} = await call(replay, ['latest'], {dataDir});
		expect(io.stdout.text).toMatch(/No recap: this session stopped after 3 turns \(interrupted\)/);
	});

	it('--markdown --out writes a shareable report', async () => {
		const dataDir = await seeded();
		const out = path.join(dataDir, 'report.md');
		const {code, io} = await call(replay, ['20250501'], {dataDir, markdown: true, out});
		expect(code).toBe(0);
		expect(io.stdout.text).toBe('');
		expect(io.stderr.text).toContain(out);
		const md = await readFile(out, 'utf8');
		expect(md).toMatch(/^# AI PM mock interview: Evaluation\n/);
		expect(md).toMatch(/## Overall: 71\/100/);
		expect(md).toMatch(/\| Evaluation framework \| `█+░*` \d+ \|/);
		expect(md).toMatch(/### 2\. Follow-up/);
		expect(md).toMatch(/> For the smart-reply feature/);
		expect(md).toMatch(/- Evaluation framework \(`no-eval-framework`, confidence 0\.80\): "We would track NPS and daily active users"/);
	});
});

describe('config command', () => {
	it('set, get, list, unset and path, with values validated', async () => {
		const dataDir = await tempDir();
		expect((await call(config, ['set', 'defaultFocus', 'evaluation'], {dataDir})).io.stdout.text).toBe('defaultFocus = evaluation\n');
		expect((await call(config, ['get', 'defaultFocus'], {dataDir})).io.stdout.text).toBe('evaluation\n');
		await expect(call(config, ['set', 'defaultFocus', 'astrology'], {dataDir})).rejects.toThrow(/defaultFocus must be one of/);
		await expect(call(config, ['set', 'engine', 'turbo'], {dataDir})).rejects.toThrow(/auto, offline, llm/);
		await expect(call(config, ['set', 'baseUrl', 'localhost'], {dataDir})).rejects.toThrow(/URL/);
		await expect(call(config, ['set', 'colour', 'red'], {dataDir})).rejects.toThrow(/unknown setting "colour"/);
		await call(config, ['set', 'baseUrl', 'http://localhost:11434/v1'], {dataDir});
		const list = (await call(config, [], {dataDir})).io.stdout.text;
		expect(list).toMatch(/^defaultFocus\s+evaluation$/m);
		expect(list).toMatch(/^engine\s+\(not set\)$/m);
		expect(list).toMatch(/^baseUrl\s+http:\/\/localhost:11434\/v1$/m);
		expect((await call(config, ['unset', 'defaultFocus'], {dataDir})).code).toBe(0);
		const missing = await call(config, ['get', 'defaultFocus'], {dataDir});
		expect(missing.code).toBe(1);
		expect(missing.io.stderr.text).toMatch(/not set/);
		expect((await call(config, ['path'], {dataDir})).io.stdout.text).toBe(`${path.join(dataDir, 'config.json')}\n`);
		expect((await stat(path.join(dataDir, 'config.json'))).mode & 0o777).toBe(0o600);
	});

	it('never prints the API key in full', async () => {
		const dataDir = await tempDir();
		const key = 'sk-proj-SECRETSECRETSECRET9876';
		const outputs = [
			(await call(config, ['set', 'apiKey', key], {dataDir})).io,
			(await call(config, ['get', 'apiKey'], {dataDir})).io,
			(await call(config, ['list'], {dataDir})).io,
			(await call(config, ['list'], {dataDir, json: true})).io,
		];
		for (const io of outputs) {
			expect(io.stdout.text + io.stderr.text).not.toContain('SECRET');
			expect(io.stdout.text).toContain('sk-…9876');
		}
		expect(JSON.parse(await readFile(path.join(dataDir, 'config.json'), 'utf8')).apiKey).toBe(key);
	});

	it('reads the API key from stdin with "-"', async () => {
		const dataDir = await tempDir();
		await call(config, ['set', 'apiKey', '-'], {dataDir}, fakeIo({input: 'sk-from-stdin-0000abcd\n'}));
		expect(JSON.parse(await readFile(path.join(dataDir, 'config.json'), 'utf8')).apiKey).toBe('sk-from-stdin-0000abcd');
	});

	it('reports a corrupt config moved aside on stderr and carries on with defaults', async () => {
		const dataDir = await tempDir();
		await writeFile(path.join(dataDir, 'config.json'), 'not json at all');
		const {code, io} = await call(config, ['list'], {dataDir});
		expect(code).toBe(0);
		expect(io.stderr.text).toMatch(/warning: .*moved to .*config\.json\.corrupt-/);
		expect(io.stdout.text).toMatch(/defaultFocus\s+\(not set\)/);
	});

	it('rejects unknown actions and extra arguments', async () => {
		const dataDir = await tempDir();
		await expect(call(config, ['frobnicate'], {dataDir})).rejects.toThrow(/unknown config action/);
		await expect(call(config, ['set', 'model', 'a', 'b'], {dataDir})).rejects.toThrow(/too many arguments/);
		await expect(call(config, ['get'], {dataDir})).rejects.toThrow(/needs a key/);
	});
});
