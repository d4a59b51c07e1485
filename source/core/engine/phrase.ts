import {coverTalkingPoints} from '../analyzer/talking-points.js';
import type {ConditionalPhrasing} from '../script/schema.js';
import {hashString} from '../util/random.js';
import {pickQuote, related, type Quote} from './quote.js';
import type {FollowUpInput} from './types.js';

// The offline interviewer's wording of a follow-up: one script phrasing that is true of this
// answer, at most one lead-in, and a quote only when one carries the point.

export type PhraseInput = Pick<FollowUpInput, 'answer' | 'trigger' | 'branch' | 'seed'> &
	Partial<Pick<FollowUpInput, 'analysis' | 'thread' | 'asked' | 'question' | 'talkingPoints'>>;

/** What the follow-up is made of, so tests and the quality suite can check each part. */
export type FollowUpWording = {
	text: string;
	/** The script phrasing used (conditional ones included). */
	phrasing: string;
	/** The quote, and the answer it was taken from (the one just given, or an earlier one in the thread). */
	quote: (Quote & {from: 'answer' | 'earlier'; source: string}) | null;
	/** The lead-in or acknowledgement put before the phrasing, with the quote filled in. */
	leadIn: string | null;
	acknowledged: boolean;
};

/** A bank phrasing that opens with "You said {quote}." has a lead-in slot the engine fills. */
const LEAD_SLOT = /^You (?:said|mentioned) \{quote\}[.:]\s+/;

const LEAD_INS = ['You said {quote}.', 'You mentioned {quote}.', 'I heard {quote}.', 'Let me pick up on {quote}.'];
const EARLIER_LEAD_IN = 'Earlier you mentioned {quote}.';
/** A strong answer: a brief acknowledgement of the specific point, then the deeper probe. */
const ACKNOWLEDGEMENTS = ['Good, {quote} is concrete.', 'That is specific: {quote}.', 'Useful detail: {quote}.'];

type Candidate = {text: string; conditional: boolean};

function conditionHolds(condition: ConditionalPhrasing, heard: string): boolean {
	const concepts = condition.requires.map(cues => ({text: cues.join(' '), cues}));
	return coverTalkingPoints(heard, concepts).missed.length === 0;
}

/** The phrasing without its lead-in slot; what it asks. */
export function phrasingBody(phrasing: string): string {
	return phrasing.replace(LEAD_SLOT, '');
}

function alreadyAsked(phrasing: string, thread: FollowUpInput['thread']): boolean {
	const body = phrasingBody(phrasing)
		.replace(/\{quote\}/g, '')
		.slice(-60);
	return (thread ?? []).some(t => t.question.includes(body));
}

/**
 * Phrasings true of what the candidate said: the unconditional ones, plus conditional ones
 * whose concepts the thread shows (preferred: they are about this answer). Ones already asked
 * in this thread are left out while others remain.
 */
function candidates(input: PhraseInput): Candidate[][] {
	const heard = [...(input.thread ?? []).map(t => t.answer), input.answer].join('\n');
	const conditional = (input.branch.conditionalPhrasings ?? []).filter(c => conditionHolds(c, heard)).map(c => ({text: c.text, conditional: true}));
	const plain = input.branch.phrasings.map(text => ({text, conditional: false}));
	const fresh = (list: Candidate[]) => list.filter(c => !alreadyAsked(c.text, input.thread));
	return [fresh(conditional), fresh(plain), plain];
}

function findQuote(input: PhraseInput): FollowUpWording['quote'] {
	if (input.trigger) {
		// An absence ("nothing on evaluation") has no evidence: there is nothing to quote.
		if (!input.trigger.evidence) return null;
		const quote = pickQuote(input.answer, {evidence: input.trigger.evidence});
		return quote ? {...quote, from: 'answer', source: input.answer} : null;
	}
	// A strong answer is acknowledged by the point it got right: a quote sharing words with a covered talking point.
	const covered = input.analysis?.talkingPoints.covered ?? [];
	if (covered.length === 0) return null;
	// A point's cues are the words an answer covering it uses ("rubric", "threshold").
	const topic = covered.flatMap(text => [text, ...(input.talkingPoints?.find(p => p.text === text)?.cues ?? [])]);
	const own = pickQuote(input.answer, {topic, minShared: 2});
	if (own) return {...own, from: 'answer', source: input.answer};
	for (const earlier of [...(input.thread ?? [])].reverse()) {
		const quote = pickQuote(earlier.answer, {topic, minShared: 2});
		if (quote) return {...quote, from: 'earlier', source: earlier.answer};
	}
	return null;
}

/** The lead-in of a follow-up, varied: not the one the previous follow-up opened with. */
function leadInFor(quote: NonNullable<FollowUpWording['quote']>, pick: number, asked: string[]): string {
	if (quote.from === 'earlier') return EARLIER_LEAD_IN;
	const last = asked.at(-1) ?? '';
	const fresh = LEAD_INS.filter(l => !last.startsWith(l.slice(0, l.indexOf('{quote}'))));
	return fresh[pick % fresh.length]!;
}

const quoted = (quote: Quote) => `"${quote.text}"`;

/** Words a script follow-up for this answer, and says what it is made of. */
export function composeFollowUp(input: PhraseInput): FollowUpWording {
	const pick = hashString(input.answer.slice(0, 200), input.seed);
	const found = findQuote(input);
	const acknowledging = input.trigger === null && found !== null;
	// Inline {quote} needs a quote; an acknowledgement already quotes, so it takes a phrasing without one.
	const usable = (c: Candidate) => {
		const body = phrasingBody(c.text);
		if (body.includes('{quote}')) return found !== null && !acknowledging;
		return found !== null || !LEAD_SLOT.test(c.text);
	};
	// Evidence in hand and no quote in the previous follow-up: a phrasing written around a quote
	// listens best. After a quoting follow-up any phrasing goes, so quotes do not pile up.
	const lastQuoted = (input.asked ?? []).at(-1)?.includes('"') ?? false;
	const quoting = (c: Candidate) => c.text.includes('{quote}');
	const pools = candidates(input)
		.map(list => list.filter(usable))
		.map(list => (input.trigger && found && !lastQuoted && list.some(quoting) ? list.filter(quoting) : list));
	const pool = pools.find(list => list.length > 0) ?? input.branch.phrasings.map(text => ({text, conditional: false}));
	const chosen = pool[pick % pool.length]!;
	const body = phrasingBody(chosen.text);
	// A quote before a phrasing written without one must be what the question is about.
	const fits = found !== null && (body !== chosen.text || body.includes('{quote}') || acknowledging || related(found.text, body));

	// Only a script that failed validation (every phrasing quotes) gets here without a quote.
	if (!found || !fits || (body.includes('{quote}') && acknowledging)) {
		return {text: body.replaceAll('{quote}', 'that'), phrasing: chosen.text, quote: null, leadIn: null, acknowledged: false};
	}
	if (body.includes('{quote}')) {
		return {text: body.replaceAll('{quote}', quoted(found)), phrasing: chosen.text, quote: found, leadIn: null, acknowledged: false};
	}
	const template = acknowledging ? ACKNOWLEDGEMENTS[(pick >>> 8) % ACKNOWLEDGEMENTS.length]! : leadInFor(found, pick >>> 8, input.asked ?? []);
	const leadIn = template.replace('{quote}', quoted(found));
	return {text: `${leadIn} ${body}`, phrasing: chosen.text, quote: found, leadIn, acknowledged: acknowledging};
}

/** Words a script follow-up around a quote of the candidate's own answer. */
export function phraseOffline(input: PhraseInput): string {
	return composeFollowUp(input).text;
}
