// Text primitives for the offline analyzer: sentence spans with offsets into the
// original answer (so evidence can be quoted verbatim), word counts, and a light stemmer.
// Everything here is a single left-to-right pass: cost grows linearly with the answer.

export type Span = {start: number; end: number};

export type Sentence = Span & {
	/** Index in the answer's sentence list. */
	index: number;
	words: number;
};

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** The number of WORD matches, counted in one pass without building them (it runs on every sentence). */
export function countWords(text: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let wordy: boolean;
		if (code < 0x80) wordy = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
		else {
			const point = text.codePointAt(i)!;
			wordy = LETTER_OR_NUMBER.test(String.fromCodePoint(point));
			if (point > 0xffff) i++;
		}
		if (wordy) {
			if (!inWord) n++;
			inWord = true;
		} else {
			// a word goes on through apostrophes, underscores and hyphens
			inWord &&= code === 39 || code === 0x2019 || code === 95 || code === 45;
		}
	}
	return n;
}

export function words(text: string): string[] {
	return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Splits into sentences at . ! ? (followed by space or end), at blank lines and before list
 * bullets. Single line breaks are treated as spaces: pasted and hard-wrapped answers break lines
 * mid-sentence. Decimal points ("0.8") and abbreviations like "e.g." stay inside a sentence.
 */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	const boundary = /(?<![0-9]|\be\.g|\bi\.e|\betc|\bvs)[.!?]+(?=\s|$)|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)/g;
	let start = 0;
	const push = (from: number, to: number) => {
		// trim whitespace and leading bullet characters, keep offsets exact
		while (from < to && /[\s\-*•>]/.test(text[from]!)) from++;
		while (to > from && /\s/.test(text[to - 1]!)) to--;
		if (to > from) {
			out.push({start: from, end: to, index: out.length, words: countWords(text.slice(from, to))});
		}
	};
	for (const m of text.matchAll(boundary)) {
		const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
		push(start, end);
		start = m.index + m[0].length;
	}
	push(start, text.length);
	return out;
}

/** The same text with every whitespace character turned into a plain space: same length, same offsets. */
export function flattenWhitespace(text: string): string {
	return text.replace(/\s/g, ' ');
}

/** Index of the sentence containing offset `at` (binary search over ordered spans). */
export function sentenceAt(sentences: Sentence[], at: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = sentences[mid]!;
		if (at < s.start) hi = mid - 1;
		else if (at >= s.end) lo = mid + 1;
		else return mid;
	}
	// between sentences (whitespace or a trimmed bullet): attach to the previous one
	return Math.max(0, Math.min(sentences.length - 1, hi));
}

/** Suffixes the stemmer strips, longest first, each with the shortest stem it may leave. */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
	['ations', 4],
	['ation', 4],
	['ments', 4],
	['ment', 4],
	['ness', 4],
	['ities', 3],
	['ity', 4],
	['ings', 3],
	['ing', 3],
	['ies', 3],
	['ied', 3],
	['ers', 3],
	['er', 4],
	['ed', 3],
	['es', 4],
	['ly', 4],
	['s', 3],
];

/** Stems already worked out: answers repeat their words, and every answer is stemmed several times. */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 20_000;

/** Very small suffix stemmer: enough to match "evaluating" with "evaluate", "labels" with "label". */
export function stem(word: string): string {
	let known = stems.get(word);
	if (known === undefined) {
		known = stemOf(word);
		if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
		stems.set(word, known);
	}
	return known;
}

function stemOf(word: string): string {
	let w = word.toLowerCase().replace(/[’']s?$/, '');
	if (w.length <= 3) return w;
	const before = w.length;
	for (const [suffix, min] of SUFFIXES) {
		if (w.endsWith(suffix) && w.length - suffix.length >= min) {
			w = w.slice(0, -suffix.length);
			break;
		}
	}
	// "specialt(y)", "polic(y)": "-ies" and "-ied" are cut above, so a final y after a consonant
	// goes too, or "specialty" and "specialties" would never meet
	if (w.length === before && w.length > 4 && /[b-df-hj-np-tv-z]y$/.test(w)) w = w.slice(0, -1);
	// "evaluat(e)", "rat(e)": drop a final e so verb and noun forms meet
	if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
	// "labell(ed)", "shipp(ing)": collapse a doubled final consonant
	if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && /[b-df-hj-np-tv-z]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
	return w;
}

const STOP = new Set(
	'a an and are as at be by can could do does for from has have how i if in into is it its just more most of on or our should so than that the their them then there these they this to up use used using was we were what when where which while who why will with would you your about across before after each every how not no yes make sure own one two three'.split(
		' ',
	),
);

/** Content-word stems of a phrase (stop words removed). */
export function contentStems(text: string): string[] {
	return words(text)
		.filter(w => !STOP.has(w) && w.length > 1)
		.map(stem);
}

/**
 * A quotable excerpt of `sentence` around `focus` (offsets into `text`) of at most `max`
 * characters, cut at word boundaries, preferring clause boundaries. Always a substring of `text`.
 */
export function excerpt(text: string, sentence: Span, focus: Span | undefined, max = 140): string {
	let {start, end} = sentence;
	if (end - start <= max) return text.slice(start, end);
	const f = focus ?? {start, end: start};
	// first try the clause around the focus (, ; : — and " - " bound clauses)
	const clauseBreak = /[,;:—–]|\s-\s|\(|\)/g;
	let cs = start;
	let ce = end;
	for (const m of text.slice(start, end).matchAll(clauseBreak)) {
		const at = start + m.index;
		if (at < f.start) cs = at + m[0].length;
		else if (at >= f.end) {
			ce = at;
			break;
		}
	}
	// a clause that is long enough to read as a thought is the best quote
	if (ce - cs <= max && ce - cs >= 40) return trimSpan(text, cs, ce);
	// otherwise a window centred on the focus, cut at spaces
	const half = Math.floor((max - (f.end - f.start)) / 2);
	start = Math.max(start, f.start - Math.max(0, half));
	end = Math.min(end, start + max);
	if (end - start < max) start = Math.max(sentence.start, end - max);
	if (start > sentence.start) {
		const sp = text.indexOf(' ', start);
		if (sp !== -1 && sp < f.start) start = sp + 1;
	}
	if (end < sentence.end) {
		const sp = text.lastIndexOf(' ', end);
		if (sp > Math.max(start, f.end - 1)) end = sp;
	}
	return trimSpan(text, start, end);
}

function trimSpan(text: string, start: number, end: number): string {
	while (start < end && /[\s,;:]/.test(text[start]!)) start++;
	while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
	return text.slice(start, end);
}
