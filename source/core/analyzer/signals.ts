import {AI_LAYER} from './lexicons/ai-layer.js';
import {ETHICS_GENERIC, ETHICS_SPECIFIC} from './lexicons/ethics.js';
import {MODEL_EVAL, PRODUCT_EVAL, PRODUCT_METRICS} from './lexicons/evaluation.js';
import {EXPERIENCE, OPINION} from './lexicons/experience.js';
import {PM_CRAFT} from './lexicons/pm.js';
import {DISMISSAL, PLAIN_EVAL, SAFETY_RULES} from './lexicons/practice.js';
import {DECISION_TIES, JARGON} from './lexicons/technical.js';
import type {Lexicon} from './lexicons/types.js';
import {findHits, stats, type FamilyStats} from './match.js';
import {countWords, flattenWhitespace, splitSentences, type Sentence} from './text.js';

export const FAMILIES = {
	aiLayer: AI_LAYER,
	modelEval: MODEL_EVAL,
	productEval: PRODUCT_EVAL,
	productMetrics: PRODUCT_METRICS,
	jargon: JARGON,
	ties: DECISION_TIES,
	experience: EXPERIENCE,
	opinion: OPINION,
	ethicsGeneric: ETHICS_GENERIC,
	ethicsSpecific: ETHICS_SPECIFIC,
	pm: PM_CRAFT,
	safetyRules: SAFETY_RULES,
	dismissal: DISMISSAL,
	plainEval: PLAIN_EVAL,
} satisfies Record<string, Lexicon>;

export type FamilyName = keyof typeof FAMILIES;

/** Everything the detectors look at: computed once per answer, each family in one regex pass. */
export type Signals = {
	text: string;
	words: number;
	sentences: Sentence[];
	family: Record<FamilyName, FamilyStats>;
	/** Quantities said in digits or number words: a story or plan with numbers is concrete. */
	numbers: number;
	/** Tokens shaped like code or model names (send_email, k=4, int4, 8B, CaMeL, GPTQ): engineer talk. */
	techTokens: number;
	/** Indexes of sentences that hedge ("maybe", "possibly", "I guess"): what they propose is not committed to. */
	hedged: Set<number>;
};

// "maybe 200" is an estimate, not a hedge; "what kind of" is a question
const HEDGE =
	/\b(?:(?:maybe|possibly|perhaps|probably)(?! (?:\d|a few|about|around|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundreds))|i guess|i suppose|sort of|(?<!(?:what|which|the|this|that|any|a|one|same) )kind of|hard to say)\b/i;

const TECH_TOKEN = /\b[a-z]+_[a-z_]+\b|\b\w+=\w+|\b[A-Za-z]+\d+[A-Za-z]*\b|\b\d+(?:\.\d+)?[BbMm]\b|\b[a-z]+[A-Z][a-zA-Z]*\b|\b[A-Z][a-z]+[A-Z]\w*\b/g;
/** Acronyms every PM uses: not a sign of a technical deep dive. */
const PLAIN_ACRONYM = /^(?:[a-z]+\d+|p\d+|q[1-4]|h[12]|b2b|b2c|mp3|mp4|4g|5g)$/i;

const NUMBER =
	/\b\d[\d,.]*%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|half|dozen|twice|double|triple)\b/giu;

export function computeSignals(text: string): Signals {
	const sentences = splitSentences(text);
	// lexicon phrases use plain spaces; a hard-wrapped answer must match them across line breaks
	const flat = flattenWhitespace(text);
	// each family is matched the first time a detector asks for it: a question that invites two
	// weaknesses does not pay for the lexicons only the other three read
	const family = {} as Record<FamilyName, FamilyStats>;
	for (const [name, lexicon] of Object.entries(FAMILIES) as Array<[FamilyName, Lexicon]>) {
		let cached: FamilyStats | undefined;
		Object.defineProperty(family, name, {enumerable: true, get: () => (cached ??= stats(findHits(flat, sentences, lexicon)))});
	}
	const techTokens = (text.match(TECH_TOKEN) ?? []).filter(t => !PLAIN_ACRONYM.test(t) || /^(?:int|fp|bf)\d+$/i.test(t)).length;
	const hedged = new Set(sentences.filter(x => HEDGE.test(text.slice(x.start, x.end))).map(x => x.index));
	return {text, words: countWords(text), sentences, family, numbers: (text.match(NUMBER) ?? []).length, techTokens, hedged};
}
