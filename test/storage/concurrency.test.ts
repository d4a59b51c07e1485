import {spawn} from 'node:child_process';
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {decodeIndex} from '../../source/storage/session-index.js';
import {openSessionStore} from '../../source/storage/sessions.js';
import {tempDir} from './temp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'save-many.ts');

function run(dataDir: string, prefix: string, count: number): Promise<{code: number | null; stderr: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, prefix, String(count)], {stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', code => resolve({code, stderr}));
	});
}

describe('two processes saving at the same time', () => {
	it('keeps every session, and the index agrees with the files after a rebuild', async () => {
		const dataDir = await tempDir();
		const count = 60;
		const results = await Promise.all([run(dataDir, 'a', count), run(dataDir, 'b', count), run(dataDir, 'c', count)]);
		for (const result of results) {
			expect(result.stderr).toBe('');
			expect(result.code).toBe(0);
		}
		const store = openSessionStore({dataDir, env: {}});
		const listed = await store.list();
		expect(listed.warnings).toEqual([]);
		expect(listed.sessions).toHaveLength(count * 3);
		const index = decodeIndex(await readFile(path.join(dataDir, 'sessions-index.json'), 'utf8'));
		expect(index?.entries.size).toBe(count * 3);
		expect([...index!.entries.values()].every(entry => entry.summary)).toBe(true);

		await rm(path.join(dataDir, 'sessions-index.json'));
		const rebuilt = await store.list();
		expect(rebuilt).toEqual(listed);
		for (const prefix of ['a', 'b', 'c']) {
			expect((await store.load(`${prefix}-${count - 1}`)).id).toBe(`${prefix}-${count - 1}`);
		}
	}, 60_000);
});
