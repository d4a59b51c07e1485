import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createServices} from '../../source/ui/create-services.js';

let dir: string | undefined;
afterEach(async () => {
	if (dir) await rm(dir, {recursive: true, force: true});
});

describe('createServices', () => {
	it('chooses the interviewer anew for each interview, so a key saved in Settings applies to the next one', async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'ai-pm-sim-services-'));
		const services = createServices({env: {}, dataDir: dir, extraDirs: [], engineOptions: {}, setRawMode: () => {}});
		const first = await services.engine();
		expect(first.engine.kind).toBe('offline');
		(await services.settings()).set('apiKey', 'sk-test-key-123456');
		const second = await services.engine();
		expect(second.engine.kind).toBe('llm');
		expect(second.engine).not.toBe(first.engine);
	});
});
