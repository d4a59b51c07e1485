// `run` with the LLM interviewer, through the built binary, against the fake OpenAI server
// started here. The CLI gets the server only through OPENAI_BASE_URL and OPENAI_API_KEY.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FORMATS} from '../../source/llm/client.js';
import {DEFAULT_LIMITS} from '../../source/llm/limits.js';
import {useFakeServer} from '../llm/fixtures.js';
import {json, runCli, scratchDir} from '../support/cli.js';
import {words, type FakeUsage, type Handler, type RecordedRequest} from '../support/openai-server.js';
import {METRICS_ONLY_ANSWERS} from '../support/answers.js';

type Turn = {kind: 'question' | 'follow-up'; question: string; answer: string; skipped: boolean; engine: string; notices: string[]};
type Session = {engine: string; turns: Turn[]; usage: {promptTokens: number; completionTokens: number; totalTokens: number} | null};

const server = useFakeServer();

const ANSWERS = METRICS_ONLY_ANSWERS.slice(0, 8);

// Different token counts per kind of call, so the total shows every call was counted once.
const ANALYZE_USAGE: FakeUsage = {prompt_tokens: 101, completion_tokens: 11, total_tokens: 112};
const FOLLOW_UP_USAGE: FakeUsage = {prompt_tokens: 53, completion_tokens: 7, total_tokens: 60};
const COACH_USAGE: FakeUsage = {prompt_tokens: 307, completion_tokens: 29, total_tokens: 336};

type Kind = 'analyze' | 'follow-up' | 'coach';
const system = (request: RecordedRequest): string => request.body?.messages?.[0]?.content ?? '';
const kindOf = (request: RecordedRequest): Kind => (request.body?.stream !== true ? 'analyze' : system(request).startsWith('You are a coach') ? 'coach' : 'follow-up');

/** The server's own wording of the n-th follow-up: nothing in the scripts says this. */
const serverFollowUp = (n: number) => `Server question ${n}: which eval set would you build, and what score blocks a launch?`;

/** A healthy server: an empty verdict list for analyses, a numbered follow-up, a short coaching text. */
const healthy: Handler = request => {
	const kind = kindOf(request);
	if (kind === 'analyze') return {kind: 'json', content: JSON.stringify({findings: []}), usage: ANALYZE_USAGE};
	if (kind === 'coach') return {kind: 'stream', chunks: words('@@overall@@ Build an eval set before you pick metrics.'), usage: COACH_USAGE};
	const n = server.requests.filter(r => kindOf(r) === 'follow-up').length;
	return {kind: 'stream', chunks: words(serverFollowUp(n)), usage: FOLLOW_UP_USAGE};
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

async function run(extraArgs: string[] = [], env: Record<string, string> = {}): Promise<Session> {
	const dir = await scratchDir();
	const file = path.join(dir, 'answers.json');
	await writeFile(file, JSON.stringify(ANSWERS));
	const result = await runCli(['run', '--focus', 'evaluation', '--answers', file, '--json', '--seed', '3', '--no-save', ...extraArgs], {
		env: {OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: server.baseUrl, ...env},
		timeoutMs: 15_000,
	});
	expect(result.stderr, result.stderr).toBe('');
	expect(result.code).toBe(0);
	return json<Session>(result);
}

const answered = (session: Session) => session.turns.filter(t => !t.skipped);

describe('run with the LLM interviewer (built binary)', () => {
	it('sends every answer to the server inside its markers, words follow-ups from it and records usage', async () => {
		server.handle(healthy);
		const session = await run();
		expect(session.engine).toBe('llm');
		expect(answered(session).length).toBeGreaterThanOrEqual(4);
		// No model was set: the server's only model is used, and the first turn says so.
		expect(server.listings.length).toBe(1);
		session.turns.forEach((turn, i) => expect(turn).toMatchObject({engine: 'llm', notices: i === 0 ? ['Using "test-model", the model the server offers.'] : []}));
		for (const request of server.requests) expect(request.body.model).toBe('test-model');

		// Follow-ups asked are the server's wording, in order.
		const followUps = session.turns.filter(t => t.kind === 'follow-up');
		expect(followUps.length).toBeGreaterThanOrEqual(1);
		followUps.forEach((turn, i) => expect(turn.question).toBe(serverFollowUp(i + 1)));

		// Each answer travelled to the server between its markers, with the key from the environment.
		const byKind = (kind: Kind) => server.requests.filter(r => kindOf(r) === kind);
		expect(byKind('analyze')).toHaveLength(answered(session).length);
		for (const request of server.requests) expect(request.headers.authorization).toBe('Bearer test-key');
		byKind('analyze').forEach((request, i) => {
			const last = request.body.messages.at(-1).content as string;
			expect(last).toMatch(new RegExp(`<<<ANSWER-([0-9a-f]+)>>>\\n${escape(answered(session)[i]!.answer)}\\n<<<END-ANSWER-\\1>>>`));
		});
		for (const request of byKind('follow-up')) {
			const last = request.body.messages.at(-1).content as string;
			expect(ANSWERS.some(a => new RegExp(`<<<ANSWER-([0-9a-f]+)>>>\\n${escape(a)}\\n<<<END-ANSWER-\\1>>>`).test(last))).toBe(true);
		}

		// Usage is the sum of what the server reported for every call.
		const count = (kind: Kind) => byKind(kind).length;
		const sum = (key: keyof FakeUsage) => count('analyze') * ANALYZE_USAGE[key] + count('follow-up') * FOLLOW_UP_USAGE[key] + count('coach') * COACH_USAGE[key];
		expect(count('follow-up')).toBe(followUps.length);
		expect(session.usage).toEqual({promptTokens: sum('prompt_tokens'), completionTokens: sum('completion_tokens'), totalTokens: sum('total_tokens')});
	});

	it('a server failing every call: each turn is handled offline with a notice, and the run succeeds', async () => {
		// retry-after-ms keeps our retries of a plain 500 from waiting the default back-off.
		server.handle(() => ({kind: 'error', status: 500, message: 'upstream exploded', headers: {'retry-after-ms': '1'}}));
		const session = await run();
		// No turn was handled by the LLM, so the record says offline.
		expect(session.engine).toBe('offline');
		expect(answered(session).length).toBeGreaterThanOrEqual(4);
		const notice = 'LLM unavailable (server error 500); this turn was handled offline.';
		for (const turn of answered(session)) {
			expect(turn.engine).toBe('offline');
			expect(turn.notices).toContain(notice);
		}
		// The wording and the reading of a follow-up both failed: the notice is shown once.
		for (const turn of session.turns.filter(t => t.kind === 'follow-up')) expect(turn.notices).toEqual([notice]);
		// A 500 to a structured request is taken as a rejection of the format: each analysis steps down
		// through the formats once each without retries, then retries the plain request; the streamed
		// calls (one wording per follow-up, the coaching) are retried, then given up.
		const tries = 1 + DEFAULT_LIMITS.maxRetries;
		const analyses = answered(session).length * (FORMATS.length - 1 + tries);
		const streamed = (session.turns.filter(t => t.kind === 'follow-up').length + 1) * tries;
		expect(server.requests).toHaveLength(analyses + streamed);
		expect(session.usage).toBeNull();
	});

	it('a rejected key: no request after it, its notice on the first turn, the rest offline', async () => {
		server.handle(() => ({kind: 'error', status: 401, message: 'Incorrect API key provided.'}));
		const session = await run();
		// The first reading and the follow-up worded alongside it, then nothing.
		expect(server.requests).toHaveLength(2);
		expect(session.engine).toBe('offline');
		const [first, ...rest] = answered(session);
		expect(first).toMatchObject({engine: 'offline', notices: [expect.stringContaining('rejected the API key')]});
		expect(rest.length).toBeGreaterThanOrEqual(3);
		for (const turn of rest) expect(turn).toMatchObject({engine: 'offline', notices: []});
		expect(session.usage).toBeNull();
	});

	it('--offline never reaches the server, even with a key and base URL set', async () => {
		server.handle(healthy);
		const session = await run(['--offline']);
		expect(server.requests).toHaveLength(0);
		expect(session.engine).toBe('offline');
		for (const turn of session.turns) expect(turn).toMatchObject({engine: 'offline', notices: []});
		expect(session.usage).toBeNull();
	});
});
