// Terminal width of text, answered without Unicode segmentation when the text cannot need it.
//
// string-width is exact for every script and emoji, but its first call on any non-ASCII text builds
// a grapheme segmenter and an emoji-sequence pattern: about 60 ms of a first frame that shows a "·"
// or a "…", which is every frame this app draws. Text made only of "standalone" characters (each
// one is a grapheme of its own and never joins a neighbour: Latin, Greek, Cyrillic, punctuation,
// arrows, box drawing, blocks, braille, common symbols) has a width that is just the sum of each
// character's East Asian Width, which is what string-width computes for it. Anything else (CJK,
// emoji, combining marks, Hangul, controls) goes to string-width itself. A test compares the two
// on every standalone character and on mixed strings.
//
// The bundle resolves Ink's own `string-width` imports to this module too, so the layout measures
// the same way, and loads string-width's own tables only at its first call (bundle-plugins.mjs).

import {eastAsianWidth} from 'get-east-asian-width';
import fullWidth from 'string-width';
import stripAnsi from 'strip-ansi';

/** A character that is always a grapheme of its own and whose width string-width takes from East Asian Width alone. */
export function isStandalone(code: number): boolean {
	if (code >= 0x20 && code <= 0x7e) return true;
	if (code < 0xa0) return false;
	if (code < 0x300) return code !== 0xad; // Latin-1, Latin Extended, IPA, modifier letters; not the soft hyphen
	if (code < 0x370) return false; // combining diacritics
	if (code < 0x483) return true; // Greek, Cyrillic letters
	if (code < 0x48a) return false; // Cyrillic combining marks
	if (code < 0x530) return true;
	if (code < 0x2010) return false;
	if (code < 0x2028) return true; // dashes, quotes, bullets, ellipsis
	if (code < 0x2030) return false; // line/paragraph separators, bidi controls
	if (code < 0x205f) return true;
	if (code < 0x2070) return false; // invisible operators
	if (code < 0x20d0) return true; // super/subscripts, currency
	if (code < 0x2100) return false; // combining marks for symbols
	return code < 0x2c00; // letterlike, arrows, maths, technical, box drawing, blocks, shapes, symbols, dingbats, braille
}

/** True when every character of `text` is standalone, so it can be measured and cut one character at a time. */
export function isStandaloneText(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (!isStandalone(text.charCodeAt(i))) return false;
	return true;
}

type Options = {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean};

/** Columns `text` takes on a terminal, exactly as string-width counts them (same signature). */
export default function stringWidth(text: string, options?: Options): number {
	if (typeof text !== 'string' || text.length === 0) return 0;
	if (options?.ambiguousIsNarrow === false) return fullWidth(text, options);
	// Escape codes are either stripped or, when they are to be counted, not standalone (ESC is a control).
	const visible = !options?.countAnsiEscapeCodes && (text.includes('\u001B') || text.includes('\u009B')) ? stripAnsi(text) : text;
	let width = 0;
	for (let i = 0; i < visible.length; i++) {
		const code = visible.charCodeAt(i);
		if (code >= 0x20 && code <= 0x7e) width++;
		else if (isStandalone(code)) width += eastAsianWidth(code);
		else return fullWidth(visible, options);
	}
	return width;
}
