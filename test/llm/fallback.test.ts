import {describe, expect, it} from 'vitest';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import {createLlmEngine} from '../../source/llm/engine.js';
import {startOpenAiServer, words, type Reply} from '../support/openai-server.js';
import {analyzeInput, configFor, followUpInput, useFakeServer} from './fixtures.js';

const server = useFakeServer();

const offline = createOfflineEngine();
const engine = (extra = {}) => createLlmEngine(configFor(server, extra), offline);
const followUp = () => followUpInput(analyzeAnswer(analyzeInput()));
const offlineFollowUp = async () => (await offline.phraseFollowUp(followUp())).value;
const unavailable = (reason: string) => `LLM unavailable (${reason}); this turn was handled offline.`;

describe('fallback to the offline interviewer', () => {
	const cases: Array<[string, Reply, string]> = [
		['429', {kind: 'error', status: 429, message: 'Rate limit reached'}, unavailable('rate limited, HTTP 429')],
		['503', {kind: 'error', status: 503}, unavailable('server error 503')],
		['a dropped connection', {kind: 'drop'}, unavailable('the connection was cut mid-reply')],
	];

	for (const [name, reply, notice] of cases) {
		it(`handles ${name} offline for this turn, then tries the LLM again`, async () => {
			server.enqueue(reply, reply);
			const llm = engine();
			const analysis = await llm.analyze(analyzeInput());
			expect(analysis).toMatchObject({engine: 'offline', notice, value: analyzeAnswer(analyzeInput())});
			const phrased = await llm.phraseFollowUp(followUp());
			// The same failure on the same answer is said once, not again for its follow-up.
			expect(phrased).toMatchObject({engine: 'offline', value: await offlineFollowUp()});
			expect(phrased.notice).toBeUndefined();
			expect(llm.kind).toBe('llm');
			server.enqueue({kind: 'stream', chunks: ['Back', ' again?']});
			expect(await llm.phraseFollowUp(followUp())).toMatchObject({engine: 'llm', value: 'Back again?'});
			expect(server.requests).toHaveLength(3);
		});
	}

	it('retries 429 and 5xx a bounded number of times before giving up', async () => {
		const busy: Reply = {kind: 'error', status: 503, headers: {'retry-after-ms': '1'}};
		server.enqueue(busy, busy, busy);
		const result = await engine({limits: {maxRetries: 2}}).analyze(analyzeInput());
		expect(result.engine).toBe('offline');
		expect(server.requests).toHaveLength(3);
		server.requests.length = 0;
		server.enqueue({kind: 'error', status: 429, headers: {'retry-after-ms': '1'}}, {kind: 'stream', chunks: ['Recovered?']});
		expect(await engine({limits: {maxRetries: 2}}).phraseFollowUp(followUp())).toMatchObject({engine: 'llm', value: 'Recovered?'});
		expect(server.requests).toHaveLength(2);
	});

	it('handles a refused connection offline', async () => {
		const closed = await startOpenAiServer();
		const baseUrl = closed.baseUrl;
		await closed.close();
		const llm = createLlmEngine({model: 'm', apiKey: 'k', baseUrl, limits: {timeoutMs: 1000, maxRetries: 0}}, offline);
		const result = await llm.phraseFollowUp(followUp());
		expect(result).toMatchObject({engine: 'offline', notice: expect.stringMatching(/^LLM unavailable \(nothing is listening at 127\.0\.0\.1:\d+; is the server running\?\)/)});
	});

	it('a stream that drops midway is handled offline; the resolved value replaces the partial text', async () => {
		server.enqueue({kind: 'stream', chunks: words('What would you measure about the model?'), dropAfter: 3, gapMs: 5});
		const tokens: string[] = [];
		const result = await engine().phraseFollowUp(followUp(), {onToken: t => tokens.push(t)});
		expect(result).toMatchObject({engine: 'offline', notice: unavailable('the connection was cut mid-reply'), value: await offlineFollowUp()});
		expect(tokens.join('')).toBe('What would');
	});

	it('times out with its own short timeout, waiting for the first byte', async () => {
		server.enqueue({kind: 'hang'});
		const started = performance.now();
		const result = await engine({limits: {timeoutMs: 150}}).analyze(analyzeInput());
		expect(result).toMatchObject({engine: 'offline', notice: unavailable('no complete reply within 0.15 s')});
		expect(performance.now() - started).toBeLessThan(1000);
		await server.requests[0]!.closed;
		expect(server.requests[0]!.aborted).toBe(true);
	});

	it('times out when a stream stalls between chunks', async () => {
		server.enqueue({kind: 'stream', chunks: ['What', ' would', ' you'], gapMs: 400});
		const result = await engine({limits: {timeoutMs: 150}}).phraseFollowUp(followUp());
		expect(result).toMatchObject({engine: 'offline', notice: unavailable('no complete reply within 0.15 s')});
	});

	it('malformed JSON is handled offline for the turn with a notice', async () => {
		server.enqueue({kind: 'json', content: '{"findings": [ {"id": "generic-pm", '});
		const result = await engine().analyze(analyzeInput());
		expect(result).toMatchObject({engine: 'offline', value: analyzeAnswer(analyzeInput())});
		expect(result.notice).toMatch(/^The LLM reply could not be used \(.+\); this turn was handled offline\.$/);
	});

	it('schema-breaking JSON is handled offline for the turn with a notice', async () => {
		server.enqueue({kind: 'json', content: JSON.stringify({weaknesses: 'none', score: 10})});
		const result = await engine().analyze(analyzeInput());
		expect(result).toMatchObject({engine: 'offline'});
		expect(result.notice).toMatch(/could not be used/);
	});

	it('a broken response body (not a chat completion) is handled offline', async () => {
		server.enqueue({kind: 'json', body: 'this is not json at all'});
		const result = await engine().analyze(analyzeInput());
		expect(result).toMatchObject({engine: 'offline'});
		expect(result.notice).toMatch(/this turn was handled offline/);
	});

	it('malformed stream data is handled offline', async () => {
		server.enqueue({kind: 'stream', chunks: [], raw: ['{"choices": [{"delta": {"content": "Wh', 'at?"}}]}']});
		const result = await engine().phraseFollowUp(followUp());
		expect(result).toMatchObject({engine: 'offline', value: await offlineFollowUp()});
		expect(result.notice).toMatch(/could not be used/);
	});

	for (const status of [401, 403]) {
		it(`${status} switches the rest of the session to offline, with no further requests`, async () => {
			server.enqueue({kind: 'error', status, message: 'Incorrect API key provided: sk-test-***'});
			const llm = engine();
			const first = await llm.analyze(analyzeInput());
			expect(first).toMatchObject({engine: 'offline', notice: expect.stringContaining('rejected the API key')});
			expect(llm.kind).toBe('offline');
			const second = await llm.phraseFollowUp(followUp());
			expect(second.engine).toBe('offline');
			expect(second.notice).toBeUndefined();
			await llm.analyze(analyzeInput());
			expect(server.requests).toHaveLength(1);
			expect(JSON.stringify([first, second])).not.toContain('sk-test-secret-key');
		});
	}
});

describe('keyless servers', () => {
	it('works without a key and sends no Authorization header', async () => {
		server.enqueue({kind: 'json', content: JSON.stringify({findings: []})}, {kind: 'stream', chunks: ['Local', ' question?']});
		const llm = createLlmEngine({model: 'llama3', baseUrl: server.baseUrl, limits: {timeoutMs: 2000, maxRetries: 0}}, offline);
		expect((await llm.analyze(analyzeInput())).engine).toBe('llm');
		expect(await llm.phraseFollowUp(followUp())).toMatchObject({engine: 'llm', value: 'Local question?'});
		for (const request of server.requests) {
			expect(request.headers.authorization).toBeUndefined();
			expect(request.body.model).toBe('llama3');
		}
	});
});
