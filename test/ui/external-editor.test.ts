import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {editInExternalEditor} from '../../source/ui/external-editor.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ai-pm-sim-editor-test-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function script(name: string, body: string): string {
	const file = path.join(dir, name);
	writeFileSync(file, `#!/bin/sh\n${body}\n`);
	chmodSync(file, 0o755);
	return file;
}

describe('editInExternalEditor', () => {
	it('runs $VISUAL over $EDITOR on a temp file, with raw mode off meanwhile, and returns the new text', async () => {
		const raw: boolean[] = [];
		let after = 0;
		const visual = script('visual.sh', `printf ' and more\\n' >> "$1"`);
		const result = await editInExternalEditor('draft', {env: {VISUAL: visual, EDITOR: 'false'}, setRawMode: v => raw.push(v), afterwards: () => after++});
		expect(result).toBe('draft and more');
		expect(raw).toEqual([false, true]);
		expect(after).toBe(1);
	});

	it('keeps the answer when the editor fails or changes nothing', async () => {
		expect(await editInExternalEditor('draft', {env: {EDITOR: script('fail.sh', 'exit 3')}, setRawMode: () => {}})).toBeNull();
		expect(await editInExternalEditor('draft', {env: {EDITOR: script('same.sh', 'true')}, setRawMode: () => {}})).toBeNull();
	});
});
