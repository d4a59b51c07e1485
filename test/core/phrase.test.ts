import {describe, expect, it} from 'vitest';
import {composeFollowUp, phraseOffline, type PhraseInput} from '../../source/core/engine/phrase.js';
import {pickQuote} from '../../source/core/engine/quote.js';
import {analysisWith} from '../support/interview-fixtures.js';

const metrics = 'Honestly I would look at NPS and weekly active users, and if both go up after launch then the feature works for people.';
const trigger = (evidence: string) => ({id: 'no-eval-framework' as const, confidence: 0.8, evidence});
const input = (over: Partial<PhraseInput>): PhraseInput => ({answer: metrics, seed: 1, trigger: null, branch: {phrasings: ['Which quality criteria would you score?']}, ...over});

describe('quotes a person would pick', () => {
	it('keeps a number whole where the evidence stops inside it', () => {
		const answer = 'For example a smart search feature reaching 10,000 users would be a win.';
		const quote = pickQuote(answer, {evidence: 'For example a smart search feature reaching 10'});
		expect(quote?.text).toBe('For example a smart search feature reaching 10,000 users would be a win');
	});

	it('starts at a clause, never mid-clause, and marks the cut with an ellipsis at a clause boundary', () => {
		const answer = 'We shipped it to ten pilot customers in March, and then we waited to see whether the model was not ready or if the conversion numbers would move on their own.';
		const quote = pickQuote(answer, {evidence: "wasn't ready or if the conversion numbers"})!;
		expect(quote).toBeNull();
		const found = pickQuote(answer, {evidence: 'whether the model was not ready'})!;
		expect(found.text.startsWith('…')).toBe(true);
		expect(found.text.split(/\s+/).length).toBeLessThanOrEqual(15);
		expect(answer).toContain(found.text.replace(/^…|…$/g, ''));
		expect(found.text).toBe('…then we waited to see whether the model was not ready…');
	});

	it('quotes a short sentence whole, without its final full stop', () => {
		expect(pickQuote('We would track NPS and DAU. That is all.', {evidence: 'track NPS'})?.text).toBe('We would track NPS and DAU');
	});

	it('finds no quote for a topic the answer does not touch', () => {
		expect(pickQuote(metrics, {topic: ['A scored test set with a bar per criterion'], minShared: 2})).toBeNull();
	});
});

describe('offline follow-up wording', () => {
	it('puts exactly one lead-in before a bank phrasing that brings its own', () => {
		const text = phraseOffline(
			input({
				trigger: trigger('I would look at NPS and weekly active users'),
				branch: {phrasings: ['You said {quote}. Those measure the product; what would you measure about the model?']},
			}),
		);
		expect(text.match(/You said|You mentioned|I heard|Let me pick up on/g)).toHaveLength(1);
		expect(text).toContain('"Honestly I would look at NPS and weekly active users…"');
		expect(text.endsWith('what would you measure about the model?')).toBe(true);
	});

	it('varies the lead-in from the previous follow-up', () => {
		const base = input({trigger: trigger('I would look at NPS'), branch: {phrasings: ['You said {quote}. What about the model?']}});
		const first = phraseOffline(base);
		const opener = first.slice(0, first.indexOf('"'));
		const second = phraseOffline({...base, asked: [first]});
		expect(second.startsWith(opener)).toBe(false);
	});

	it('asks without a quote when the weakness is an absence', () => {
		const text = phraseOffline(input({trigger: trigger(''), branch: {phrasings: ['You said {quote}. What about the model?', 'What would you measure about the model itself?']}}));
		expect(text).toBe('What would you measure about the model itself?');
	});

	it('leaves a quote out when the phrasing is about something else', () => {
		const text = phraseOffline(input({trigger: trigger('I would look at NPS and weekly active users'), branch: {phrasings: ['Who on the team would own the red-teaming?']}}));
		expect(text).toBe('Who on the team would own the red-teaming?');
	});

	it('acknowledges a strong answer by the point it got right, then probes deeper', () => {
		const strong = 'We built an eval set first. It had 50 real threads, scored on three criteria with a bar of 90 percent each.';
		const analysis = {...analysisWith([]), talkingPoints: {covered: ['A scored test set of real threads with a bar per criterion'], missed: []}};
		const wording = composeFollowUp(input({answer: strong, analysis, branch: {phrasings: ['You said {quote}. How would you keep it honest?', 'Which slice would fail first?']}}));
		expect(wording.acknowledged).toBe(true);
		expect(wording.text).toMatch(/"It had 50 real threads…"|"…scored on three criteria with a bar of 90 percent each"/);
		expect(wording.text.match(/"/g)).toHaveLength(2);
	});

	it('uses a conditional phrasing only when the answers show its premise', () => {
		const branch = {
			phrasings: ['What does the patient see when the model is unsure?'],
			conditionalPhrasings: [{text: 'Say the fairness check passes. What does the patient see?', requires: [['fairness check', 'bias audit']]}],
		};
		expect(phraseOffline(input({branch}))).toBe('What does the patient see when the model is unsure?');
		expect(phraseOffline(input({branch, answer: 'We run a bias audit on every release before it reaches patients.'}))).toBe(
			'Say the fairness check passes. What does the patient see?',
		);
		expect(phraseOffline(input({branch, thread: [{question: 'Q', answer: 'A fairness check runs monthly.'}]}))).toBe('Say the fairness check passes. What does the patient see?');
	});

	it('does not ask again what was already asked in this thread', () => {
		const branch = {phrasings: ['Which slice would fail first?', 'Who scores the examples?']};
		const asked = [{question: 'Which slice would fail first?', answer: 'Long documents.'}];
		for (let seed = 0; seed < 8; seed++) expect(phraseOffline(input({seed, branch, thread: asked}))).toBe('Who scores the examples?');
	});

	it('is deterministic for the same seed and varies the phrasing across seeds', () => {
		const branch = {phrasings: ['A?', 'B?', 'C?']};
		expect(phraseOffline(input({seed: 5, branch}))).toBe(phraseOffline(input({seed: 5, branch})));
		const texts = new Set(Array.from({length: 12}, (_, seed) => phraseOffline(input({seed, branch, answer: `${metrics} ${seed}`}))));
		expect(texts.size).toBeGreaterThan(1);
	});
});
