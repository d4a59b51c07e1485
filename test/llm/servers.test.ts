// Each real server's documented behaviour, played by the fake server: the user who configures it
// the way its docs say gets the LLM interviewer for both the reading and the follow-up.
import {describe, expect, it} from 'vitest';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import type {LlmConfig} from '../../source/llm/client.js';
import {chooseEngine} from '../../source/llm/config.js';
import {createLlmEngine} from '../../source/llm/engine.js';
import type {FakeOpenAiServer} from '../support/openai-server.js';
import {analyzeInput, followUpInput, useFakeServer} from './fixtures.js';
import {PROFILES, PROFILE_FOLLOW_UP} from './profiles.js';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';

const server = useFakeServer();

/** The configuration the app builds from the profile's environment, pointed at the fake server. */
export function configForProfile(env: Record<string, string>, fake: FakeOpenAiServer): LlmConfig {
	const choice = chooseEngine({env, settings: {}});
	if (choice.kind !== 'llm') throw new Error('profile did not turn the LLM on');
	const url = new URL(choice.config.baseUrl!);
	const origin = new URL(fake.baseUrl).origin;
	return {...choice.config, baseUrl: `${origin}${url.pathname}`, limits: {timeoutMs: 2_000, firstCallTimeoutMs: 2_000, maxRetries: 0}};
}

describe('real server profiles', () => {
	for (const profile of PROFILES) {
		it(`${profile.name}: the LLM reads the answer and words the follow-up, across turns`, async () => {
			server.handle(profile.handler);
			server.setModels(profile.models === undefined ? ['test-model'] : profile.models);
			const llm = createLlmEngine(configForProfile(profile.env, server), createOfflineEngine());
			for (let turn = 0; turn < 2; turn++) {
				const analysis = await llm.analyze(analyzeInput());
				expect(analysis.engine, analysis.notice).toBe('llm');
				const followUp = await llm.phraseFollowUp(followUpInput(analysis.value));
				expect(followUp, followUp.notice).toMatchObject({engine: 'llm', value: PROFILE_FOLLOW_UP});
			}
			expect(llm.kind).toBe('llm');
			expect(llm.describe?.()).toMatch(/^LLM · /);
		});
	}

	it('Ollama without a model: the chat model is picked from the list (not the embedding one) and named once', async () => {
		const profile = PROFILES.find(p => p.name === 'Ollama')!;
		server.handle(profile.handler);
		server.setModels(profile.models!);
		const llm = createLlmEngine(configForProfile(profile.env, server), createOfflineEngine());
		const first = await llm.analyze(analyzeInput());
		expect(first.notice).toBe('Using "qwen3:8b", one of 2 models the server offers; choose another with --model or OPENAI_MODEL.');
		expect((await llm.phraseFollowUp(followUpInput(first.value))).notice).toBeUndefined();
		expect(server.listings).toHaveLength(1);
		expect(llm.describe?.()).toBe(`LLM · qwen3:8b · ${new URL(server.baseUrl).host}`);
		for (const request of server.requests) expect(request.headers.authorization).toBeUndefined();
	});

	it('the reasoning model gets max_completion_tokens and no temperature, and plain requests once streaming is refused', async () => {
		const profile = PROFILES.find(p => p.name.startsWith('OpenAI reasoning'))!;
		server.handle(profile.handler);
		const llm = createLlmEngine(configForProfile(profile.env, server), createOfflineEngine());
		const analysis = await llm.analyze(analyzeInput());
		await llm.phraseFollowUp(followUpInput(analysis.value));
		const before = server.requests.length;
		await llm.phraseFollowUp(followUpInput(analysis.value));
		// Streaming was refused once; the next follow-up goes straight to a plain request.
		expect(server.requests.slice(before).map(r => r.body.stream ?? false)).toEqual([false]);
		for (const request of server.requests) {
			expect(request.body.max_tokens).toBeUndefined();
			expect(request.body.temperature).toBeUndefined();
			expect(request.body.max_completion_tokens).toBeGreaterThan(0);
		}
	});

	it('a reasoning model behind a name that hides it (an Azure deployment) is found out from the parameter the server names', async () => {
		const profile = PROFILES.find(p => p.name.startsWith('OpenAI reasoning'))!;
		server.handle(profile.handler);
		const llm = createLlmEngine(configForProfile({...profile.env, OPENAI_MODEL: 'team-deployment'}, server), createOfflineEngine());
		const analysis = await llm.analyze(analyzeInput());
		expect(analysis.engine, analysis.notice).toBe('llm');
		expect(server.requests.map(r => ('max_tokens' in r.body ? 'max_tokens' : 'max_completion_tokens'))).toEqual(['max_tokens', 'max_completion_tokens']);
		await llm.analyze(analyzeInput());
		expect(server.requests.at(-1)!.body.max_completion_tokens).toBeGreaterThan(0);
	});

	it('other models get max_tokens and a low temperature on every call', async () => {
		const profile = PROFILES.find(p => p.name === 'Groq')!;
		server.handle(profile.handler);
		const llm = createLlmEngine(configForProfile(profile.env, server), createOfflineEngine());
		await llm.phraseFollowUp(followUpInput(analyzeAnswer(analyzeInput())));
		await llm.analyze(analyzeInput());
		for (const request of server.requests) expect(request.body).toMatchObject({max_tokens: expect.any(Number), temperature: 0.2});
	});

	it('an unknown model turns the LLM off for the session with a notice naming the model and the fix', async () => {
		const profile = PROFILES.find(p => p.name === 'Ollama')!;
		server.handle(profile.handler);
		const llm = createLlmEngine(configForProfile({...profile.env, OPENAI_MODEL: 'llama3'}, server), createOfflineEngine());
		const first = await llm.analyze(analyzeInput());
		expect(first.engine).toBe('offline');
		expect(first.notice).toMatch(
			/has no model "llama3" \(HTTP 404\); the rest of this session uses the offline interviewer\. Fix: set a model it serves with --model, OPENAI_MODEL/,
		);
		const second = await llm.phraseFollowUp(followUpInput(first.value));
		expect(second).toMatchObject({engine: 'offline'});
		expect(second.notice).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect(llm.kind).toBe('offline');
		expect(llm.describe?.()).toBe('offline interviewer (LLM off: unknown model "llama3")');
	});

	it('a wrong base URL (404 without a model error) names the base URL as the fix', async () => {
		server.handle(() => ({kind: 'error', status: 404, body: '404 page not found'}));
		const llm = createLlmEngine(configForProfile({OPENAI_BASE_URL: 'http://localhost:1/v1', OPENAI_MODEL: 'm'}, server), createOfflineEngine());
		const result = await llm.analyze(analyzeInput());
		expect(result.notice).toMatch(/no chat endpoint at this address \(HTTP 404\).*check the base URL/);
	});

	it('no model set and no model list: off for the session, saying how to set one', async () => {
		server.setModels(null);
		const llm = createLlmEngine(configForProfile({OPENAI_BASE_URL: 'http://localhost:1/v1'}, server), createOfflineEngine());
		const result = await llm.analyze(analyzeInput());
		expect(result).toMatchObject({engine: 'offline', notice: expect.stringMatching(/^No model is set and the server did not list one;.*--model/)});
		expect(server.requests.filter(r => r.method === 'POST')).toHaveLength(0);
	});
});
