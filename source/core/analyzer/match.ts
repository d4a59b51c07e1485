import type {Lexicon, Term} from './lexicons/types.js';
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

type Compiled = {lexicon: Lexicon; re: RegExp};

const cache = new WeakMap<Lexicon, Compiled>();

const LETTER = '[A-Za-z0-9\\u00C0-\\u024F]';

/** One regex per lexicon with one capture group per term, so a single pass finds every hit. */
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
		const body = lexicon.terms.map(t => `(${t.re.endsWith(' ') ? `${t.re.slice(0, -1)}(?= )` : t.re})`).join('|');
		// Without the unicode flag V8 compiles these large alternations two to three times faster (it is
		// paid on the first answer of every CLI run); word edges cover ASCII and accented Latin letters.
		compiled = {lexicon, re: new RegExp(`(?<!${LETTER})(?:${body})(?!${LETTER})`, 'gi')};
		cache.set(lexicon, compiled);
	}
	return compiled;
}

// A negation within the three words before a term cancels it ("no eval set", "never audited"),
// except "not just/only", which adds rather than denies.
const NEGATION =
	/(?:(?<![\p{L}])(?:no|not|never|without|nor|lacking|none|zero)|n['’]t)(?![\p{L}])(?!\s+(?:just|only|merely|simply))(?:[^\p{L}\p{N}.!?]+[\p{L}\p{N}'’-]+){0,3}[^\p{L}\p{N}.!?]*$/iu;

export function findHits(text: string, sentences: Sentence[], lexicon: Lexicon): Hit[] {
	const {re} = compile(lexicon);
	const hits: Hit[] = [];
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		let term: Term | undefined;
		for (let g = 1; g < m.length; g++) {
			if (m[g] !== undefined) {
				term = lexicon.terms[g - 1];
				break;
			}
		}
		if (!term) continue;
		const sentence = sentenceAt(sentences, m.index);
		let negated = false;
		if (lexicon.negatable) {
			const from = Math.max(sentences[sentence]?.start ?? 0, m.index - 48);
			negated = NEGATION.test(text.slice(from, m.index));
		}
		hits.push({lexicon: lexicon.name, concept: term.concept, weight: term.weight ?? 1, start: m.index, end: m.index + m[0].length, sentence, negated});
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
