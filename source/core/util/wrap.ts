// Word-wrapping and clipping for text printed in columns (terminal screens and plain output).
// Screens wrap text themselves: Ink's own wrap keeps the space it breaks at, so a continuation
// line could start with a stray space; text wrapped here never reaches that code path.

import {append} from './append.js';
import stringWidth, {isStandaloneText} from './text-width.js';

// Made at the first text that needs it: a process's first segmenter loads Unicode break data,
// about 18 ms, which output of plain text (`history --json`, `run`) mostly never needs.
let segmenter: Intl.Segmenter | undefined;

/** The characters a reader sees (an emoji with its modifiers is one), in order, read lazily. */
export function* eachGrapheme(text: string): Generator<string> {
	// Text of standalone characters is one grapheme per character: no segmenter to start up.
	if (isStandaloneText(text)) yield* text;
	else for (const part of (segmenter ??= new Intl.Segmenter()).segment(text)) yield part.segment;
}

/** The characters a reader sees (an emoji with its modifiers is one), in order. */
export function graphemes(text: string): string[] {
	return Array.from(eachGrapheme(text));
}

/** Columns a grapheme takes on a terminal: two for CJK and emoji; a tab is drawn as one space. */
export function graphemeColumns(grapheme: string): number {
	return grapheme === '\t' ? 1 : stringWidth(grapheme);
}

/** Columns a string takes on a terminal (CJK and emoji take two). */
export function columnsOf(text: string): number {
	if (!text.includes('\t')) return stringWidth(text);
	let n = 0;
	for (const grapheme of graphemes(text)) n += graphemeColumns(grapheme);
	return n;
}

/** The graphemes of `text` that lie within columns [start, end); a wide one is never cut in half. */
function sliceColumns(text: string, start: number, end = Number.POSITIVE_INFINITY): string {
	let column = 0;
	let out = '';
	for (const grapheme of graphemes(text)) {
		const width = graphemeColumns(grapheme);
		if (column >= start && column + width <= end) out += grapheme;
		column += width;
		if (column >= end) break;
	}
	return out;
}

/**
 * Greedy word wrap. Runs of spaces and tabs break lines and are not kept at either end of a
 * line; newlines are kept (an empty line stays empty); a word longer than a line is split.
 * `firstWidth` is the room on the first line (e.g. after a label printed before it).
 */
export function wrapWords(text: string, width: number, firstWidth = width): string[] {
	const lines: string[] = [];
	let room = Math.max(1, firstWidth);
	const push = (line: string) => {
		lines.push(line);
		room = Math.max(1, width);
	};
	for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
		const words = paragraph.split(/[ \t]+/).filter(Boolean);
		if (words.length === 0) {
			push('');
			continue;
		}
		// Columns are counted once per word, not per line so far: a long answer stays linear.
		let line = '';
		let used = 0;
		for (let word of words) {
			let size = columnsOf(word);
			if (line !== '' && used + 1 + size <= room) {
				line += ` ${word}`;
				used += 1 + size;
				continue;
			}
			if (line !== '') push(line);
			while (size > room) {
				// At least one character per line, even one wider than the line.
				const head = sliceColumns(word, 0, room) || graphemes(word)[0]!;
				push(head);
				word = word.slice(head.length);
				size = columnsOf(word);
			}
			line = word;
			used = size;
		}
		push(line);
	}
	return lines;
}

/** Cuts a line to `width` columns with an ellipsis when it is longer, at a word end if one is near. */
export function clip(text: string, width: number): string {
	if (columnsOf(text) <= width) return text;
	if (width <= 1) return sliceColumns(text, 0, Math.max(0, width));
	const cut = sliceColumns(text, 0, width - 1);
	const space = cut.lastIndexOf(' ');
	const endsWord = sliceColumns(text, width - 1, width) === ' ';
	const atWord = !endsWord && space > 0 && columnsOf(cut.slice(space)) <= 12 ? cut.slice(0, space) : cut;
	return `${atWord.trimEnd()}…`;
}

/**
 * Lays out short items (e.g. "Enter send") on as few lines as possible, `separator` between
 * them, breaking only between items; an item longer than a line is word-wrapped on its own.
 */
export function packItems(items: string[], width: number, separator: string): string[] {
	const lines: string[] = [];
	let line = '';
	for (const item of items) {
		if (line === '') {
			line = item;
		} else if (columnsOf(line) + columnsOf(separator) + columnsOf(item) <= width) {
			line += separator + item;
		} else {
			lines.push(line);
			line = item;
		}
		if (columnsOf(line) > width) {
			const parts = wrapWords(line, width);
			append(lines, parts.slice(0, -1));
			line = parts.at(-1) ?? '';
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
