import type {Pacing} from './types.js';

/** Normal speaking pace: ~400 words land in about three minutes. */
export const WORDS_PER_MINUTE = 140;

/** Opening answers: a strong concise answer can land in 60 words; past ~450 it drags. */
export const PACING_LIMITS = {thin: 25, short: 60, long: 450, rambling: 650} as const;

/** Replies to a follow-up close one gap: 30-80 words is a good reply, not a thin one. */
export const FOLLOW_UP_PACING_LIMITS = {thin: 8, short: 18, long: 250, rambling: 450} as const;

export function speakingSeconds(words: number): number {
	return Math.round((words / WORDS_PER_MINUTE) * 60);
}

export function pacingOf(words: number, kind: 'opening' | 'follow-up' = 'opening'): Pacing {
	const limits = kind === 'follow-up' ? FOLLOW_UP_PACING_LIMITS : PACING_LIMITS;
	if (words < limits.thin) return 'thin';
	if (words < limits.short) return 'short';
	if (words > limits.rambling) return 'rambling';
	if (words > limits.long) return 'long';
	return 'ok';
}
