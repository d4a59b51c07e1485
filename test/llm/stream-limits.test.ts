// Hostile and broken streams: nothing a server sends can hang a turn or exhaust memory, and a
// reply that is cut off, too long or wrapped in reasoning never reaches the candidate as is.
import {describe, expect, it} from 'vitest';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import {createLlmEngine} from '../../source/llm/engine.js';
import {words} from '../support/openai-server.js';
import {analyzeInput, configFor, followUpInput, useFakeServer} from './fixtures.js';

const server = useFakeServer();
const offline = createOfflineEngine();
const engine = (limits = {}) => createLlmEngine(configFor(server, {limits}), offline);
const followUp = () => followUpInput(analyzeAnswer(analyzeInput()));

describe('stream limits', () => {
	it('a server dripping one character at a time is stopped by the total deadline, not only the gap between chunks', async () => {
		server.enqueue({kind: 'stream', chunks: [...'What would you measure about the model itself, and how would you know it is good enough?'], gapMs: 50});
		const input = followUp();
		const started = performance.now();
		const result = await engine({timeoutMs: 300}).phraseFollowUp(input);
		// The whole drip would take 4.5 s.
		expect(performance.now() - started).toBeLessThan(3_000);
		expect(result).toMatchObject({engine: 'offline', notice: 'LLM unavailable (no complete reply within 0.3 s); this turn was handled offline.'});
		await server.requests[0]!.closed;
		expect(server.requests[0]!.aborted).toBe(true);
	});

	it('an endless stream ends at the size cap, the connection is closed, and the turn completes offline', async () => {
		server.enqueue({kind: 'stream', chunks: ['and ', 'then ', 'also '], endless: true});
		const result = await engine({maxChars: {analysis: 6000, followUp: 300, coaching: 8000}}).coach!({
			recap: {answers: [], actions: [], missedTalkingPoints: [], answered: 0, skipped: 0, overall: 0, dimensions: {} as never},
		});
		expect(result).toMatchObject({engine: 'offline', notice: 'The LLM reply could not be used (longer than 8000 characters); this turn was handled offline.'});
		await server.requests[0]!.closed;
		expect(server.requests[0]!.aborted).toBe(true);
	});

	it('a flood of large chunks is cut at the byte cap before it reaches memory', async () => {
		const huge = 'x'.repeat(64 * 1024);
		server.enqueue({kind: 'stream', chunks: [huge], endless: true});
		const before = process.memoryUsage().heapUsed;
		const result = await engine().phraseFollowUp(followUp());
		expect(result.engine).toBe('offline');
		expect(result.notice).toMatch(/could not be used \((longer than \d+ characters|reply larger than \d+ bytes)\)/);
		expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
	});

	it('a flood of empty keep-alive chunks (no text at all) is cut at the byte cap too', async () => {
		server.enqueue({kind: 'stream', chunks: [''], endless: true});
		const result = await engine({timeoutMs: 5_000}).phraseFollowUp(followUp());
		expect(result).toMatchObject({engine: 'offline', notice: expect.stringMatching(/reply larger than \d+ bytes/)});
	});

	it('an analysis reply past its size cap is a failure, however valid its JSON', async () => {
		server.enqueue({kind: 'json', content: JSON.stringify({findings: [], padding: 'x'.repeat(2_000)})});
		const result = await engine({maxChars: {analysis: 1_000, followUp: 600, coaching: 8_000}}).analyze(analyzeInput());
		expect(result).toMatchObject({engine: 'offline', notice: 'The LLM reply could not be used (longer than 1000 characters); this turn was handled offline.'});
	});

	it('finish_reason "length" is a failure, streamed or not: no half question, no half JSON', async () => {
		server.enqueue({kind: 'stream', chunks: words('You said NPS. How would you'), finish: 'length'});
		const phrased = await engine().phraseFollowUp(followUp());
		expect(phrased).toMatchObject({engine: 'offline', notice: 'The LLM reply could not be used (cut off at the token limit); this turn was handled offline.'});
		expect(phrased.value).toBe((await offline.phraseFollowUp(followUp())).value);
		server.enqueue({kind: 'json', content: '{"findings": [{"id": "generic-pm"', finish: 'length'});
		expect((await engine().analyze(analyzeInput())).notice).toMatch(/cut off at the token limit/);
	});

	it('an error event in the middle of a stream (OpenRouter, vLLM) hands the turn to the offline engine', async () => {
		server.enqueue({kind: 'stream', chunks: words('What would you measure?'), errorAfter: {chunks: 2, body: {error: {code: 502, message: 'Provider returned error'}}}});
		const result = await engine().phraseFollowUp(followUp());
		expect(result).toMatchObject({engine: 'offline', notice: expect.stringMatching(/^LLM unavailable \(the server reported an error mid-reply: .*Provider returned error/)});
	});

	it('strips <think> blocks split across chunks; only the question is shown and kept', async () => {
		server.enqueue({kind: 'stream', chunks: ['<thi', 'nk>The candidate', ' only lists NPS.</th', 'ink>\n\n', 'Which', ' rewrites', ' would you', ' score?']});
		const tokens: string[] = [];
		const result = await engine().phraseFollowUp(followUp(), {onToken: t => tokens.push(t)});
		expect(result).toMatchObject({engine: 'llm', value: 'Which rewrites would you score?'});
		expect(tokens.join('')).toBe('Which rewrites would you score?');
	});

	it('a reply that is only thinking (the block never closes) is a failure, not an empty question', async () => {
		server.enqueue({kind: 'stream', chunks: ['<think>', 'still', ' thinking']});
		expect((await engine().phraseFollowUp(followUp())).engine).toBe('offline');
	});
});
