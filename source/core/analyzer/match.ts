import type {Lexicon, Term} from './lexicons/types.js';
import {firstChars, topLevelAlternatives} from './first-chars.js';
import {sentenceAt, type Sentence} from './text.js';

export type Hit = {
	lexicon: string;
	concept: string;
	weight: number;
	start: number;
	end: number;
	sentence: number;
	negated: boolean;
};

/**
 * A lexicon's terms as one pattern without groups, to find where some term matches, and per first
 * character a small pattern with one group per term that could begin with it, to tell which term
 * matches there and how far. One pattern with a group per term did both, but each match then built
 * an array of a few hundred empty groups: most of the analyzer's time.
 */
type Compiled = {scan: RegExp; which(first: string): Which};
/** A sticky pattern with one group per term, in lexicon order, and the term index of each group. */
type Which = {re: RegExp; terms: number[]};

const cache = new WeakMap<Lexicon, Compiled>();

const LETTER = '[A-Za-z0-9\\u00C0-\\u024F]';

/** A lexicon's patterns, built on first use. */
function compile(lexicon: Lexicon): Compiled {
	let compiled = cache.get(lexicon);
	if (!compiled) {
		for (const term of lexicon.terms) {
			if (/\((?!\?)/.test(term.re.replace(/\\\(/g, ''))) {
				throw new Error(`lexicon ${lexicon.name}: term "${term.re}" must use non-capturing groups`);
			}
		}
		// a term that ends in a space means "followed by another word": end the match before that word,
		// or the letter guard after the alternation would reject every match
		const sources = lexicon.terms.map(t => (t.re.endsWith(' ') ? `${t.re.slice(0, -1)}(?= )` : t.re));
		const starts = sources.map(firstChars);
		const groups = (indexes: number[]): Which => ({
			re: new RegExp(`(?:${indexes.map(i => `(${sources[i]})`).join('|')})(?!${LETTER})`, 'iy'),
			terms: indexes,
		});
		const everyTerm = sources.map((_, i) => i);
		const byFirst = new Map<string, Which>();
		// Without the unicode flag V8 compiles these large alternations two to three times faster (it is
		// paid on the first answer of every CLI run); word edges cover ASCII and accented Latin letters.
		compiled = {
			scan: new RegExp(`(?<!${LETTER})(?:${scanBody(sources)})(?!${LETTER})`, 'gi'),
			// Terms keep their lexicon order, so the first one that matches is the one the scan found;
			// '' asks for every term.
			which(first) {
				let which = byFirst.get(first);
				if (!which) {
					which = groups(first === '' ? everyTerm : everyTerm.filter(i => starts[i] === null || starts[i]!.has(first)));
					byFirst.set(first, which);
				}
				return which;
			},
		};
		cache.set(lexicon, compiled);
	}
	return compiled;
}

// A negation within the three words before a term cancels it ("no eval set", "never audited"),
// except "not just/only", which adds rather than denies.
const NEGATION =
	/(?:(?<![\p{L}])(?:no|not|never|without|nor|lacking|none|zero)|n['’]t)(?![\p{L}])(?!\s+(?:just|only|merely|simply))(?:[^\p{L}\p{N}.!?]+[\p{L}\p{N}'’-]+){0,3}[^\p{L}\p{N}.!?]*$/iu;

/**
 * The scan only has to find where some term matches, so terms that begin with the same plain
 * character share it: `m(?:odels?|etrics)` instead of `models?|metrics`. A position is then tried
 * against a few dozen first characters rather than every term; which term matches is told after.
 */
function scanBody(sources: string[]): string {
	const byFirst = new Map<string, string[]>();
	const other: string[] = [];
	for (const source of sources) {
		const first = source[0] ?? '';
		const plain = /[a-z0-9 ]/i.test(first) && !/^[?*+{]/.test(source.slice(1)) && topLevelAlternatives(source).length === 1;
		if (plain) byFirst.set(first.toLowerCase(), [...(byFirst.get(first.toLowerCase()) ?? []), source.slice(1)]);
		else other.push(source);
	}
	return [...[...byFirst].map(([first, rests]) => `${first}(?:${rests.join('|')})`), ...other.map(source => `(?:${source})`)].join('|');
}

/** The term that matches at `at` (the first in lexicon order) and the length of its match. */
function termAt(lexicon: Lexicon, {re, terms}: Which, text: string, at: number): {term: Term; length: number} | undefined {
	re.lastIndex = at;
	const m = re.exec(text);
	// An empty match names no term (a character no term begins with leaves an empty pattern). Else
	// exactly one group took part, and it holds the whole match.
	if (!m || m[0] === '') return undefined;
	const term = lexicon.terms[terms[m.indexOf(m[0], 1) - 1]!];
	return term && {term, length: m[0].length};
}

export function findHits(text: string, sentences: Sentence[], lexicon: Lexicon): Hit[] {
	const {scan, which} = compile(lexicon);
	const hits: Hit[] = [];
	scan.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = scan.exec(text))) {
		const at = m.index;
		// A first character the term reading did not foresee falls back to every term.
		const found = termAt(lexicon, which(text[at]!.toLowerCase()), text, at) ?? termAt(lexicon, which(''), text, at);
		if (!found) {
			scan.lastIndex = at + 1;
			continue;
		}
		// the scan goes on after this term's match, as one alternation of all terms would
		scan.lastIndex = at + found.length;
		const sentence = sentenceAt(sentences, at);
		let negated = false;
		if (lexicon.negatable) {
			const from = Math.max(sentences[sentence]?.start ?? 0, at - 48);
			negated = NEGATION.test(text.slice(from, at));
		}
		hits.push({lexicon: lexicon.name, concept: found.term.concept, weight: found.term.weight ?? 1, start: at, end: at + found.length, sentence, negated});
	}
	return hits;
}

/** Summary of one lexicon over an answer: affirmed hits only. */
export type FamilyStats = {
	hits: Hit[];
	/** Sum of weights of affirmed hits. */
	weight: number;
	/** Distinct concepts, each counted once at its strongest weight. */
	concepts: Map<string, number>;
	/** Sum over distinct concepts of their weight: "how many different ideas", not "how many words". */
	breadth: number;
	negated: number;
};

export function stats(hits: Hit[]): FamilyStats {
	const affirmed = hits.filter(h => !h.negated);
	const concepts = new Map<string, number>();
	let weight = 0;
	for (const h of affirmed) {
		weight += h.weight;
		concepts.set(h.concept, Math.max(concepts.get(h.concept) ?? 0, h.weight));
	}
	let breadth = 0;
	for (const w of concepts.values()) breadth += w;
	return {hits: affirmed, weight, concepts, breadth, negated: hits.length - affirmed.length};
}
