import type {Key} from './parse.js';

/**
 * Every key the app reacts to, in one table: the handlers ask it whether a key means an action,
 * the key hints and the /help panel take their words from it, and a test holds the README's key
 * table to it. `keys` is how the key is written for people, `does` what it does there.
 */
export type Binding = {
	keys: string;
	does: string;
	/** The short form for the hint line at the bottom of a screen. */
	hint: {keys: string; does: string};
	/** Left out of the hint line first when it is too narrow. */
	optional?: boolean;
	match(input: string, key: Key): boolean;
};

const plainKey = (key: Key) => !key.ctrl && !key.meta;
const ctrl = (letter: string) => (input: string, key: Key) => key.ctrl && !key.meta && input === letter;

/** While answering a question (the answer editor and the interview screen). */
export const ANSWERING = {
	submit: {
		keys: 'Enter',
		does: 'submit the answer',
		hint: {keys: 'Enter', does: 'send'},
		match: (_input, key) => key.return && !key.meta && !key.shift && !key.paste,
	},
	newLine: {
		keys: 'Ctrl+J (or Alt+Enter, Shift+Enter)',
		does: 'new line',
		hint: {keys: 'Ctrl+J', does: 'new line'},
		match: (input, key) => (key.return && (key.meta || key.shift)) || (key.ctrl && input === 'j'),
	},
	externalEditor: {
		keys: 'Ctrl+E',
		does: 'edit the answer in `$VISUAL` / `$EDITOR`',
		hint: {keys: 'Ctrl+E', does: '$EDITOR'},
		optional: true,
		match: ctrl('e'),
	},
	edit: {
		keys: '←/→, ↑/↓, Home/End, Backspace',
		does: 'move and edit',
		hint: {keys: '←→ Home End', does: 'move'},
		match: (_input, key) => key.leftArrow || key.rightArrow || key.upArrow || key.downArrow || key.home || key.end || key.backspace || key.delete,
	},
	clear: {
		keys: 'Ctrl+U',
		does: 'clear the answer',
		hint: {keys: 'Ctrl+U', does: 'clear'},
		match: ctrl('u'),
	},
	cancel: {
		keys: 'Esc',
		does: 'cancel pending work (analysis or a streaming follow-up); your text is never discarded',
		hint: {keys: 'Esc', does: 'stop the interviewer while it thinks'},
		match: (_input, key) => key.escape,
	},
	quit: {
		keys: 'Ctrl+C',
		does: 'asks once; the second press quits and saves the session with what you typed',
		hint: {keys: 'Ctrl+C', does: 'quit'},
		match: ctrl('c'),
	},
} satisfies Record<string, Binding>;

/** On menus and lists (home, focus, settings, history). */
export const MENUS = {
	move: {
		keys: '↑/↓',
		does: 'move',
		hint: {keys: '↑↓', does: 'move'},
		match: (_input, key) => key.upArrow || key.downArrow || (key.tab && !key.shift),
	},
	choose: {
		keys: 'Enter',
		does: 'choose',
		hint: {keys: 'Enter', does: 'choose'},
		match: (_input, key) => key.return && !key.paste,
	},
	back: {
		keys: 'Esc or q',
		does: 'back',
		hint: {keys: 'Esc/q', does: 'back'},
		match: (input, key) => key.escape || (input === 'q' && plainKey(key)),
	},
	quit: ANSWERING.quit,
} satisfies Record<string, Binding>;

export type AnsweringAction = keyof typeof ANSWERING;

/** The action of the answering table that `key` means, if any (the first match wins). */
export function answeringAction(input: string, key: Key): AnsweringAction | null {
	for (const [id, binding] of Object.entries(ANSWERING) as Array<[AnsweringAction, Binding]>) {
		if (binding.match(input, key)) return id;
	}
	return null;
}

/** The README's table for a group of bindings, row by row as Markdown. */
export function markdownTable(bindings: Record<string, Binding>): string[] {
	return ['| key | does |', '| --- | --- |', ...Object.values(bindings).map(b => `| ${b.keys} | ${b.does} |`)];
}

/** The /help panel's items for a group, "Enter: submit the answer", one per binding. */
export function helpItems(bindings: Record<string, Binding>): string[] {
	return Object.values(bindings).map(b => `${b.keys}: ${b.does}`.replace(/`/g, ''));
}
