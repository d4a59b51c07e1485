import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import handler, {NEEDS_TTY_MESSAGE} from '../../source/cli/app.js';
import {UsageError, type CommandIo} from '../../source/cli/io.js';

function io(tty: {stdin: boolean; stdout: boolean}) {
	const stdout = Object.assign(new PassThrough(), {isTTY: tty.stdout});
	const stderr = new PassThrough();
	let err = '';
	stderr.on('data', d => (err += String(d)));
	const value: CommandIo = {stdin: Object.assign(new PassThrough(), {isTTY: tty.stdin}), stdout, stderr, env: {}, cwd: process.cwd()};
	return {value, err: () => err};
}

describe('ai-pm-sim (interactive) without a terminal', () => {
	for (const tty of [
		{stdin: false, stdout: true},
		{stdin: true, stdout: false},
	]) {
		it(`says it needs a terminal and exits 2 (stdin tty ${tty.stdin}, stdout tty ${tty.stdout})`, async () => {
			const {value, err} = io(tty);
			expect(await handler({args: [], flags: {save: true}, io: value})).toBe(2);
			expect(err()).toBe(`${NEEDS_TTY_MESSAGE}\n`);
			expect(err()).toContain('ai-pm-sim run');
			expect(err()).toContain('ai-pm-sim analyze');
		});
	}

	it('rejects an unknown focus with a one-line usage error', async () => {
		const {value} = io({stdin: true, stdout: true});
		await expect(handler({args: [], flags: {save: true, focus: 'nope'}, io: value})).rejects.toBeInstanceOf(UsageError);
	});
});
