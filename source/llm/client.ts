// The request layer over the openai SDK. The SDK's own retries are off (they sleep the whole
// Retry-After and cannot be cancelled); this layer retries itself within one total deadline per
// call, steps structured output down until the server accepts it, falls back to plain requests
// when streaming is refused, and turns cut-off, oversized or reasoning-wrapped replies into
// clean text or a clear failure.
import type OpenAI from 'openai';
import type {TokenUsage} from '../core/engine/types.js';
import {LlmOutputError, NoModelError, RetryTooLongError, abortError, isAbortError, ownCause, paramOf, statusOf} from './errors.js';
import {DEFAULT_LIMITS, type CallKind, type LlmLimits} from './limits.js';
import {ThinkFilter, stripThink} from './think.js';
import {cappedFetch, retryAfterMs, sleep, startDeadline, type Deadline} from './transport.js';

export type {CallKind, LlmLimits} from './limits.js';

export type LlmConfig = {
	/** Absent: the server is asked (GET /models) on the first call. */
	model?: string;
	/** Absent for keyless local servers (Ollama, llama.cpp, vLLM, LM Studio). */
	apiKey?: string;
	/** OpenAI-compatible base URL without query, e.g. http://localhost:11434/v1. */
	baseUrl?: string;
	/** Sent with every request (OpenRouter's HTTP-Referer and X-Title, proxies). */
	headers?: Record<string, string>;
	/** Added to every request's query (Azure classic: api-version). */
	query?: Record<string, string>;
	/** Azure wants the key in an `api-key` header instead of a bearer token. */
	keyHeader?: 'authorization' | 'api-key';
	/** A server on this machine or network: the first call may wait for the model to load. */
	local?: boolean;
	limits?: Partial<LlmLimits>;
};

export type ChatMessage = {role: 'system' | 'user' | 'assistant'; content: string};

/** Structured output, richest first; a server's rejection moves one step down. */
export const FORMATS = ['json_schema_strict', 'json_schema', 'json_object', 'text'] as const;
export type ResponseFormat = (typeof FORMATS)[number];

export type JsonSchemaSpec = {name: string; schema: Record<string, unknown>};

export type Reply = {text: string; usage: TokenUsage | undefined};

/** The SDK refuses to start without a key; keyless servers get this and no Authorization header. */
const PLACEHOLDER_KEY = 'no-key';
/** Hidden reasoning counts against max_completion_tokens; room for it on top of the visible reply. */
const REASONING_ALLOWANCE = 4000;
/** Parameters a server may name when it rejects the token/sampling settings of a model family. */
const FAMILY_PARAMS = new Set(['max_tokens', 'max_completion_tokens', 'temperature', 'top_p']);

/** o-series and gpt-5 reasoning models take max_completion_tokens and reject temperature/top_p. */
export function isReasoningModel(model: string): boolean {
	const name = model.slice(model.lastIndexOf('/') + 1).toLowerCase();
	return /^o\d/.test(name) || (/^gpt-5/.test(name) && !/chat/.test(name));
}

/** Token counts from a reply's `usage`, tolerating servers that leave fields out. */
function usageOf(raw: unknown): TokenUsage | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const u = raw as {prompt_tokens?: unknown; completion_tokens?: unknown; total_tokens?: unknown};
	const promptTokens = typeof u.prompt_tokens === 'number' ? u.prompt_tokens : 0;
	const completionTokens = typeof u.completion_tokens === 'number' ? u.completion_tokens : 0;
	const totalTokens = typeof u.total_tokens === 'number' ? u.total_tokens : promptTokens + completionTokens;
	return {promptTokens, completionTokens, totalTokens};
}

const errorBody = (error: unknown) => (typeof error === 'object' && error !== null ? (error as {error?: unknown}).error : undefined);
const headersOf = (error: unknown) => (typeof error === 'object' && error !== null ? (error as {headers?: {get(name: string): string | null}}).headers : undefined);

/**
 * Any rejection of a request that carried a response format counts as a rejection of the format,
 * unless the server named another parameter: 400/422, a 500 (older llama.cpp builds crash on
 * json_schema), or an error body the SDK could not read (older vLLM).
 */
function rejectsFormat(error: unknown): boolean {
	if (ownCause(error) || isAbortError(error)) return false;
	const status = statusOf(error);
	if (status === undefined) return false;
	const param = paramOf(error);
	if (param && !/response_format|json_schema|schema/.test(param)) return false;
	if (status === 400 || status === 422 || status === 500 || status === 501) return true;
	return status >= 400 && ![401, 402, 403, 404, 408, 429].includes(status) && errorBody(error) === undefined;
}

/** Worth another try after a pause; `formatBearing` 500s are format rejections, not outages. */
function retryable(error: unknown, formatBearing: boolean): boolean {
	if (ownCause(error) || isAbortError(error)) return false;
	const status = statusOf(error);
	if (status === undefined) {
		const text = String((error as {cause?: {code?: unknown}})?.cause?.code ?? '') + String((error as Error)?.message ?? '');
		return /ECONNRESET|socket|terminated|other side closed/i.test(text);
	}
	if (status === 500) return !formatBearing;
	return status === 408 || status === 429 || status === 502 || status === 503 || status === 504;
}

const streamRefused = (error: unknown) => (statusOf(error) === 400 || statusOf(error) === 422) && paramOf(error) === 'stream';
const streamOptionsRefused = (error: unknown) => (statusOf(error) === 400 || statusOf(error) === 422) && paramOf(error) === 'stream_options';

/** Picks a chat model from a server's list: the only one, a known default, or the first chat-capable one. */
export function pickModel(ids: string[]): {model: string; from: number} | undefined {
	const chat = ids.filter(id => !/embed|whisper|tts|dall-e|moderation|rerank|transcribe|image/i.test(id));
	const pool = chat.length > 0 ? chat : ids;
	if (pool.length === 0) return undefined;
	const preferred = ['gpt-4o-mini', 'gpt-4.1-mini', 'llama3.2', 'qwen2.5', 'llama3.1', 'mistral'];
	for (const want of preferred) {
		const hit = pool.find(id => id === want || id.startsWith(`${want}:`) || id.endsWith(`/${want}`));
		if (hit) return {model: hit, from: ids.length};
	}
	return {model: [...pool].sort()[0]!, from: ids.length};
}

export class LlmClient {
	readonly limits: LlmLimits;
	private readonly config: LlmConfig;
	private sdk: Promise<OpenAI> | undefined;
	private modelName: string | undefined;
	private modelChoice: Promise<string | undefined> | undefined;
	/** What the server was found to accept, remembered for the session. */
	private formatLevel = 0;
	private streaming = true;
	private streamUsage = true;
	private reasoning: boolean | undefined;
	/** No call has succeeded yet: a local server may still be loading the model. */
	private cold = true;

	constructor(config: LlmConfig) {
		this.config = config;
		this.limits = {...DEFAULT_LIMITS, ...config.limits};
		this.modelName = config.model;
	}

	get model(): string | undefined {
		return this.modelName;
	}

	/** The response format the next structured call starts with. */
	get format(): ResponseFormat {
		return FORMATS[this.formatLevel]!;
	}

	get streams(): boolean {
		return this.streaming;
	}

	/** Loads the SDK and builds the client once; safe to call early to warm up. */
	load(): Promise<OpenAI> {
		this.sdk ??= import('openai').then(({default: OpenAIClient}) => {
			const {apiKey, keyHeader, headers, query} = this.config;
			const auth: Record<string, string | null> = !apiKey ? {Authorization: null} : keyHeader === 'api-key' ? {Authorization: null, 'api-key': apiKey} : {};
			const largestReply = Math.max(...Object.values(this.limits.maxChars));
			return new OpenAIClient({
				apiKey: apiKey || PLACEHOLDER_KEY,
				baseURL: this.config.baseUrl || undefined,
				// Our own deadline ends every call; the SDK's is only a backstop.
				timeout: Math.max(this.limits.timeoutMs, this.limits.firstCallTimeoutMs) + 1000,
				maxRetries: 0,
				logLevel: 'off',
				// Server-sent events carry ~200 bytes of JSON per token: room for that, not for a flood.
				fetch: cappedFetch(Math.max(1 << 20, largestReply * 256)),
				defaultHeaders: {...headers, ...auth},
				...(query ? {defaultQuery: query} : {}),
			});
		});
		return this.sdk;
	}

	private begin(signal: AbortSignal | undefined): Deadline {
		const ms = this.cold && this.config.local ? Math.max(this.limits.firstCallTimeoutMs, this.limits.timeoutMs) : this.limits.timeoutMs;
		return startDeadline(signal, ms);
	}

	/**
	 * The model to ask: the configured one, or one picked from the server's list (asked once).
	 * `notice` says which was picked and from how many.
	 */
	async chooseModel(signal?: AbortSignal): Promise<{model: string; notice?: string}> {
		if (this.modelName) return {model: this.modelName};
		let notice: string | undefined;
		this.modelChoice ??= (async () => {
			const client = await this.load();
			const deadline = this.begin(signal);
			try {
				const page = await client.models.list({signal: deadline.signal, maxRetries: 0});
				const ids = (page.data ?? []).map(m => m?.id).filter((id): id is string => typeof id === 'string' && id.trim() !== '');
				const picked = pickModel(ids);
				if (!picked) return undefined;
				notice =
					picked.from === 1
						? `Using "${picked.model}", the model the server offers.`
						: `Using "${picked.model}", one of ${picked.from} models the server offers; choose another with --model or OPENAI_MODEL.`;
				return picked.model;
			} catch (error) {
				const translated = deadline.translate(error);
				if (isAbortError(translated)) throw translated;
				return undefined;
			} finally {
				deadline.dispose();
			}
		})();
		let model: string | undefined;
		try {
			model = await this.modelChoice;
		} catch (error) {
			// A cancelled lookup is asked again next time.
			this.modelChoice = undefined;
			throw error;
		}
		if (!model) throw new NoModelError('No model is set and the server did not list one');
		this.modelName = model;
		return {model, ...(notice ? {notice} : {})};
	}

	/** Token limit and sampling in the names this model family accepts. */
	private sampling(kind: CallKind, model: string): Record<string, number> {
		const reasoning = this.reasoning ?? isReasoningModel(model);
		const tokens = this.limits.maxTokens[kind];
		return reasoning ? {max_completion_tokens: tokens + REASONING_ALLOWANCE} : {max_tokens: tokens, temperature: this.limits.temperature};
	}

	/** Runs `attempt` with our own retries: cancellable waits, Retry-After honoured up to a cap. */
	private async withRetries<T>(deadline: Deadline, model: string, formatBearing: boolean, attempt: () => Promise<T>): Promise<T> {
		let familyFlipped = false;
		for (let tries = 0; ; tries++) {
			try {
				return await attempt();
			} catch (raw) {
				const error = deadline.translate(raw);
				if (error !== raw) throw error;
				const status = statusOf(error);
				// A server naming max_tokens or temperature wants the other family's parameters (Azure deployments hide the model name).
				if (!familyFlipped && (status === 400 || status === 422) && FAMILY_PARAMS.has(paramOf(error) ?? '')) {
					familyFlipped = true;
					this.reasoning = !(this.reasoning ?? isReasoningModel(model));
					tries--;
					continue;
				}
				if (!retryable(error, formatBearing) || tries >= this.limits.maxRetries) throw error;
				const asked = retryAfterMs(headersOf(error));
				if (asked !== undefined && asked > this.limits.retryAfterCapMs) throw new RetryTooLongError(asked, status);
				const wait = asked ?? Math.min(this.limits.retryAfterCapMs, 250 * 2 ** tries);
				if (wait >= deadline.remaining()) throw new RetryTooLongError(wait, status);
				try {
					await sleep(wait, deadline.signal);
				} catch (cancelled) {
					throw deadline.translate(cancelled);
				}
			}
		}
	}

	private checkLength(kind: CallKind, text: string): void {
		const max = this.limits.maxChars[kind];
		if (text.length > max) throw new LlmOutputError(`longer than ${max} characters`);
	}

	/**
	 * One non-streamed completion. With `schema`, structured output is stepped down on any
	 * rejection of the format (strict schema, schema, JSON mode, plain text) and what worked
	 * is remembered; the probes run without retries.
	 */
	async complete(kind: CallKind, messages: ChatMessage[], schema?: JsonSchemaSpec, signal?: AbortSignal): Promise<Reply> {
		const client = await this.load();
		if (signal?.aborted) throw abortError();
		const {model} = await this.chooseModel(signal);
		const deadline = this.begin(signal);
		try {
			for (let level = schema ? this.formatLevel : FORMATS.length - 1; ; level++) {
				const format = FORMATS[level]!;
				const responseFormat =
					format === 'json_schema_strict' || format === 'json_schema'
						? {type: 'json_schema' as const, json_schema: {name: schema!.name, schema: schema!.schema, strict: format === 'json_schema_strict'}}
						: format === 'json_object'
							? {type: 'json_object' as const}
							: undefined;
				try {
					const completion = await this.withRetries(deadline, model, responseFormat !== undefined, () =>
						client.chat.completions.create(
							{model, messages, ...this.sampling(kind, model), ...(responseFormat ? {response_format: responseFormat} : {})},
							{signal: deadline.signal, timeout: deadline.remaining() + 1000, maxRetries: 0},
						),
					);
					const reply = this.readCompletion(kind, completion);
					if (schema) this.formatLevel = level;
					this.cold = false;
					return reply;
				} catch (error) {
					if (responseFormat && rejectsFormat(error)) continue;
					throw error;
				}
			}
		} catch (error) {
			throw deadline.translate(error);
		} finally {
			deadline.dispose();
		}
	}

	private readCompletion(kind: CallKind, completion: unknown): Reply {
		const choice = (completion as {choices?: Array<{message?: {content?: unknown}; finish_reason?: unknown}>})?.choices?.[0];
		if (choice?.finish_reason === 'length') throw new LlmOutputError('cut off at the token limit');
		if (choice?.finish_reason === 'content_filter') throw new LlmOutputError("withheld by the server's content filter");
		const raw = choice?.message?.content;
		const text = typeof raw === 'string' ? stripThink(raw) : '';
		if (text.trim() === '') throw new LlmOutputError('empty reply');
		this.checkLength(kind, text);
		return {text, usage: usageOf((completion as {usage?: unknown}).usage)};
	}

	/**
	 * A streamed completion. `onDelta` sees each piece of visible text; returning `false` stops
	 * the stream early (the text so far is returned). A server that refuses streaming gets
	 * plain requests for the rest of the session, the whole reply delivered as one piece.
	 */
	async stream(kind: CallKind, messages: ChatMessage[], onDelta: (text: string) => boolean | void, signal?: AbortSignal): Promise<Reply> {
		if (this.streaming) {
			const reply = await this.streamOnce(kind, messages, onDelta, signal);
			if (reply) return reply;
		}
		return this.completeAsOne(kind, messages, onDelta, signal);
	}

	/** undefined when the server refused to stream (the caller then asks without streaming). */
	private async streamOnce(kind: CallKind, messages: ChatMessage[], onDelta: (text: string) => boolean | void, signal?: AbortSignal): Promise<Reply | undefined> {
		const client = await this.load();
		if (signal?.aborted) throw abortError();
		const {model} = await this.chooseModel(signal);
		const deadline = this.begin(signal);
		try {
			const open = () =>
				client.chat.completions.create(
					{model, messages, ...this.sampling(kind, model), stream: true, ...(this.streamUsage ? {stream_options: {include_usage: true}} : {})},
					{signal: deadline.signal, timeout: deadline.remaining() + 1000, maxRetries: 0},
				);
			let stream;
			try {
				stream = await this.withRetries(deadline, model, false, open);
			} catch (error) {
				if (streamRefused(error)) {
					this.streaming = false;
					return undefined;
				}
				if (!streamOptionsRefused(error) || !this.streamUsage) throw error;
				this.streamUsage = false;
				stream = await this.withRetries(deadline, model, false, open);
			}
			const reply = await this.read(kind, stream, deadline, onDelta);
			this.cold = false;
			return reply;
		} catch (error) {
			throw deadline.translate(error);
		} finally {
			deadline.dispose();
		}
	}

	private async completeAsOne(kind: CallKind, messages: ChatMessage[], onDelta: (text: string) => boolean | void, signal?: AbortSignal): Promise<Reply> {
		const reply = await this.complete(kind, messages, undefined, signal);
		onDelta(reply.text);
		return reply;
	}

	private async read(
		kind: CallKind,
		stream: AsyncIterable<{usage?: unknown; choices?: Array<{delta?: {content?: unknown}; finish_reason?: unknown}>}> & {controller: AbortController},
		deadline: Deadline,
		onDelta: (text: string) => boolean | void,
	): Promise<Reply> {
		const think = new ThinkFilter();
		let text = '';
		let usage: TokenUsage | undefined;
		for await (const chunk of stream) {
			if (deadline.signal.aborted) break;
			if (chunk.usage) usage = usageOf(chunk.usage);
			const choice = chunk.choices?.[0];
			const delta = choice?.delta?.content;
			if (typeof delta === 'string' && delta !== '') {
				const visible = think.push(delta);
				if (visible !== '') {
					text += visible;
					this.checkLength(kind, text);
					if (onDelta(visible) === false) {
						stream.controller.abort();
						return {text, usage};
					}
				}
			}
			if (choice?.finish_reason === 'length') throw new LlmOutputError('cut off at the token limit');
			if (choice?.finish_reason === 'content_filter') throw new LlmOutputError("withheld by the server's content filter");
		}
		// The SDK ends the iteration quietly when the request is aborted; that is still a cancel or a timeout.
		if (deadline.signal.aborted) throw deadline.translate(abortError());
		const rest = think.finish();
		if (rest !== '') {
			text += rest;
			this.checkLength(kind, text);
			onDelta(rest);
		}
		return {text, usage};
	}
}
