import type {Pacing} from './types.js';

/** Normal speaking pace: ~400 words land in about three minutes. */
export const WORDS_PER_MINUTE = 140;

export const PACING_LIMITS = {thin: 40, short: 90, long: 450, rambling: 650} as const;

export function speakingSeconds(words: number): number {
	return Math.round((words / WORDS_PER_MINUTE) * 60);
}

export function pacingOf(words: number): Pacing {
	if (words < PACING_LIMITS.thin) return 'thin';
	if (words < PACING_LIMITS.short) return 'short';
	if (words > PACING_LIMITS.rambling) return 'rambling';
	if (words > PACING_LIMITS.long) return 'long';
	return 'ok';
}
