// Which follow-up phrasings claim something about the candidate's answer.
//
// A follow-up may only say what is true of the answer. A phrasing that states a premise
// ("You mentioned fairness.", "That plan would fit any feature.", "Say the fairness check
// passes.", "Usage went up, but...") is true only for some answers, so it must either quote
// the answer ({quote} shows the premise to the candidate) or sit under `conditionalPhrasings`
// with the concepts the answer must show. The rule below is what `scripts --validate` applies
// to every unconditional phrasing; it is deliberately about wording, so it can be tested.
//
// A clause is a stretch of text ended by . ! ; : ", but" or the end, unless it ends with "?" (a
// question asks, it does not assert). A declarative clause asserts a premise when it
//   1. reports the candidate's words or plans: it opens with "you said / mentioned / described /
//      chose / went into / have framed / would ..." and similar verbs ("Name a field you would
//      refuse" asks, it does not report);
//   2. characterises the answer: it opens with that / this / those / these, or with "your"
//      followed by something the candidate would have proposed (plan, metrics, filter...),
//      not a person in the scenario ("Your CFO asks..." sets a scene and is fine);
//   3. builds a scenario on something the answer may not contain: "say / suppose / assume /
//      imagine / let's say" followed by "your", or by "the ..." that passes, works or holds;
//   4. states an outcome as a fact: a product metric (usage, acceptance, retention...) that
//      went up, dropped, is high, is 30%, tells you people like it, comes after launch...;
//   5. describes what the candidate is doing ("You're treating this like a bug"), answers a
//      point as if it was made ("Good list.", "Models drift, agreed.", "I followed the
//      architecture."), or judges something the answer may not contain ("Eyeballing outputs
//      isn't an evaluation.", "Fairness is the goal, not the plan.", "Developers saying they
//      love it is nice.").
// Imperatives that steer ("Set the architecture aside.") and scenes set by the interviewer
// ("The CEO overrules you.", "Suppose the model is worse for older patients.") assert nothing.

const CANDIDATE_VERBS =
	'said|say|mentioned|described|talked|brought|listed|named|chose|picked|proposed|suggested|focused|relied|called|covered|cited|went|spent|framed|would|will|want|wanted|plan|planned|had|built|ran|used|prefer|recommended|argued|claimed';

const RULES: Array<{why: string; test: RegExp}> = [
	{
		why: 'reports what the candidate said or would do',
		test: new RegExp(`^(?:(?:so|and|but|earlier|now)\\s*,?\\s+)?you(?:'ve|'d|'ll| have| had)?\\s+(?:\\w+ly\\s+)?(?:${CANDIDATE_VERBS})\\b`, 'i'),
	},
	{why: 'characterises the answer', test: /^(?:(?:most|all|much|some|part) of )?(?:that|this|those|these)\b/i},
	{why: 'describes what the candidate is doing', test: /^you(?:'re| are)\s+\w+ing\b|^you've\s+\w+ed\b/i},
	{why: 'answers a point as if the candidate made it', test: /^(?:good|nice|great|fair)\b|,\s*agreed$|^agreed\b|^i(?:'m| am)? (?:still )?(?:followed|heard|hear|hearing)\b/i},
	{
		why: 'judges something the answer may not contain',
		test: /^(?!(?:engineering|something|nothing|everything|anything)\b)\w+ing\b(?:\s+[\w'-]+){0,5}\s+(?:is|isn't|is not|are|aren't|counts|tells)\b|\b(?:isn't|is not|aren't|are not)\s+(?:an?|the)\s+(?:plan|action|process|evaluation)\b|\bis the goal, not\b|^\w+ saying\b/i,
	},
	{
		why: "treats the candidate's proposal as given",
		test: /^your\s+(?!(?:\w+\s+)?(?:cfo|ceo|cto|vp|boss|manager|engineers?|ml lead|lead|head|team|designer|data scientists?|legal|lawyer|counsel|director|founder|investors?|board|users?|customers?|company|competitor|colleague|product)\b)/i,
	},
	{
		why: 'builds a scenario on something the answer may not contain',
		test: /^(?:say|suppose|assume|imagine|let's say)\s+(?:your\b|the\s+(?:[\w-]+\s+){0,3}(?:passes|works|holds|succeeds|is approved)\b)/i,
	},
	{
		why: 'states an outcome as a fact',
		test: /^(?!(?:suppose|say|if|imagine|assume|when)\b)(?:the\s+)?(?:[\w-]+\s+)?(?:usage|adoption|acceptance|engagement|retention|satisfaction|nps|dau|mau|sign-?ups|conversion|revenue|accuracy|complaints|scores?|metrics?|numbers)(?:\s+(?:and|or)\s+[\w-]+)?(?:\s+[\w-]+)?\s+(?:went|rose|grew|fell|dropped|doubled|halved|increased|decreased|improved|is|are|was|were|tells?|comes?)\b/i,
	},
];

/** Declarative clauses of a phrasing: the ones that could assert something. */
function declarativeClauses(text: string): string[] {
	const out: string[] = [];
	// ", but" closes a clause too: "Usage went up, but how did you know?" asserts before it asks.
	for (const m of text.replace(/,\s+but\b/gi, '. but').matchAll(/[^.!?;:]+(?:[.!?;:]+|$)/g)) {
		const clause = m[0].trim();
		if (clause === '' || clause.endsWith('?')) continue;
		out.push(clause.replace(/[.!;:]+$/, '').trim());
	}
	return out;
}

/**
 * Why an unconditional phrasing asserts a premise about the answer, or null when it does not.
 * A phrasing that quotes the answer ({quote}) is backed by the quote.
 */
export function assertedPremise(phrasing: string): string | null {
	if (phrasing.includes('{quote}')) return null;
	for (const clause of declarativeClauses(phrasing)) {
		const rule = RULES.find(r => r.test.test(clause));
		if (rule) return `"${clause}" ${rule.why}`;
	}
	return null;
}
