// Settings under concurrent writers, dead lock holders and hostile values, with real files.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {maskUrl, openSettings, SettingError, shownSetting} from '../../source/storage/settings.js';
import type {SettingKey} from '../../source/storage/settings-types.js';
import {tempDir} from '../storage/temp.js';

const ROUNDS = 50;
/** Node has Atomics.waitAsync; the TypeScript lib this project targets does not declare it yet. */
const waitAsync = (Atomics as unknown as {waitAsync(array: Int32Array, index: number, value: number): {value: Promise<string> | string}}).waitAsync;
const FOCUSES = ['product-sense', 'evaluation', 'technical', 'experience', 'ethics', 'prioritization'];
const ENGINES = ['auto', 'offline', 'llm'];

function valuesFor(key: SettingKey): string[] {
	return Array.from({length: ROUNDS}, (_, round) => {
		switch (key) {
			case 'model':
				return `model-${round}`;
			case 'baseUrl':
				return `http://host-${round}.test/v1`;
			case 'engine':
				return ENGINES[round % ENGINES.length]!;
			default:
				return FOCUSES[(round + (key === 'lastFocus' ? 1 : 0)) % FOCUSES.length]!;
		}
	});
}

describe('settings written by several processes at once', () => {
	it(`5 writers of different keys keep all 5 values, in each of ${ROUNDS} rounds`, {timeout: 60_000}, async () => {
		const dataDir = await tempDir();
		const keys: SettingKey[] = ['defaultFocus', 'engine', 'model', 'baseUrl', 'lastFocus'];
		const signal = new SharedArrayBuffer(8);
		const state = new Int32Array(signal);
		const problems: string[] = [];
		const workers = keys.map(key => {
			const worker = new Worker(new URL('settings-writer.ts', import.meta.url), {workerData: {dataDir, key, values: valuesFor(key), signal}, execArgv: ['--import', 'tsx']});
			worker.on('message', (message: string) => problems.push(message));
			return worker;
		});
		const exited = workers.map(worker => new Promise(resolve => worker.once('exit', resolve)));
		const lost: string[] = [];
		try {
			for (let round = 0; round < ROUNDS; round++) {
				Atomics.store(state, 0, round + 1);
				Atomics.notify(state, 0);
				const done = (round + 1) * keys.length;
				while (Atomics.load(state, 1) < done) await waitAsync(state, 1, Atomics.load(state, 1)).value;
				const stored = JSON.parse(readFileSync(path.join(dataDir, 'config.json'), 'utf8')) as Record<string, string>;
				for (const key of keys) if (stored[key] !== valuesFor(key)[round]) lost.push(`round ${round}: ${key} is ${stored[key]}`);
			}
		} finally {
			await Promise.all(exited);
		}
		expect(problems).toEqual([]);
		expect(lost).toEqual([]);
		// No lock or temp file is left behind.
		expect(readdirSync(dataDir).sort()).toEqual(['config.json']);
	});

	it('takes over a lock left by a process that died', async () => {
		const dataDir = await tempDir();
		const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {encoding: 'utf8'});
		writeFileSync(path.join(dataDir, 'config.json.lock'), dead.stdout.trim());
		openSettings({dataDir, env: {}}).set('model', 'after-a-crash');
		expect(openSettings({dataDir, env: {}}).get().model).toBe('after-a-crash');
		expect(readdirSync(dataDir).sort()).toEqual(['config.json']);
	});

	it('removes temp files a crashed write left, once their writer is gone', async () => {
		const dataDir = await tempDir();
		const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {encoding: 'utf8'});
		const leftover = `.config.json.${dead.stdout.trim()}.0badf00d.tmp`;
		writeFileSync(path.join(dataDir, leftover), '{"model": "half');
		const mine = `.config.json.${process.pid}.0123abcd.tmp`;
		writeFileSync(path.join(dataDir, mine), '{}');
		openSettings({dataDir, env: {}});
		expect(readdirSync(dataDir)).toEqual([mine]);
	});
});

describe('hostile setting values', () => {
	it.each([
		['model', 'gpt\u001B]0;pwned\u0007'],
		['model', 'gpt\u0000x'],
		['apiKey', 'sk-\u001B[2Jabcdefgh'],
		['baseUrl', 'http://host.test/\u009B31m'],
		['model', 'gpt\u202Eevil'],
	] as const)('%s with a control character is refused', async (key, value) => {
		const dataDir = await tempDir();
		const settings = openSettings({dataDir, env: {}});
		expect(() => settings.set(key, value)).toThrow(SettingError);
		expect(() => settings.set(key, value)).toThrow(/control characters/);
		expect(settings.get()).toEqual({});
	});

	it('a value with control characters put in the file by hand is ignored, with a notice', async () => {
		const dataDir = await tempDir();
		writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({model: 'x\u001B]52;c;AAAA\u0007', engine: 'offline'}));
		const settings = openSettings({dataDir, env: {}});
		expect(settings.get()).toEqual({engine: 'offline'});
		expect(settings.notice).toMatch(/Ignored invalid model/);
	});

	it('credentials in a URL are masked like keys', () => {
		expect(maskUrl('http://user:secret@host.test:8080/v1')).toBe('http://…:…@host.test:8080/v1');
		expect(shownSetting('baseUrl', 'https://token@host.test/v1')).not.toContain('token');
		expect(shownSetting('baseUrl', 'https://host.test/v1')).toBe('https://host.test/v1');
		expect(shownSetting('apiKey', 'sk-abcdefghijklmnop')).toBe('sk-…mnop');
	});
});
