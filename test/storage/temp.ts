import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

const made: string[] = [];

/** A fresh folder removed after each test. */
export async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ai-pm-sim-test-'));
	made.push(dir);
	return dir;
}

afterEach(async () => {
	for (const dir of made.splice(0)) {
		await rm(dir, {recursive: true, force: true});
	}
});
