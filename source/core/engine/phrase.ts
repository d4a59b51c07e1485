import type {FollowUpInput} from './types.js';
import {hashString} from '../util/random.js';

const MAX_QUOTE_WORDS = 12;

// Lead-ins that show the interviewer listened; chosen deterministically per follow-up.
const LEAD_INS = ['You said {quote}.', 'You mentioned {quote}.', 'Let me pick up on {quote}.', 'I heard {quote}.'];

function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/)
		.map(s => s.trim())
		.filter(s => s.split(/\s+/).length >= 4);
}

/** Clips a span to a short, speakable quote at word boundaries, without trailing punctuation. */
export function clipQuote(span: string, maxWords = MAX_QUOTE_WORDS): string {
	const words = span.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	const clipped = words.slice(0, maxWords).join(' ').replace(/[\s,;:.!?-]+$/, '');
	return words.length > maxWords ? `${clipped}…` : clipped;
}

/** For a strong answer there is no weakness evidence: quote its most concrete sentence (numbers first). */
function salientSpan(answer: string): string {
	const all = sentences(answer);
	return all.find(s => /\d/.test(s)) ?? all[0] ?? '';
}

/** Words a script follow-up around a quote of the candidate's own answer. */
export function phraseOffline(input: Pick<FollowUpInput, 'answer' | 'trigger' | 'branch' | 'seed'>): string {
	const phrasings = input.branch.phrasings;
	const pick = hashString(input.answer.slice(0, 200), input.seed);
	const phrasing = phrasings[pick % phrasings.length]!;
	const span = input.trigger?.evidence || salientSpan(input.answer);
	const quote = span ? `"${clipQuote(span)}"` : '';
	if (phrasing.includes('{quote}')) {
		if (quote) return phrasing.replaceAll('{quote}', quote);
		const plain = phrasings.find(p => !p.includes('{quote}'));
		return plain ?? phrasing.replaceAll('{quote}', 'that');
	}
	if (!quote) return phrasing;
	const leadIn = LEAD_INS[(pick >>> 8) % LEAD_INS.length]!;
	return `${leadIn.replace('{quote}', quote)} ${phrasing}`;
}
