import {describe, expect, it} from 'vitest';
import {main} from '../../source/cli/main.js';
import {parseCommandLine} from '../../source/cli/parse-args.js';
import {fakeIo} from '../history/fake-io.js';

describe('parseCommandLine (meow)', () => {
	it('reads long, short and `=` forms, --no- for booleans, and stops at --', () => {
		const parsed = parseCommandLine(['run', '-f=evaluation', '--answers', 'a.txt', '--seed=7', '--no-save', '--', '--json']);
		expect(parsed.flags).toEqual({focus: 'evaluation', answers: 'a.txt', seed: 7, save: false});
		expect(parsed.input).toEqual(['run', '--json']);
		expect(parsed.typed.map(t => t.typed)).toEqual(['-f', '--answers', '--seed', '--no-save']);
	});

	it('keeps save on unless --no-save is typed, and absent booleans absent', () => {
		expect(parseCommandLine(['--focus', 'ethics']).flags).toEqual({focus: 'ethics', save: true});
	});

	it('names every flag as typed, unknown ones and short groups included', () => {
		const {typed} = parseCommandLine(['-yx', '--answers-fil', 'x.txt', '--no-focus', '--seed', '-3']);
		expect(typed).toEqual([
			{flag: 'yes', typed: '-y'},
			{flag: null, typed: '-x'},
			{flag: null, typed: '--answers-fil'},
			// Only booleans have a --no- form.
			{flag: null, typed: '--no-focus'},
			{flag: 'seed', typed: '--seed'},
		]);
	});

	it('reads a value attached to a one-letter flag as getopt does, even after other letters', () => {
		expect(parseCommandLine(['-fevaluation']).flags.focus).toBe('evaluation');
		const grouped = parseCommandLine(['run', '-yfethics', '-oout.md']);
		expect(grouped.flags).toMatchObject({yes: true, focus: 'ethics', out: 'out.md'});
		expect(grouped.typed.map(t => t.typed)).toEqual(['-y', '-f', '-o']);
		// After `--` nothing is a flag; `-f=x` keeps meow's reading.
		expect(parseCommandLine(['-f=ethics', '--', '-fx']).flags.focus).toBe('ethics');
	});

	it('never keeps a value of the wrong type: `--no-focus` leaves focus unset', () => {
		expect(parseCommandLine(['--no-focus']).flags.focus).toBeUndefined();
	});
});

describe('command-line mistakes exit 2 with one line', () => {
	it('a number flag without its number is named by the command', async () => {
		const io = fakeIo();
		expect(await main(['run', '--focus', 'ethics', '--answers', 'a.txt', '--count'], io)).toBe(2);
		expect(io.stderr.text).toBe('ai-pm-sim: --count takes a whole number from 1 to 12, e.g. --count 6.\n');
	});

	it('a flag given twice is refused', async () => {
		const io = fakeIo();
		expect(await main(['--focus', 'ethics', '--focus', 'evaluation'], io)).toBe(2);
		expect(io.stderr.text).toContain('--focus');
		expect(io.stderr.text.trim().split('\n')).toHaveLength(1);
	});
});
