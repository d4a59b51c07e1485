// Which characters a lexicon term can begin with, read from its regex source, so a lexicon's one
// big alternation can be split by first character: at each word start the regex then tries only
// the terms that could begin there instead of every term (a lexicon holds up to a few hundred).
// The reading is conservative: anything it does not understand counts as "could begin with any
// character", which only costs speed, never a match.

/** Lower-case first characters a match of `source` can start with, or null for "any character". */
export function firstChars(source: string): Set<string> | null {
	const chars = new Set<string>();
	for (const alternative of topLevelAlternatives(source)) {
		const first = sequenceFirst(alternative, 0);
		if (first === null) return null;
		for (const c of first) chars.add(c);
	}
	return chars;
}

const DIGITS = '0123456789';

/** First characters of the sequence starting at `i` (to the end of `source`). */
function sequenceFirst(source: string, i: number): Set<string> | null {
	if (i >= source.length) return null; // could match nothing here: the next character is anyone's
	const c = source[i]!;
	if (c === '(') {
		const close = closingParen(source, i);
		if (close === -1) return null;
		const inner = source.slice(i + 1, close);
		const after = close + 1;
		if (/^\?<?[=!]/.test(inner)) return sequenceFirst(source, after); // a lookaround consumes nothing
		const body = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?') ? null : inner;
		if (body === null) return null;
		const chars = firstChars(body);
		return chars && withOptional(source, after, chars);
	}
	if (c === '[') {
		const end = classEnd(source, i);
		if (end === -1) return null;
		const chars = classChars(source.slice(i + 1, end));
		return chars && withOptional(source, end + 1, chars);
	}
	if (c === '\\') {
		const next = source[i + 1];
		if (next === undefined) return null;
		if (next === 'b' || next === 'B') return sequenceFirst(source, i + 2);
		if (next === 'd') return withOptional(source, i + 2, new Set(DIGITS));
		if (/[a-zA-Z0-9]/.test(next)) return null; // \w, \s, \p{…}, back-references: anything
		return withOptional(source, i + 2, new Set([next]));
	}
	if ('.^$|)?*+{'.includes(c)) return null;
	return withOptional(source, i + 1, new Set([c.toLowerCase()]));
}

/** When the atom just read may be skipped (`?`, `*`, `{0,…}`), what follows may come first too. */
function withOptional(source: string, at: number, chars: Set<string>): Set<string> | null {
	const quantifier = /^(?:\?|\*|\{0[,}])/.exec(source.slice(at));
	if (!quantifier) return chars;
	const rest = sequenceFirst(source, skipQuantifier(source, at));
	if (rest === null) return null;
	return new Set([...chars, ...rest]);
}

function skipQuantifier(source: string, at: number): number {
	let i = at;
	if (source[i] === '{') i = source.indexOf('}', i) + 1;
	else i++;
	if (source[i] === '?') i++; // lazy
	return i;
}

function closingParen(source: string, open: number): number {
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (c === '[') {
			i = classEnd(source, i);
			if (i === -1) return -1;
		} else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return -1;
}

function classEnd(source: string, open: number): number {
	for (let i = open + 1; i < source.length; i++) {
		if (source[i] === '\\') i++;
		else if (source[i] === ']' && i > open + 1) return i;
	}
	return -1;
}

/** The characters of a simple class (`[- ]`, `[a-z]`); null for a negated class or one with escapes of a kind. */
function classChars(body: string): Set<string> | null {
	if (body.startsWith('^')) return null;
	const chars = new Set<string>();
	for (let i = 0; i < body.length; i++) {
		let c = body[i]!;
		if (c === '\\') {
			const next = body[++i];
			if (next === undefined) return null;
			if (next === 'd') {
				for (const d of DIGITS) chars.add(d);
				continue;
			}
			if (/[a-zA-Z0-9]/.test(next)) return null;
			c = next;
		}
		if (body[i + 1] === '-' && i + 2 < body.length) {
			const to = body[i + 2]!;
			if (to === '\\') return null;
			for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code).toLowerCase());
			i += 2;
			continue;
		}
		chars.add(c.toLowerCase());
	}
	return chars;
}

/** The alternatives of a group body, split at its own `|` (not those inside nested groups or classes). */
export function topLevelAlternatives(body: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c === '\\') i++;
		else if (c === '[') i = Math.max(i, classEnd(body, i));
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			parts.push(body.slice(from, i));
			from = i + 1;
		}
	}
	parts.push(body.slice(from));
	return parts;
}
