import {afterEach, describe, expect, it, vi} from 'vitest';
import {AnswerEditor} from '../../source/ui/editor/answer-editor.js';
import * as B from '../../source/ui/editor/buffer.js';
import {cleanupUi, KEYS, renderUi, waitFor} from './helpers.js';

afterEach(cleanupUi);

function setup(props: Partial<Parameters<typeof AnswerEditor>[0]> = {}) {
	const onSubmit = vi.fn<(text: string) => void>();
	let latest = '';
	const ui = renderUi(
		<AnswerEditor
			isActive
			width={60}
			onSubmit={onSubmit}
			onChange={t => {
				latest = t;
			}}
			{...props}
		/>,
	);
	return {ui, onSubmit, text: () => latest};
}

describe('AnswerEditor', () => {
	it('keeps a 20,000-character paste that arrives in several chunks', async () => {
		const {ui, onSubmit, text} = setup();
		const paste = Array.from({length: 20_000}, (_, i) => 'abcdefghij klmnopqrstuvwxyz'[i % 27]).join('');
		// Several chunks reach stdin before React gets a chance to render.
		const chunks: string[] = [];
		for (let i = 0; i < paste.length; i += 4096) chunks.push(paste.slice(i, i + 4096));
		await ui.writeAll(chunks);
		await ui.write(KEYS.enter);
		expect(text()).toHaveLength(20_000);
		expect(onSubmit).toHaveBeenCalledTimes(1);
		expect(onSubmit.mock.calls[0]![0]).toBe(paste);
	});

	it('keeps a bracketed 20,000-character paste whole and shows only the last lines', async () => {
		const {ui, onSubmit} = setup({maxLines: 5});
		const paste = 'word '.repeat(4000);
		await ui.write(KEYS.pasteStart + paste.slice(0, 7000));
		await ui.write(paste.slice(7000, 15_000));
		await ui.write(paste.slice(15_000) + KEYS.pasteEnd);
		expect(ui.frame()).toMatch(/… \d+ lines above/);
		expect(ui.frame()).not.toContain('[200~');
		expect(ui.frame().split('\n').length).toBeLessThanOrEqual(6);
		await ui.write(KEYS.enter);
		expect(onSubmit.mock.calls[0]![0]).toBe(paste);
	});

	it('keeps newlines in a paste and does not submit', async () => {
		const {ui, onSubmit, text} = setup();
		await ui.write('first line\rsecond line\r');
		expect(onSubmit).not.toHaveBeenCalled();
		expect(text()).toBe('first line\nsecond line\n');
		await ui.write(`${KEYS.pasteStart}third\r\nfourth\r${KEYS.pasteEnd}`);
		expect(onSubmit).not.toHaveBeenCalled();
		expect(text()).toBe('first line\nsecond line\nthird\nfourth\n');
		expect(ui.frame()).toContain('second line');
	});

	it('submits on Enter, ignores Enter on an empty answer', async () => {
		const {ui, onSubmit} = setup();
		await ui.write(KEYS.enter);
		expect(onSubmit).not.toHaveBeenCalled();
		await ui.type('hello');
		await ui.write(KEYS.enter);
		expect(onSubmit).toHaveBeenCalledWith('hello');
	});

	it('inserts a newline on Ctrl+J and Alt+Enter', async () => {
		const {ui, onSubmit, text} = setup();
		await ui.type('one');
		await ui.write(KEYS.ctrlJ);
		await ui.type('two');
		await ui.write(KEYS.altEnter);
		await ui.type('three');
		expect(text()).toBe('one\ntwo\nthree');
		expect(onSubmit).not.toHaveBeenCalled();
		expect(ui.frame()).toContain('one\ntwo\nthree');
	});

	it('edits with backspace, arrows, Home/End and clears with Ctrl+U', async () => {
		const {ui, text} = setup();
		await ui.type('helo');
		await ui.write(KEYS.left);
		await ui.type('l');
		expect(text()).toBe('hello');
		await ui.write(KEYS.end);
		await ui.write(KEYS.backspace);
		expect(text()).toBe('hell');
		await ui.write(KEYS.home);
		await ui.type('>');
		expect(text()).toBe('>hell');
		await ui.write(KEYS.right);
		await ui.write(KEYS.backspace);
		expect(text()).toBe('>ell');
		await ui.write(KEYS.ctrlU);
		expect(text()).toBe('');
	});

	it('opens the external editor on Ctrl+E and takes the result back', async () => {
		const onExternalEdit = vi.fn(async (t: string) => `${t} (edited)`);
		const {ui, text} = setup({onExternalEdit});
		await ui.type('draft');
		await ui.write(KEYS.ctrlE);
		await waitFor(() => expect(text()).toBe('draft (edited)'));
		expect(onExternalEdit).toHaveBeenCalledWith('draft');
	});

	it('starts from a restored draft', async () => {
		const {ui, onSubmit} = setup({initialText: 'restored answer', resetKey: 1});
		expect(ui.frame()).toContain('restored answer');
		await ui.write(KEYS.enter);
		expect(onSubmit).toHaveBeenCalledWith('restored answer');
	});
});

describe('editor buffer', () => {
	it('wraps at the width and places the cursor', () => {
		const lines = B.layout('aaa bbb ccc ddd', 8);
		expect(lines.map(l => l.text)).toEqual(['aaa bbb ', 'ccc ddd']);
		const view = B.viewport({text: 'aaa bbb ccc ddd', cursor: 9}, 8, 5);
		expect(view.cursorRow).toBe(1);
		expect(view.cursorColumn).toBe(1);
	});

	it('moves up and down between lines', () => {
		const b = {text: 'abcdef\nxy\nlonger line', cursor: 5};
		expect(B.verticalMove(b, 1).cursor).toBe(9);
		expect(B.verticalMove({...b, cursor: 15}, -1).cursor).toBe(9);
	});

	it('counts words', () => {
		expect(B.countWords('  one two\nthree ')).toBe(3);
		expect(B.countWords('   ')).toBe(0);
	});
});

describe('AnswerEditor keys and widths', () => {
	it('adds a line on Shift+Enter (CSI-u and xterm forms) like Ctrl+J, and does not send', async () => {
		const {ui, onSubmit, text} = setup();
		await ui.write('one');
		await ui.write('\u001B[13;2u');
		await ui.write('two');
		await ui.write('\u001B[27;2;13~');
		await ui.write('three');
		await ui.write(KEYS.ctrlJ);
		expect(text()).toBe('one\ntwo\nthree\n');
		expect(onSubmit).not.toHaveBeenCalled();
	});

	it('wraps CJK and emoji by the columns they take', () => {
		const lines = B.layout('日本語の答えです'.repeat(3), 10);
		for (const line of lines) expect(line.text.length).toBeLessThanOrEqual(5);
		expect(lines.map(l => l.text).join('')).toBe('日本語の答えです'.repeat(3));
		const emoji = B.layout('👍🏽👍🏽👍🏽👍🏽', 4);
		expect(emoji.map(l => l.text)).toEqual(['👍🏽👍🏽', '👍🏽👍🏽']);
	});
});
