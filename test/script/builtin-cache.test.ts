import {mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cachedBuiltInScripts, contentHash, PARSED_CACHE_FILE} from '../../source/core/script/builtin.js';
import {parseScript} from '../../source/core/script/load.js';
import {ROOT} from '../support/cli.js';

const roots: string[] = [];
afterEach(async () => {
	for (const root of roots.splice(0)) await rm(root, {recursive: true, force: true});
});

/** A package root with two built-in question files and the cache a build would leave for them. */
async function installed(): Promise<{root: string; file: string}> {
	const root = await mkdtemp(path.join(tmpdir(), 'ai-pm-sim-builtin-'));
	roots.push(root);
	await mkdir(path.join(root, 'questions'));
	await mkdir(path.join(root, 'dist'));
	const cache: Record<string, unknown> = {};
	for (const name of ['evaluation.yaml', 'ethics.yaml']) {
		const text = await readFile(path.join(ROOT, 'questions', name), 'utf8');
		await writeFile(path.join(root, 'questions', name), text);
		cache[name] = {sha256: contentHash(text), script: parseScript(text, name).script};
	}
	await writeFile(path.join(root, PARSED_CACHE_FILE), JSON.stringify(cache));
	return {root, file: path.join(root, 'questions', 'evaluation.yaml')};
}

describe('built-in scripts cache', () => {
	it('is used while every file has the content the build saw, whatever the file times say', async () => {
		const {root, file} = await installed();
		// An installed package resets file times: the cache must not care.
		await utimes(file, new Date('1985-10-26T00:00:00Z'), new Date('1985-10-26T00:00:00Z'));
		const scripts = await cachedBuiltInScripts(root);
		expect(scripts?.map(s => s.focus).sort()).toEqual(['ethics', 'evaluation']);
	});

	it('is refused when a file changed, even with its old size and times put back', async () => {
		const {root, file} = await installed();
		const before = await stat(file);
		const text = await readFile(file, 'utf8');
		// Same length, one character different.
		await writeFile(file, text.replace(/evaluate/, 'evaluatE'));
		await utimes(file, before.atime, before.mtime);
		expect((await stat(file)).size).toBe(before.size);
		expect(await cachedBuiltInScripts(root)).toBeNull();
	});

	it('is refused when a question file was added that the build did not see', async () => {
		const {root} = await installed();
		await writeFile(path.join(root, 'questions', 'extra.yaml'), 'id: extra\n');
		expect(await cachedBuiltInScripts(root)).toBeNull();
	});
});
