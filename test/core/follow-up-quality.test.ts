import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {loadFixtures} from '../../source/core/analyzer/evaluate.js';
import {checkFollowUp, followUpQuality} from '../../source/core/engine/quality.js';
import type {FollowUpWording} from '../../source/core/engine/phrase.js';
import type {FollowUpInput} from '../../source/core/engine/types.js';
import {loadScripts} from '../../source/core/script/load.js';
import {analysisWith} from '../support/interview-fixtures.js';

const answer = 'We reached 10,000 users in March, and retention stayed flat.';
const input = (over: Partial<FollowUpInput> = {}): FollowUpInput => ({
	focus: 'evaluation',
	question: 'How would you know it works?',
	answer,
	analysis: analysisWith([]),
	target: null,
	trigger: null,
	branch: {phrasings: ['What did you measure about the model?']},
	seed: 1,
	...over,
});
const quote = (text: string, start: number, end: number) => ({text, start, end, from: 'answer' as const, source: answer});
const wording = (over: Partial<FollowUpWording>): FollowUpWording => ({
	text: 'What did you measure about the model?',
	phrasing: 'What did you measure about the model?',
	quote: null,
	leadIn: null,
	acknowledged: false,
	...over,
});

describe('checkFollowUp: what a candidate would hold against a follow-up', () => {
	it('passes a clean follow-up', () => {
		expect(checkFollowUp(input(), wording({}))).toEqual([]);
	});

	it('catches a quote cut inside a number and one that is not verbatim', () => {
		const cut = quote('We reached 10…', 0, 13);
		expect(checkFollowUp(input(), wording({quote: cut, text: `You said "${cut.text}". What did you measure about the model?`}))).toContain('quote cuts inside a number');
		const made = quote('We reached ten thousand users', 0, 29);
		expect(checkFollowUp(input(), wording({quote: made, text: `You said "${made.text}". What did you measure about the model?`}))).toContain('quote is not verbatim');
	});

	it('catches two lead-ins, a premise the answer lacks and a question asked again', () => {
		const q = quote('We reached 10,000 users in March', 0, 32);
		expect(checkFollowUp(input(), wording({quote: q, text: `You said "${q.text}". You said it would be safe. Why?`}))).toContain('2 lead-ins');
		expect(checkFollowUp(input(), wording({phrasing: 'You mentioned fairness. Why?', text: 'You mentioned fairness. Why?'}))).toContain(
			'asserts a premise without quoting the answer',
		);
		const branch = {phrasings: ['Why?'], conditionalPhrasings: [{text: 'Say the fairness check passes. Why?', requires: [['fairness check']]}]};
		expect(checkFollowUp(input({branch}), wording({phrasing: 'Say the fairness check passes. Why?', text: 'Say the fairness check passes. Why?'}))).toContain(
			'asserts a premise the answers do not show',
		);
		const thread = [{question: 'What did you measure about the model?', answer: 'Nothing yet.'}];
		expect(checkFollowUp(input({thread}), wording({}))).toContain('repeats a question already asked in this thread');
	});

	it('catches a branch that asks for what the thread already covered', () => {
		const branch = {phrasings: ['What did you measure about the model?'], talkingPoints: [{text: 'Retention', cues: ['retention']}]};
		expect(checkFollowUp(input({branch}), wording({}))).toContain('asks for what the thread already covered');
	});
});

describe('the follow-up quality suite', () => {
	it('every follow-up the offline interviewer asks over the development answers passes', async () => {
		const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'answers');
		const {scripts} = await loadScripts();
		const report = await followUpQuality(await loadFixtures(path.join(dir, 'dev.yaml')), scripts);
		expect(report.total).toBeGreaterThan(40);
		expect(report.verdicts.filter(v => v.failures.length > 0)).toEqual([]);
		expect(report.share).toBe(1);
	});
});
