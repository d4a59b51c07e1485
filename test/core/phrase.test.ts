import {describe, expect, it} from 'vitest';
import {clipQuote, phraseOffline} from '../../source/core/engine/phrase.js';

const answer = 'Honestly I would look at NPS and weekly active users, and if both go up after launch then the feature works for people.';

describe('offline follow-up wording', () => {
	it('quotes the evidence that triggered the follow-up', () => {
		const text = phraseOffline({answer, seed: 1, branch: {phrasings: ['How would you know the model itself is right?']}, trigger: {id: 'no-eval-framework', confidence: 0.8, evidence: 'I would look at NPS and weekly active users'}});
		expect(text).toContain('"I would look at NPS and weekly active users"');
		expect(text.endsWith('How would you know the model itself is right?')).toBe(true);
	});

	it('fills a {quote} placeholder in place and clips long spans at a word boundary', () => {
		const text = phraseOffline({answer, seed: 2, branch: {phrasings: ['You said {quote}. What is the eval set?']}, trigger: {id: 'no-eval-framework', confidence: 0.8, evidence: answer}});
		expect(text).toMatch(/^You said "Honestly I would look at NPS and weekly active users, and if…"\. What is the eval set\?$/);
	});

	it('quotes the most concrete sentence of a strong answer when going deeper', () => {
		const strong = 'We built an eval set first. It had 50 real threads scored on three criteria with a bar of 90 percent each.';
		const text = phraseOffline({answer: strong, seed: 3, branch: {phrasings: ['Which slice would fail first?']}, trigger: null});
		expect(text).toContain('It had 50 real threads');
	});

	it('is deterministic for the same seed and varies the phrasing across seeds', () => {
		const branch = {phrasings: ['A?', 'B?', 'C?']};
		const input = {answer, branch, trigger: null};
		expect(phraseOffline({...input, seed: 5})).toBe(phraseOffline({...input, seed: 5}));
		const endings = new Set(Array.from({length: 12}, (_, seed) => phraseOffline({...input, seed}).slice(-2)));
		expect(endings.size).toBeGreaterThan(1);
	});

	it('clipQuote keeps short spans whole', () => {
		expect(clipQuote('  we track   NPS. ')).toBe('we track NPS');
	});
});
