/* eslint-disable no-control-regex -- matching control characters is what this module is for */
// Text that did not come from this program (answers, LLM output, script files, saved sessions,
// settings, server errors) may carry terminal control sequences: OSC 52 writes the clipboard, OSC 0
// renames the window, CSI moves the cursor over what was printed. Everything printed as text goes
// through `safeText` first; JSON output goes through `safeJson`, which keeps values exact.

/**
 * Escape sequences as whole units, so their parameters are removed with them: CSI (ESC [ or C1 CSI),
 * OSC / DCS / SOS / PM / APC strings (up to BEL or ST, or to the end when never terminated), and
 * two-character ESC sequences.
 */
const SEQUENCE =
	/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;

/** C0 controls but tab and newline, DEL, and C1 controls. A carriage return rewrites the line it is on. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Bidi embedding, override and isolate controls can make text read differently from how it is
 * stored (the "Trojan Source" trick); the marks LRM/RLM/ALM are harmless but go too, for one rule.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Text fit for a terminal or a Markdown file: sequences and controls removed, newlines and tabs kept. */
export function safeText(text: string): string {
	if (!UNSAFE.test(text)) return text;
	return text.replace(/\r\n/g, '\n').replace(SEQUENCE, '').replace(CONTROL, '').replace(BIDI, '');
}

/** For one-line places (ids, file names, settings values, error messages): line breaks become spaces. */
export function safeLine(text: string): string {
	return safeText(text).replace(/[\n\t]+/g, ' ');
}

/** JSON.stringify escapes C0 controls but not C1 or bidi controls; these are escaped too (the value stays the same). */
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

export function safeJson(value: unknown, indent?: string | number): string {
	const text = JSON.stringify(value, null, indent);
	return text.replace(JSON_UNSAFE, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
