import {act, useState} from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {KeypressProvider, PRIORITY, useHoldKeys, useKeypress, type Key} from '../../source/ui/keys/index.js';
import {parseKeySequence, splitChunk} from '../../source/ui/keys/parse.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

type Seen = {input: string; key: Key};

function Recorder({seen, isActive = true}: {seen: Seen[]; isActive?: boolean}) {
	const [count, setCount] = useState(0);
	useKeypress(
		(input, key) => {
			seen.push({input, key});
			setCount(c => c + 1);
		},
		{isActive, text: true},
	);
	return <Text>keys {count}</Text>;
}

let cleanup: (() => void) | undefined;
afterEach(() => act(() => cleanup?.()));

function setup(isActive = true) {
	const seen: Seen[] = [];
	let r!: ReturnType<typeof render>;
	act(() => {
		r = render(
			<KeypressProvider>
				<Recorder seen={seen} isActive={isActive} />
			</KeypressProvider>,
		);
	});
	cleanup = r.unmount;
	const write = (data: string) => act(() => void r.stdin.write(data));
	return {seen, write, r};
}

describe('parseKeySequence', () => {
	it('reads Enter, Ctrl+J, backspace, arrows, Home/End and Ctrl letters', () => {
		expect(parseKeySequence('\r').key.return).toBe(true);
		expect(parseKeySequence('\n')).toMatchObject({input: 'j', key: {ctrl: true, return: false}});
		expect(parseKeySequence('\u007F').key.backspace).toBe(true);
		expect(parseKeySequence('\u001B[D').key.leftArrow).toBe(true);
		expect(parseKeySequence('\u001B[1;5C').key).toMatchObject({rightArrow: true, ctrl: true});
		expect(parseKeySequence('\u001B[H').key.home).toBe(true);
		expect(parseKeySequence('\u001B[4~').key.end).toBe(true);
		expect(parseKeySequence('\u001BOF').key.end).toBe(true);
		expect(parseKeySequence('\u0015')).toMatchObject({input: 'u', key: {ctrl: true}});
		expect(parseKeySequence('\u0003')).toMatchObject({input: 'c', key: {ctrl: true}});
		expect(parseKeySequence('\u001B\r').key).toMatchObject({return: true, meta: true});
		expect(parseKeySequence('\u001B').key.escape).toBe(true);
		expect(parseKeySequence('\u001B[99;9x').input).toBe('');
	});

	it('treats a multi-character chunk as a paste with newlines kept', () => {
		const parsed = parseKeySequence('one\rtwo\r\nthree\r');
		expect(parsed.key.paste).toBe(true);
		expect(parsed.key.return).toBe(false);
		expect(parsed.input).toBe('one\ntwo\nthree\n');
	});
});

describe('splitChunk', () => {
	const summary = (data: string) => splitChunk(data).map(({input, key}) => (key.return ? '⏎' : key.backspace ? '⌫' : key.ctrl ? `^${input}` : key.downArrow ? '↓' : input));

	it('keeps control keys that arrive with typed text as keys of their own', () => {
		expect(summary('half an answer\u0003')).toEqual(['half an answer', '^c']);
		expect(summary('abc\u007F\u007F')).toEqual(['abc', '⌫', '⌫']);
		expect(summary('\u0015new text')).toEqual(['^u', 'new text']);
	});

	it('reads one line of text then a carriage return as text and Enter', () => {
		expect(summary('hello\r')).toEqual(['hello', '⏎']);
		expect(summary('\r\r')).toEqual(['⏎', '⏎']);
	});

	it('keeps every line break of multi-line text as a newline, a trailing one too', () => {
		expect(summary('one\rtwo\r')).toEqual(['one\ntwo\n']);
		expect(summary('one\r\ntwo')).toEqual(['one\ntwo']);
	});
});

describe('KeypressProvider', () => {
	it('splits keys that arrive in one chunk, so Ctrl+C after typing is not lost', async () => {
		const {seen, write} = setup();
		await write('I would start by\u0003');
		expect(seen.map(s => s.input)).toEqual(['I would start by', 'c']);
		expect(seen[1]!.key.ctrl).toBe(true);
	});

	it('delivers single keys to active handlers', async () => {
		const {seen, write} = setup();
		await write('a');
		await write('\r');
		expect(seen.map(s => s.input)).toEqual(['a', '']);
		expect(seen[1]!.key.return).toBe(true);
	});

	it('delivers nothing to inactive handlers', async () => {
		const {seen, write} = setup(false);
		await write('a');
		expect(seen).toEqual([]);
	});

	it('collects a bracketed paste across chunks without leaking escape codes', async () => {
		const {seen, write} = setup();
		await write('\u001B[200~first line\r');
		await write('second');
		await write(' line\u001B[201~');
		expect(seen).toHaveLength(1);
		expect(seen[0]!.input).toBe('first line\nsecond line');
		expect(seen[0]!.key.paste).toBe(true);
		expect(seen[0]!.key.return).toBe(false);
	});

	it('reads Shift+Enter in its CSI-u and xterm forms as Enter with Shift', async () => {
		const {seen, write} = setup();
		await write('\u001B[13;2u');
		await write('\u001B[27;2;13~');
		expect(seen).toHaveLength(2);
		for (const {input, key} of seen) expect({input, return: key.return, shift: key.shift}).toEqual({input: '', return: true, shift: true});
	});

	it('gives a key to the highest priority first, and a handler that consumes it stops it there', async () => {
		const order: string[] = [];
		function Layer({name, priority, consume}: {name: string; priority: number; consume: boolean}) {
			useKeypress(
				input => {
					order.push(`${name}:${input}`);
					return consume && input === 'y';
				},
				{isActive: true, priority},
			);
			return null;
		}
		let r!: ReturnType<typeof render>;
		act(() => {
			r = render(
				<KeypressProvider>
					<Layer name="screen" priority={PRIORITY.screen} consume={false} />
					<Layer name="modal" priority={PRIORITY.modal} consume />
				</KeypressProvider>,
			);
		});
		cleanup = r.unmount;
		await act(() => void r.stdin.write('yn'));
		expect(order).toEqual(['modal:y', 'modal:n', 'screen:n']);
	});

	it('holds keys while a screen loads and hands them to the screen that comes next', async () => {
		const seen: string[] = [];
		let show!: (ready: boolean) => void;
		function Loader() {
			const [ready, setReady] = useState(false);
			show = setReady;
			useHoldKeys(!ready);
			return ready ? <Target /> : null;
		}
		function Target() {
			useKeypress(
				input => {
					seen.push(input);
				},
				{isActive: true, text: true},
			);
			return null;
		}
		let r!: ReturnType<typeof render>;
		act(() => {
			r = render(
				<KeypressProvider>
					<Loader />
				</KeypressProvider>,
			);
		});
		cleanup = r.unmount;
		await act(() => void r.stdin.write('typed early'));
		expect(seen).toEqual([]);
		await act(() => show(true));
		expect(seen).toEqual(['typed early']);
	});
});
