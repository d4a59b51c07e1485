// Our own retry loop: the SDK never retries, Retry-After is honoured up to a cap, and Esc ends a
// wait at once.
import {describe, expect, it} from 'vitest';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import {createLlmEngine, createLlmInterviewer} from '../../source/llm/engine.js';
import {analyzeInput, configFor, followUpInput, useFakeServer} from './fixtures.js';

const server = useFakeServer();
const offline = createOfflineEngine();
const followUp = () => followUpInput(analyzeAnswer(analyzeInput()));

describe('retries', () => {
	it('a Retry-After longer than the cap is not waited for: the turn goes offline at once, saying how long the server asked', async () => {
		server.enqueue({kind: 'error', status: 429, message: 'Rate limit reached', headers: {'retry-after': '20'}});
		const input = followUp();
		const started = performance.now();
		const result = await createLlmEngine(configFor(server, {limits: {maxRetries: 2, retryAfterCapMs: 500}}), offline).phraseFollowUp(input);
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(result).toMatchObject({engine: 'offline', notice: 'LLM unavailable (rate limited: the server asked to wait 20 s); this turn was handled offline.'});
		expect(server.requests).toHaveLength(1);
	});

	it('a Retry-After within the cap is honoured, then the call succeeds', async () => {
		server.enqueue({kind: 'error', status: 503, headers: {'retry-after-ms': '150'}}, {kind: 'stream', chunks: ['Recovered?']});
		const started = performance.now();
		const result = await createLlmEngine(configFor(server, {limits: {maxRetries: 1}}), offline).phraseFollowUp(followUp());
		expect(result).toMatchObject({engine: 'llm', value: 'Recovered?'});
		expect(server.requests[1]!.writes[0]! - started).toBeGreaterThanOrEqual(140);
	});

	it('Esc during a Retry-After wait cancels at once', async () => {
		server.enqueue({kind: 'error', status: 429, headers: {'retry-after': '3'}});
		const controller = new AbortController();
		const llm = createLlmInterviewer(configFor(server, {limits: {maxRetries: 2, retryAfterCapMs: 5_000, timeoutMs: 10_000}}), offline);
		const pending = llm.phraseFollowUp(followUp(), {signal: controller.signal});
		await expect.poll(() => server.requests.length).toBe(1);
		await server.requests[0]!.closed;
		const started = performance.now();
		controller.abort();
		await expect(pending).rejects.toMatchObject({name: 'AbortError'});
		// The wait would last 3 s.
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(server.requests).toHaveLength(1);
	});

	it('the SDK does not retry on its own: with retries off, one request per call', async () => {
		server.handle(() => ({kind: 'error', status: 503, headers: {'retry-after-ms': '1'}}));
		try {
			await createLlmEngine(configFor(server), offline).phraseFollowUp(followUp());
			expect(server.requests).toHaveLength(1);
		} finally {
			server.handle(() => ({kind: 'error', status: 500}));
		}
	});

	it('a Retry-After longer than the time left in the call is not waited for either', async () => {
		server.enqueue({kind: 'error', status: 429, headers: {'retry-after-ms': '1900'}});
		const input = followUp();
		const started = performance.now();
		const result = await createLlmEngine(configFor(server, {limits: {maxRetries: 2, retryAfterCapMs: 2_000, timeoutMs: 400}}), offline).phraseFollowUp(input);
		expect(performance.now() - started).toBeLessThan(1_500);
		expect(result.notice).toMatch(/rate limited: the server asked to wait 1\.9 s/);
	});
});
