// A lexicon is a family of concepts; each concept is recognised by a few regex sources
// (matched case-insensitively at word boundaries). Detectors count distinct concepts,
// not raw words, so repeating one buzzword does not look like depth.

export type Term = {
	/** Regex source without anchors, e.g. 'eval(?:uation)? sets?'. */
	re: string;
	/** The concept this term evidences; detectors count distinct concepts. */
	concept: string;
	/** Strength of the evidence, 1 by default. */
	weight?: number;
};

export type Lexicon = {
	name: string;
	terms: Term[];
	/** Whether a negation just before a term cancels it ("no eval set", "we never audited"). */
	negatable?: boolean;
};

/** Shorthand: many sources for one concept. */
export function concept(name: string, sources: string[], weight = 1): Term[] {
	return sources.map(re => ({re, concept: name, weight}));
}
