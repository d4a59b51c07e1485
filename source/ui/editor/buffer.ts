// The answer editor's text model: pure functions on {text, cursor}. Cursor is an index
// into `text` (UTF-16 units) and never sits inside a surrogate pair.

export type EditorBuffer = {text: string; cursor: number};

export const emptyBuffer: EditorBuffer = {text: '', cursor: 0};

export function bufferOf(text: string): EditorBuffer {
	return {text, cursor: text.length};
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

function stepBack(text: string, index: number): number {
	if (index <= 0) return 0;
	let i = index - 1;
	if (i > 0 && isLowSurrogate(text.charCodeAt(i))) i--;
	return i;
}

function stepForward(text: string, index: number): number {
	if (index >= text.length) return text.length;
	let i = index + 1;
	if (i < text.length && isLowSurrogate(text.charCodeAt(i))) i++;
	return i;
}

export function insert(b: EditorBuffer, value: string): EditorBuffer {
	if (!value) return b;
	return {text: b.text.slice(0, b.cursor) + value + b.text.slice(b.cursor), cursor: b.cursor + value.length};
}

export function backspace(b: EditorBuffer): EditorBuffer {
	if (b.cursor === 0) return b;
	const from = stepBack(b.text, b.cursor);
	return {text: b.text.slice(0, from) + b.text.slice(b.cursor), cursor: from};
}

export function deleteForward(b: EditorBuffer): EditorBuffer {
	if (b.cursor >= b.text.length) return b;
	const to = stepForward(b.text, b.cursor);
	return {text: b.text.slice(0, b.cursor) + b.text.slice(to), cursor: b.cursor};
}

export function left(b: EditorBuffer): EditorBuffer {
	return {...b, cursor: stepBack(b.text, b.cursor)};
}

export function right(b: EditorBuffer): EditorBuffer {
	return {...b, cursor: stepForward(b.text, b.cursor)};
}

export function lineStart(b: EditorBuffer): EditorBuffer {
	return {...b, cursor: b.text.lastIndexOf('\n', b.cursor - 1) + 1};
}

export function lineEnd(b: EditorBuffer): EditorBuffer {
	const next = b.text.indexOf('\n', b.cursor);
	return {...b, cursor: next === -1 ? b.text.length : next};
}

/** Moves to the same column on the previous (-1) or next (+1) logical line. */
export function verticalMove(b: EditorBuffer, direction: -1 | 1): EditorBuffer {
	const start = b.text.lastIndexOf('\n', b.cursor - 1) + 1;
	const column = b.cursor - start;
	if (direction < 0) {
		if (start === 0) return {...b, cursor: 0};
		const prevStart = b.text.lastIndexOf('\n', start - 2) + 1;
		return {...b, cursor: Math.min(prevStart + column, start - 1)};
	}
	const end = b.text.indexOf('\n', b.cursor);
	if (end === -1) return {...b, cursor: b.text.length};
	const nextEnd = b.text.indexOf('\n', end + 1);
	return {...b, cursor: Math.min(end + 1 + column, nextEnd === -1 ? b.text.length : nextEnd)};
}

import {eachGrapheme, graphemeColumns} from '../../core/util/wrap.js';

// The live word count is the analyzer's, so the editor and the recap never disagree.
export {countWords} from '../../core/analyzer/text.js';

export type VisualLine = {start: number; text: string};

/**
 * Where to end a visual line of at most `max` columns: the whole rest when it fits, else after a
 * space when one is near, else at the edge. Reads only as far as the line goes, so laying out a
 * long answer stays linear.
 */
function lineCut(rest: string, max: number): number {
	let columns = 0;
	let fit = 0;
	let afterSpace = 0;
	let spaceColumn = 0;
	for (const grapheme of eachGrapheme(rest)) {
		const width = graphemeColumns(grapheme);
		// A character wider than the whole line still gets a line of its own.
		if (columns + width > max && fit > 0) break;
		columns += width;
		fit += grapheme.length;
		if (grapheme === ' ') {
			afterSpace = fit;
			spaceColumn = columns;
		}
	}
	if (fit === rest.length) return fit;
	return afterSpace > 0 && spaceColumn > max / 3 ? afterSpace : fit;
}

/**
 * Wraps text into lines of at most `width` columns (CJK and emoji take two), breaking after a
 * space when one is near, and remembers where each line starts so the cursor can be placed.
 */
export function layout(text: string, width: number): VisualLine[] {
	const max = Math.max(1, width);
	const lines: VisualLine[] = [];
	let offset = 0;
	for (const logical of text.split('\n')) {
		let start = offset;
		let rest = logical;
		if (rest.length === 0) lines.push({start, text: ''});
		while (rest.length > 0) {
			const cut = lineCut(rest, max);
			lines.push({start, text: rest.slice(0, cut)});
			rest = rest.slice(cut);
			start += cut;
		}
		offset += logical.length + 1;
	}
	return lines;
}

/** The visual line holding the cursor (a cursor at a wrap point belongs to the next line). */
export function cursorLine(lines: VisualLine[], cursor: number): number {
	for (let i = lines.length - 1; i >= 0; i--) {
		if (lines[i]!.start <= cursor) return i;
	}
	return 0;
}

export type Viewport = {lines: VisualLine[]; above: number; below: number; cursorRow: number; cursorColumn: number};

/** The window of at most `height` lines around the cursor (the last lines while typing at the end). */
export function viewport(b: EditorBuffer, width: number, height: number): Viewport {
	const all = layout(b.text, width);
	const row = cursorLine(all, b.cursor);
	const size = Math.max(1, height);
	const start = Math.max(0, row - size + 1);
	const end = Math.min(all.length, start + size);
	return {
		lines: all.slice(start, end),
		above: start,
		below: all.length - end,
		cursorRow: row - start,
		cursorColumn: b.cursor - all[row]!.start,
	};
}
