import {contentStems, countWords, splitSentences} from '../analyzer/text.js';

// Quotes a person would pick: a whole sentence, or a run of whole clauses of one sentence,
// that carries the point the follow-up is about. A quote never starts or ends inside a clause
// (so never inside a number like "10,000", a name or a word) and is at most about fifteen
// words; "…" marks where it leaves the sentence, always at a clause boundary.

export const MAX_QUOTE_WORDS = 15;
const MIN_QUOTE_WORDS = 4;

export type Quote = {
	/** As shown: the span with whitespace collapsed, "…" where the sentence goes on. */
	text: string;
	/** The verbatim span in the answer. */
	start: number;
	end: number;
};

/**
 * Where clauses start inside a sentence: after , ; : or a dash followed by a space (a comma
 * inside "10,000" or "3.5" is not followed by one), and before a word that opens a
 * subordinate clause ("and if" included). "and" and "or" alone are not boundaries: they join
 * lists ("NPS and DAU").
 */
const CLAUSE_BREAK =
	/[,;:]\s+|\s+[—–-]\s+|\s+\(|\)\s+|(?<!\b(?:and|or))\s+(?=(?:(?:and|or)\s+)?(?:because|which|while|whereas|although|but|so that|unless|since|when|where|whether|if)\b)/giu;
/** Words a quote should not open with: it reads as a fragment of the clause before. */
const LEADING_JOINER = /^(?:and|or|so|but|then|also)\s+/i;

type Clause = {start: number; end: number};

function clausesOf(answer: string, from: number, to: number): Clause[] {
	const out: Clause[] = [];
	let start = from;
	for (const m of answer.slice(from, to).matchAll(CLAUSE_BREAK)) {
		const at = from + m.index;
		if (at > start) out.push({start, end: at});
		start = at + m[0].length;
	}
	if (to > start) out.push({start, end: to});
	return out;
}

function trimEnd(answer: string, start: number, end: number): number {
	while (end > start && /[\s.,;:!?"”')\]]/.test(answer[end - 1]!)) end--;
	return end;
}

function trimStart(answer: string, start: number, end: number): number {
	while (start < end && /[\s"“'([]/.test(answer[start]!)) start++;
	const joiner = LEADING_JOINER.exec(answer.slice(start, end));
	return joiner ? start + joiner[0].length : start;
}

/** Every quotable span of the answer: whole sentences, or runs of whole clauses of one sentence. */
export function quotableSpans(answer: string, maxWords = MAX_QUOTE_WORDS): Array<{start: number; end: number; sentenceStart: number; sentenceEnd: number}> {
	const spans: Array<{start: number; end: number; sentenceStart: number; sentenceEnd: number}> = [];
	for (const sentence of splitSentences(answer)) {
		const sentenceEnd = trimEnd(answer, sentence.start, sentence.end);
		const clauses = clausesOf(answer, sentence.start, sentenceEnd);
		for (let i = 0; i < clauses.length; i++) {
			for (let j = i; j < clauses.length; j++) {
				const start = trimStart(answer, clauses[i]!.start, clauses[j]!.end);
				const end = trimEnd(answer, start, clauses[j]!.end);
				const words = countWords(answer.slice(start, end));
				if (words > maxWords) break;
				// A quote inside the quote would read as two quotes.
				if (words >= MIN_QUOTE_WORDS && !/["“”]/.test(answer.slice(start, end))) spans.push({start, end, sentenceStart: sentence.start, sentenceEnd});
			}
		}
	}
	return spans;
}

/** A span as shown to the candidate. */
function display(answer: string, span: {start: number; end: number; sentenceStart: number; sentenceEnd: number}): string {
	const body = answer.slice(span.start, span.end).replace(/\s+/g, ' ');
	return `${span.start > span.sentenceStart ? '…' : ''}${body}${span.end < span.sentenceEnd ? '…' : ''}`;
}

export type QuoteFocus = {
	/** Verbatim evidence the follow-up is about (an analyzer finding); the quote must overlap it. */
	evidence?: string;
	/** What the follow-up is about (talking points): a quote must share `minShared` content words with it. */
	topic?: string[];
	minShared?: number;
};

function stemsOf(text: string): Set<string> {
	return new Set(contentStems(text));
}

/** Whether two texts share a content word: a quote and a question about it. */
export function related(a: string, b: string): boolean {
	const right = stemsOf(b);
	return [...stemsOf(a)].some(s => right.has(s));
}

/**
 * The quote that best carries `focus`, or null when nothing in the answer fits (then the
 * follow-up goes without one). Evidence, when given, decides where the quote comes from.
 */
export function pickQuote(answer: string, focus: QuoteFocus): Quote | null {
	const spans = quotableSpans(answer);
	if (spans.length === 0) return null;
	const at = focus.evidence ? answer.indexOf(focus.evidence) : -1;
	if (focus.evidence && at === -1) return null;
	const evidence = at === -1 ? null : {start: at, end: at + focus.evidence!.length};
	const topic = stemsOf((focus.topic ?? []).join(' '));

	let best: {span: (typeof spans)[number]; score: number} | null = null;
	for (const span of spans) {
		const text = answer.slice(span.start, span.end);
		let score: number;
		if (evidence) {
			const overlap = Math.min(span.end, evidence.end) - Math.max(span.start, evidence.start);
			if (overlap <= 0) continue;
			score = 10 * (overlap / Math.max(1, evidence.end - evidence.start));
		} else {
			const shared = [...stemsOf(text)].filter(s => topic.has(s)).length;
			if (shared < Math.max(1, focus.minShared ?? 1)) continue;
			score = 2 * shared + (/\d/.test(text) ? 2 : 0);
		}
		// Whole sentences read best; otherwise more of the sentence is better, up to the limit.
		const whole = span.start === trimStart(answer, span.sentenceStart, span.sentenceEnd) && span.end === span.sentenceEnd;
		score += (whole ? 3 : 0) + countWords(text) / MAX_QUOTE_WORDS;
		if (!best || score > best.score) best = {span, score};
	}
	return best ? {text: display(answer, best.span), start: best.span.start, end: best.span.end} : null;
}
