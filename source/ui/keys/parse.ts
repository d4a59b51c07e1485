import type {Key as InkKey} from 'ink';

/**
 * Ink's Key, plus `paste` for text that arrived as a paste (bracketed, or a multi-character
 * chunk). A pasted "\r" is a newline, never Enter.
 */
export type Key = InkKey & {paste?: boolean};

export function emptyKey(): Key {
	return {
		upArrow: false,
		downArrow: false,
		leftArrow: false,
		rightArrow: false,
		pageDown: false,
		pageUp: false,
		home: false,
		end: false,
		return: false,
		escape: false,
		ctrl: false,
		shift: false,
		tab: false,
		backspace: false,
		delete: false,
		meta: false,
		super: false,
		hyper: false,
		capsLock: false,
		numLock: false,
	};
}

/**
 * `typed`: a single line of text that arrived in one chunk, as keys typed faster than they are
 * read do (or a one-line paste from a terminal that does not mark pastes). A text field takes it
 * whole; anything else gets it one key at a time.
 */
export type ParsedKey = {input: string; key: Key; typed?: boolean};

const ESC = '\u001B';

/** Pasted text as it should land in an editor: newlines as "\n", tabs kept, other control bytes dropped. */
export function normalizePaste(text: string): string {
	return (
		text
			.replace(/\r\n?/g, '\n')
			// eslint-disable-next-line no-control-regex
			.replace(/\u001B\[[0-9;?]*[ -/]*[@-~]/g, '')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
	);
}

/**
 * xterm's modifyOtherKeys form of a modified key, ESC[27;<modifier>;<code>~, in the CSI-u form
 * ESC[<code>;<modifier>u that Ink reads (Shift+Enter is ESC[27;2;13~ there and ESC[13;2u here).
 */
export function toCsiU(chunk: string): string {
	// eslint-disable-next-line no-control-regex
	return chunk.includes('\u001B[27;') ? chunk.replace(/\u001B\[27;(\d+);(\d+)~/g, '\u001B[$2;$1u') : chunk;
}

function applyModifier(key: Key, code: number): void {
	// xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4 | meta 8)
	const bits = code - 1;
	if (bits & 1) key.shift = true;
	if (bits & 2) key.meta = true;
	if (bits & 4) key.ctrl = true;
	if (bits & 8) key.meta = true;
}

const CSI_LETTERS: Record<string, keyof Key> = {
	A: 'upArrow',
	B: 'downArrow',
	C: 'rightArrow',
	D: 'leftArrow',
	H: 'home',
	F: 'end',
};

const CSI_TILDE: Record<string, keyof Key> = {
	'1': 'home',
	'7': 'home',
	'4': 'end',
	'8': 'end',
	'3': 'delete',
	'5': 'pageUp',
	'6': 'pageDown',
};

function parseEscape(sequence: string): ParsedKey {
	const key = emptyKey();
	const body = sequence.slice(1);
	if (body === '') {
		key.escape = true;
		return {input: '', key};
	}
	if (body === ESC) {
		key.escape = true;
		key.meta = true;
		return {input: '', key};
	}
	// ESC ESC [ A style (meta + arrow on some terminals)
	if (body.startsWith(ESC)) {
		const inner = parseEscape(body);
		inner.key.meta = true;
		return inner;
	}
	const csi = /^\[([0-9;]*)([A-Za-z~])$/.exec(body);
	if (csi) {
		const params = (csi[1] ?? '').split(';').filter(Boolean).map(Number);
		const final = csi[2]!;
		if (final === '~') {
			const name = CSI_TILDE[String(params[0] ?? '')];
			if (name) (key as Record<string, unknown>)[name] = true;
			if (params[1]) applyModifier(key, params[1]);
			return {input: '', key};
		}
		if (final === 'Z') {
			key.tab = true;
			key.shift = true;
			return {input: '', key};
		}
		const name = CSI_LETTERS[final];
		if (name) (key as Record<string, unknown>)[name] = true;
		if (params[1]) applyModifier(key, params[1]);
		return {input: '', key};
	}
	const ss3 = /^O([A-Za-z])$/.exec(body);
	if (ss3) {
		const name = CSI_LETTERS[ss3[1]!];
		if (name) (key as Record<string, unknown>)[name] = true;
		return {input: '', key};
	}
	// Alt/Meta + a single key
	if ([...body].length === 1) {
		const inner = parseKeySequence(body);
		inner.key.meta = true;
		return inner;
	}
	// Unknown escape sequence: report nothing printable so it never lands in text.
	return {input: '', key};
}

/** Turns one input event (a key, an escape sequence or a run of text) into Ink-style input and Key. */
export function parseKeySequence(sequence: string): ParsedKey {
	if (sequence.startsWith(ESC)) return parseEscape(sequence);
	const key = emptyKey();
	if (sequence === '\r') {
		key.return = true;
		return {input: '', key};
	}
	if (sequence === '\n') {
		// Ctrl+J
		key.ctrl = true;
		return {input: 'j', key};
	}
	if (sequence === '\t') {
		key.tab = true;
		return {input: '', key};
	}
	if (sequence === '\u007F' || sequence === '\b') {
		key.backspace = true;
		return {input: '', key};
	}
	if (sequence.length === 1) {
		const code = sequence.charCodeAt(0);
		if (code >= 1 && code <= 26) {
			key.ctrl = true;
			return {input: String.fromCharCode(code + 96), key};
		}
		if (code === 0) {
			key.ctrl = true;
			return {input: ' ', key};
		}
		if (code < 32) return {input: '', key};
		if (/[A-Z]/.test(sequence)) key.shift = true;
		return {input: sequence, key};
	}
	// Several characters at once: text that arrived as one run (see splitChunk).
	key.paste = true;
	return {input: normalizePaste(sequence), key};
}

const isText = (char: string) => char === '\t' || (char >= ' ' && char !== '\u007F');

/**
 * One unmarked chunk of input: a paste from a terminal that does not bracket pastes, or
 * several keys typed faster than they are read (text, then Ctrl+C; ↓ ↓ Enter). Runs of
 * text stay together, and control keys are events of their own. Line breaks inside
 * multi-line text are pasted newlines (a trailing one too); after a single line of text,
 * a carriage return is Enter.
 */
export function splitChunk(data: string): ParsedKey[] {
	if (data.length <= 1 || data.startsWith(ESC)) return [parseKeySequence(data)];
	let lastText = -1;
	for (let i = data.length - 1; i >= 0 && lastText < 0; i--) if (isText(data[i]!)) lastText = i;
	const isBreak = (char: string) => char === '\r' || char === '\n';
	const multiLine = [...data.slice(0, Math.max(0, lastText))].some(isBreak);
	const events: ParsedKey[] = [];
	let run = '';
	const flush = () => {
		if (run.length > 1 && !multiLine && !/[\r\n]/.test(run)) events.push({...parseKeySequence(run), typed: true});
		else if (run) events.push(parseKeySequence(run));
		run = '';
	};
	for (let i = 0; i < data.length; i++) {
		const char = data[i]!;
		if (isText(char) || (isBreak(char) && (i < lastText || multiLine))) {
			run += char;
			continue;
		}
		flush();
		events.push(parseKeySequence(char));
	}
	flush();
	return events;
}
