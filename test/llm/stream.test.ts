import {describe, expect, it} from 'vitest';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import type {Recap} from '../../source/core/recap/types.js';
import {createLlmEngine} from '../../source/llm/engine.js';
import {words} from '../support/openai-server.js';
import {METRICS_ANSWER, analyzeInput, configFor, followUpInput, useFakeServer} from './fixtures.js';

const server = useFakeServer();

const engine = (extra = {}) => createLlmEngine(configFor(server, extra), createOfflineEngine());
const input = () => followUpInput(analyzeAnswer(analyzeInput()));

describe('streamed follow-up', () => {
	it('arrives chunk by chunk through onToken, with usage', async () => {
		const question = 'You mentioned NPS and daily active users. How would you know the rewrites themselves are good?';
		server.enqueue({kind: 'stream', chunks: words(question), gapMs: 15});
		const tokens: Array<{text: string; at: number}> = [];
		const result = await engine().phraseFollowUp(input(), {onToken: text => tokens.push({text, at: performance.now()})});
		expect(result).toMatchObject({value: question, engine: 'llm'});
		expect(result.notice).toBeUndefined();
		expect(tokens.length).toBeGreaterThanOrEqual(words(question).length - 2);
		expect(tokens.map(t => t.text).join('')).toBe(question);
		// separate deliveries spread over time, not one burst at the end
		expect(tokens.at(-1)!.at - tokens[0]!.at).toBeGreaterThan(100);
		expect(result.usage).toEqual({promptTokens: 12, completionTokens: 5, totalTokens: 17});
		const body = server.requests[0]!.body;
		expect(body.stream).toBe(true);
		expect(body.stream_options).toEqual({include_usage: true});
		expect(server.requests).toHaveLength(1);
	});

	it('puts the question, target, trigger evidence, phrasings and fenced answer in the prompt', async () => {
		server.enqueue({kind: 'stream', chunks: ['How', ' would', ' you', ' know?']});
		await engine().phraseFollowUp(input());
		const messages = server.requests[0]!.body.messages as Array<{role: string; content: string}>;
		const context = messages[1]!.content;
		expect(context).toContain('How would you know it is working?');
		// The gap in plain words: no weakness ids or {quote} templates a small model could repeat to the candidate.
		expect(context).not.toContain('no-eval-framework');
		expect(context).not.toContain('{quote}');
		expect(context).toContain('Measures the AI feature with product metrics only');
		expect(context).toMatch(/<<<ANSWER-[0-9a-f]+>>>\nNPS and daily active users\n<<<END-ANSWER-/);
		expect(context).toContain('Those measure the product; what would you measure about the model itself?');
		expect(messages[2]!.content).toMatch(new RegExp(`<<<ANSWER-[0-9a-f]+>>>\\n${METRICS_ANSWER.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n<<<END-ANSWER-`));
	});

	it('gives the follow-up the earlier questions and answers of the interview, fenced, as context', async () => {
		const llm = engine();
		const earlier = {...analyzeInput('We shipped a ticket classifier and measured accuracy on 300 labelled tickets.'), question: 'Tell me about an AI feature you shipped.'};
		server.enqueue({kind: 'json', content: JSON.stringify({findings: []})}, {kind: 'stream', chunks: ['Which', ' bar?']});
		await llm.analyze(earlier);
		await llm.phraseFollowUp(input());
		const context = (server.requests.at(-1)!.body.messages as Array<{content: string}>)[1]!.content;
		expect(context).toContain('Earlier in this interview');
		expect(context).toContain('Q: Tell me about an AI feature you shipped.');
		expect(context).toMatch(/A: <<<ANSWER-[0-9a-f]+>>>\nWe shipped a ticket classifier/);
		expect(context.indexOf('Earlier in this interview')).toBeLessThan(context.indexOf('Current question'));
	});

	it('strips labels and wrapping quotes, also across chunk boundaries', async () => {
		server.enqueue({kind: 'stream', chunks: ['Inter', 'viewer', ': "', 'What', ' would', ' you', ' measure?', '"']});
		const tokens: string[] = [];
		const result = await engine().phraseFollowUp(input(), {onToken: t => tokens.push(t)});
		expect(result.value).toBe('What would you measure?');
		expect(tokens.join('')).toBe('What would you measure?');
	});

	it('stops a runaway reply at a sane length', async () => {
		const long = Array.from({length: 200}, (_, i) => ` word${i}`);
		server.enqueue({kind: 'stream', chunks: ['Why', ...long, '?'], gapMs: 2});
		const tokens: string[] = [];
		const result = await engine().phraseFollowUp(input(), {onToken: t => tokens.push(t)});
		expect(result.value.length).toBeLessThanOrEqual(400);
		expect(tokens.join('').length).toBeLessThanOrEqual(400);
		await server.requests[0]!.closed;
		expect(server.requests[0]!.aborted).toBe(true);
	});

	it('tolerates a stream without usage', async () => {
		server.enqueue({kind: 'stream', chunks: ['Why', ' that?'], usage: null});
		const result = await engine().phraseFollowUp(input());
		expect(result).toMatchObject({value: 'Why that?', engine: 'llm'});
		expect(result.usage).toBeUndefined();
	});

	it('cancels mid-stream: rejects with an AbortError, the request is closed, no tokens after the abort', async () => {
		server.enqueue({kind: 'stream', chunks: words('What would you measure about the model itself, and how?'), gapMs: 40});
		const controller = new AbortController();
		const tokens: string[] = [];
		let tokensAtAbort = -1;
		const pending = engine().phraseFollowUp(input(), {
			signal: controller.signal,
			onToken: t => {
				tokens.push(t);
				if (tokens.length === 2) {
					controller.abort();
					tokensAtAbort = tokens.length;
				}
			},
		});
		await expect(pending).rejects.toMatchObject({name: 'AbortError'});
		await server.requests[0]!.closed;
		expect(server.requests[0]!.aborted).toBe(true);
		await new Promise(resolve => setTimeout(resolve, 120));
		expect(tokens).toHaveLength(tokensAtAbort);
	});

	it('an already aborted signal rejects without a request', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(engine().phraseFollowUp(input(), {signal: controller.signal})).rejects.toMatchObject({name: 'AbortError'});
		await expect(engine().analyze(analyzeInput(), {signal: controller.signal})).rejects.toMatchObject({name: 'AbortError'});
		expect(server.requests).toHaveLength(0);
	});
});

describe('coaching', () => {
	const recap: Recap = {
		overall: 40,
		dimensions: {'generic-pm': 80, 'over-technical': null, 'no-eval-framework': 20, 'generic-ai-talk': null, 'skips-ethics': null, communication: 60},
		answers: [
			{
				turn: 1,
				question: 'How would you know it is working?',
				kind: 'question',
				score: 28,
				skipped: false,
				words: 47,
				pacing: 'short',
				weaknesses: [{id: 'no-eval-framework', confidence: 1, evidence: 'NPS and daily active users'}],
				missedTalkingPoints: ['An eval set'],
				strongAnswer: 'Split model and product evaluation.',
			},
			{turn: 2, question: 'And the model?', kind: 'follow-up', score: null, skipped: true, words: 0, pacing: null, weaknesses: [], missedTalkingPoints: [], strongAnswer: null},
		],
		actions: [],
		missedTalkingPoints: [],
		answered: 1,
		skipped: 1,
	};

	it('streams paragraphs per answer and overall, returned as prose only', async () => {
		server.enqueue({
			kind: 'stream',
			chunks: ['@@answer', ' 1@@\n', 'Separate the', ' model from the product.', '\n@@overall@@\n', 'Build an eval', ' set next time.'],
		});
		const shown: string[] = [];
		const result = await engine().coach!({recap}, {onToken: t => shown.push(t)});
		expect(result.engine).toBe('llm');
		expect(result.value).toEqual({overall: 'Build an eval set next time.', perAnswer: {1: 'Separate the model from the product.'}});
		expect(shown.length).toBeGreaterThan(2);
		expect(shown.join('')).not.toContain('@@');
		expect(shown.join('')).toContain('Overall');
		const prompt = (server.requests[0]!.body.messages as Array<{content: string}>).map(m => m.content).join('\n');
		expect(prompt).toMatch(/<<<QUOTE-[0-9a-f]+>>>\nNPS and daily active users\n<<<END-QUOTE-/);
		expect(prompt).not.toContain('And the model?');
	});

	it('falls back to empty coaching with a notice when the LLM fails and offline has none', async () => {
		server.enqueue({kind: 'error', status: 500});
		const result = await engine().coach!({recap});
		expect(result).toMatchObject({engine: 'offline', value: {overall: '', perAnswer: {}}});
		expect(result.notice).toMatch(/LLM unavailable \(server error 500\)/);
	});
});
