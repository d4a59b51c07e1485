// Pacing hint while answering, on the same word limits the analyzer scores pacing with, so the
// live hint and the recap agree. A spoken answer should land in about three minutes.
import {PACING_LIMITS} from '../core/analyzer/pacing.js';

const TARGET_SECONDS = 180;

export type PaceHint = {mark: '✓' | '▸' | '✗' | '·'; text: string; tone: 'ok' | 'warn' | 'over' | 'neutral'};

export function paceHint(words: number, seconds: number): PaceHint {
	if (words > PACING_LIMITS.rambling || seconds > TARGET_SECONDS * 1.5) return {mark: '✗', text: 'long: wrap up with your key point', tone: 'over'};
	if (words > PACING_LIMITS.long || seconds > TARGET_SECONDS) return {mark: '▸', text: 'past ~3 min / ~400 words: land it', tone: 'warn'};
	if (words === 0) return {mark: '·', text: 'aim for ~3 min / ~400 words', tone: 'neutral'};
	if (words < PACING_LIMITS.short) return {mark: '·', text: 'short so far', tone: 'neutral'};
	return {mark: '✓', text: 'good pace', tone: 'ok'};
}

export function formatElapsed(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
