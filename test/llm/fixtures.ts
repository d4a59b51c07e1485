// Shared inputs for the LLM engine tests: a real evaluation question and a product-metrics answer.
import type {AnalyzeInput} from '../../source/core/analyzer/types.js';
import type {FollowUpInput} from '../../source/core/engine/types.js';
import type {LlmConfig} from '../../source/llm/client.js';
import {afterAll, afterEach, beforeAll} from 'vitest';
import {startOpenAiServer, type FakeOpenAiServer} from '../support/openai-server.js';

export const QUESTION =
	'We just launched an AI writing assistant inside our document editor. It rewrites, shortens and changes the tone of text. How would you know it is working?';

export const METRICS_ANSWER =
	'I would look at NPS and daily active users, and check retention after thirty days. ' +
	'If people keep coming back and the satisfaction survey is positive, the feature is working. ' +
	'I would also run an A/B test against the old editor and track engagement per document.';

export const analyzeInput = (answer = METRICS_ANSWER): AnalyzeInput => ({
	focus: 'evaluation',
	question: QUESTION,
	probes: ['no-eval-framework', 'generic-pm'],
	talkingPoints: [
		{text: 'Model quality and product success are measured separately, then connected', cues: ['model quality', 'separately']},
		{text: 'An eval set of real user texts scored against a rubric', cues: ['eval set', 'rubric']},
	],
	answer,
});

export const followUpInput = (analysis: FollowUpInput['analysis'], answer = METRICS_ANSWER): FollowUpInput => ({
	...analyzeInput(answer),
	analysis,
	target: 'no-eval-framework',
	trigger: {id: 'no-eval-framework', confidence: 0.8, evidence: 'NPS and daily active users', source: 'offline'},
	branch: {
		phrasings: [
			'Usage and satisfaction tell you people like it. How would you know the rewrites are actually good?',
			'You said {quote}. Those measure the product; what would you measure about the model itself?',
		],
	},
	seed: 7,
});

export const configFor = (server: FakeOpenAiServer, extra: Partial<LlmConfig> = {}): LlmConfig => ({
	model: 'test-model',
	apiKey: 'sk-test-secret-key',
	baseUrl: server.baseUrl,
	...extra,
	limits: {timeoutMs: 2_000, maxRetries: 0, retryAfterCapMs: 300, ...extra.limits},
});

/** One fake server per test file, its request log cleared between tests. */
export function useFakeServer(): FakeOpenAiServer {
	let server: FakeOpenAiServer | undefined;
	beforeAll(async () => {
		server = await startOpenAiServer();
		// The SDK and fetch are loaded once up front, so timings measured in tests are the calls'.
		await import('openai');
		await fetch(`${server.baseUrl}/models`).then(r => r.arrayBuffer());
		server.listings.length = 0;
	});
	afterAll(() => server?.close());
	afterEach(() => {
		if (!server) return;
		server.requests.length = 0;
		server.listings.length = 0;
		server.setModels(['test-model']);
	});
	return new Proxy({} as FakeOpenAiServer, {
		get(_target, key) {
			const value: unknown = Reflect.get(server!, key);
			return typeof value === 'function' ? value.bind(server) : value;
		},
	});
}
