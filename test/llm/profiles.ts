// The real servers people run, as fake-server handlers: each answers like its documented API
// does, error bodies and quirks included. Healthy replies are the same everywhere, so a test can
// tell which quirk (if any) kept the LLM from being used.
import type {Handler, Reply, RecordedRequest} from '../support/openai-server.js';
import {words} from '../support/openai-server.js';

export const PROFILE_FOLLOW_UP = 'Which three quality criteria would you score the rewrites on?';
export const PROFILE_FINDINGS = {findings: [{id: 'no-eval-framework', evidence: 'NPS and daily active users', confidence: 'high'}]};

const body = (request: RecordedRequest) => request.body ?? {};
const format = (request: RecordedRequest): string | undefined => body(request).response_format?.type;
const strict = (request: RecordedRequest): boolean => body(request).response_format?.json_schema?.strict === true;
const query = (request: RecordedRequest) => new URL(request.url, 'http://x').searchParams;

const isAnalysis = (request: RecordedRequest) => String(body(request).messages?.[0]?.content ?? '').startsWith('You review');

/** A healthy reply for whatever was asked: findings for an analysis, the follow-up streamed or whole as requested. */
export function healthyReply(request: RecordedRequest, wrap: (text: string) => string = t => t): Reply {
	const text = isAnalysis(request) ? JSON.stringify(PROFILE_FINDINGS) : PROFILE_FOLLOW_UP;
	return body(request).stream === true ? {kind: 'stream', chunks: words(wrap(text))} : {kind: 'json', content: wrap(text)};
}

const openAiError = (status: number, message: string, extra: {type?: string; param?: string | null; code?: string | null} = {}): Reply => ({
	kind: 'error',
	status,
	body: {error: {message, type: extra.type ?? 'invalid_request_error', param: extra.param ?? null, code: extra.code ?? null}},
});

export type Profile = {
	name: string;
	/** How a user points the app at it (the test swaps the host for the fake server's). */
	env: Record<string, string>;
	handler: Handler;
	/** What GET /models lists; null when the route is missing. */
	models?: string[] | null;
};

/** OpenAI: strict structured output; a model the account lacks is a 404 with code model_not_found. */
const openai: Handler = request => {
	if (body(request).model !== 'gpt-4o-mini') {
		return openAiError(404, `The model \`${body(request).model}\` does not exist or you do not have access to it.`, {code: 'model_not_found'});
	}
	return healthyReply(request);
};

/**
 * OpenAI reasoning models (o-series, gpt-5): max_tokens and temperature are rejected by name, and
 * an unverified organisation may not stream them.
 */
const openaiReasoning: Handler = request => {
	const b = body(request);
	if ('max_tokens' in b) {
		return openAiError(400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", {
			param: 'max_tokens',
			code: 'unsupported_parameter',
		});
	}
	if ('temperature' in b) {
		return openAiError(400, "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.", {
			param: 'temperature',
			code: 'unsupported_value',
		});
	}
	if (b.stream === true) {
		return openAiError(400, 'Your organization must be verified to stream this model. Please go to the organization settings and verify it.', {
			param: 'stream',
			code: 'unsupported_value',
		});
	}
	return healthyReply(request);
};

/** Azure OpenAI classic: deployment in the path, api-version in the query, key in an api-key header. */
const azureClassic: Handler = request => {
	if (!/^\/openai\/deployments\/[^/]+\/chat\/completions$/.test(request.url.split('?')[0]!) || !query(request).get('api-version')) {
		return {kind: 'error', status: 404, body: {error: {code: '404', message: 'Resource not found'}}};
	}
	if (request.headers['api-key'] !== 'azure-key' || request.headers.authorization) {
		return {kind: 'error', status: 401, body: {error: {code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.'}}};
	}
	if (!request.url.startsWith('/openai/deployments/interviewer/')) {
		return {kind: 'error', status: 404, body: {error: {code: 'DeploymentNotFound', message: 'The API deployment for this resource does not exist.'}}};
	}
	return healthyReply(request);
};

/** Azure OpenAI v1: OpenAI's paths under /openai/v1, no api-version. */
const azureV1: Handler = request =>
	request.url.startsWith('/openai/v1/chat/completions') && request.headers['api-key'] === 'azure-key'
		? healthyReply(request)
		: {kind: 'error', status: 401, body: {error: {code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.'}}};

/** Ollama: keyless, models listed at /v1/models, reasoning models think out loud, unknown models 404. */
const ollama: Handler = request => {
	const model = body(request).model;
	if (model !== 'qwen3:8b')
		return {kind: 'error', status: 404, body: {error: {message: `model "${model}" not found, try pulling it first`, type: 'api_error', param: null, code: null}}};
	return healthyReply(request, text => `<think>\nThe candidate lists usage metrics. I should ask about quality.\n</think>\n\n${text}`);
};

/** Older vLLM: json_schema rejected with a body that is not OpenAI's shape (the SDK cannot read it). */
const vllmOld: Handler = request =>
	format(request) === 'json_schema'
		? {kind: 'error', status: 400, body: {object: 'error', message: 'guided_json is not supported by the xgrammar backend', type: 'BadRequestError', param: null, code: 400}}
		: healthyReply(request);

/** LM Studio: json_schema only; json_object is refused with a bare-string error. */
const lmStudio: Handler = request =>
	format(request) === 'json_object' ? {kind: 'error', status: 400, body: {error: "'response_format.type' must be 'json_schema'"}} : healthyReply(request);

/** Older llama.cpp server builds: a json_schema request crashes the handler with a 500. */
const llamaCpp: Handler = request =>
	format(request) === 'json_schema'
		? {kind: 'error', status: 500, body: {error: {code: 500, message: 'JSON schema conversion failed: unsupported keyword', type: 'server_error'}}}
		: healthyReply(request);

/** Groq: most models accept only text and json_object. */
const groq: Handler = request =>
	format(request) === 'json_schema' ? openAiError(400, "'response_format.type' : value is not one of the allowed values ['text','json_object']") : healthyReply(request);

/** A server that takes json_schema but not strict mode. */
const noStrict: Handler = request => (strict(request) ? openAiError(400, 'strict mode is not supported for this model', {param: 'response_format'}) : healthyReply(request));

/** OpenRouter: keep-alive comments in streams, attribution headers expected. */
const openRouter: Handler = request => {
	const reply = healthyReply(request);
	if (!request.headers['http-referer']) return openAiError(400, 'missing attribution header');
	return reply.kind === 'stream' ? {...reply, comments: true} : reply;
};

const LOCAL = 'http://localhost:1';

export const PROFILES: Profile[] = [
	{name: 'OpenAI', env: {OPENAI_API_KEY: 'sk-openai', OPENAI_BASE_URL: 'https://api.openai.com/v1', OPENAI_MODEL: 'gpt-4o-mini'}, handler: openai},
	{
		name: 'OpenAI reasoning model, unverified organisation',
		env: {OPENAI_API_KEY: 'sk-openai', OPENAI_BASE_URL: 'https://api.openai.com/v1', OPENAI_MODEL: 'o4-mini'},
		handler: openaiReasoning,
	},
	{
		name: 'Azure OpenAI classic',
		env: {OPENAI_API_KEY: 'azure-key', OPENAI_BASE_URL: 'https://res.openai.azure.com/openai/deployments/interviewer?api-version=2024-10-21'},
		handler: azureClassic,
	},
	{name: 'Azure OpenAI v1', env: {OPENAI_API_KEY: 'azure-key', OPENAI_BASE_URL: 'https://res.openai.azure.com/openai/v1', OPENAI_MODEL: 'interviewer'}, handler: azureV1},
	{name: 'Ollama', env: {OPENAI_BASE_URL: `${LOCAL}/v1`}, handler: ollama, models: ['nomic-embed-text:latest', 'qwen3:8b']},
	{name: 'vLLM (older)', env: {OPENAI_BASE_URL: `${LOCAL}/v1`, OPENAI_MODEL: 'meta-llama/Llama-3.1-8B-Instruct'}, handler: vllmOld},
	{name: 'LM Studio', env: {OPENAI_BASE_URL: `${LOCAL}/v1`}, handler: lmStudio, models: ['qwen2.5-7b-instruct']},
	{name: 'llama.cpp server (older)', env: {OPENAI_BASE_URL: `${LOCAL}/v1`}, handler: llamaCpp, models: ['ggml-model-q4_k_m.gguf']},
	{name: 'Groq', env: {OPENAI_API_KEY: 'gsk-groq', OPENAI_BASE_URL: 'https://api.groq.com/openai/v1', OPENAI_MODEL: 'llama-3.1-8b-instant'}, handler: groq},
	{name: 'a server without strict mode', env: {OPENAI_BASE_URL: `${LOCAL}/v1`, OPENAI_MODEL: 'm'}, handler: noStrict},
	{
		name: 'OpenRouter',
		env: {
			OPENAI_API_KEY: 'sk-or',
			OPENAI_BASE_URL: 'https://openrouter.ai/api/v1',
			OPENAI_MODEL: 'meta-llama/llama-3.1-8b-instruct',
			AI_PM_SIM_LLM_HEADERS: 'HTTP-Referer: https://example.org/ai-pm-sim; X-Title: ai-pm-sim',
		},
		handler: openRouter,
	},
];
