// A thin layer over the openai SDK: the package is loaded on first use, every call has its own
// deadline and honours the caller's AbortSignal, and token usage is collected per call.
import type OpenAI from 'openai';
import type {TokenUsage} from '../core/engine/types.js';
import {LlmOutputError, LlmTimeoutError, abortError} from './errors.js';

export type LlmConfig = {
	model: string;
	/** Absent for keyless local servers (Ollama, llama.cpp, vLLM without auth). */
	apiKey?: string;
	/** OpenAI-compatible base URL, e.g. http://localhost:11434/v1. */
	baseUrl?: string;
	/** Longest wait for the first byte, and between streamed chunks. Default 30 s. */
	timeoutMs?: number;
	/** Retries on 429, 5xx, dropped connections and timeouts. Default 2. */
	maxRetries?: number;
};

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
/** The SDK refuses to start without a key; keyless servers get this and no Authorization header. */
const PLACEHOLDER_KEY = 'no-key';

export type ChatMessage = {role: 'system' | 'user' | 'assistant'; content: string};
export type ResponseFormat = 'json_schema' | 'json_object' | 'text';

type Deadline = {
	signal: AbortSignal;
	/** Progress was made: restart the clock. */
	touch(): void;
	/** The error to throw for a failure seen while this deadline was active. */
	translate(error: unknown): unknown;
	dispose(): void;
};

function startDeadline(outer: AbortSignal | undefined, ms: number): Deadline {
	const controller = new AbortController();
	let timedOut = false;
	let timer: NodeJS.Timeout | undefined;
	const arm = () => {
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, ms);
	};
	const onOuterAbort = () => controller.abort();
	if (outer?.aborted) controller.abort();
	else outer?.addEventListener('abort', onOuterAbort, {once: true});
	arm();
	return {
		signal: controller.signal,
		touch: arm,
		translate(error) {
			if (outer?.aborted) return abortError();
			if (timedOut) return new LlmTimeoutError(ms);
			return error;
		},
		dispose() {
			if (timer) clearTimeout(timer);
			outer?.removeEventListener('abort', onOuterAbort);
		},
	};
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

function rejects(error: unknown, pattern: RegExp): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const e = error as {status?: unknown; message?: unknown; param?: unknown};
	if (e.status !== 400 && e.status !== 422) return false;
	return pattern.test(`${String(e.message ?? '')} ${String(e.param ?? '')}`);
}

/** A 400 that complains about the requested response format. */
export function rejectsResponseFormat(error: unknown): boolean {
	return rejects(error, /response_format|json_schema|json_object|structured output|grammar/i);
}

function rejectsStreamOptions(error: unknown): boolean {
	return rejects(error, /stream_options|include_usage/i);
}

export type JsonSchemaSpec = {name: string; schema: Record<string, unknown>};

export class LlmClient {
	readonly model: string;
	readonly timeoutMs: number;
	readonly maxRetries: number;
	private readonly config: LlmConfig;
	private sdk: Promise<OpenAI> | undefined;
	private streamUsage = true;

	constructor(config: LlmConfig) {
		this.config = config;
		this.model = config.model;
		this.timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
		this.maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
	}

	/** Loads the SDK and builds the client once; safe to call early to warm up. */
	load(): Promise<OpenAI> {
		this.sdk ??= import('openai').then(({default: OpenAIClient}) => {
			const keyless = !this.config.apiKey;
			return new OpenAIClient({
				apiKey: this.config.apiKey || PLACEHOLDER_KEY,
				// Falls back to the SDK default (api.openai.com) when absent; the environment was already read by the caller.
				baseURL: this.config.baseUrl || undefined,
				timeout: this.timeoutMs,
				maxRetries: this.maxRetries,
				logLevel: 'off',
				...(keyless ? {defaultHeaders: {Authorization: null}} : {}),
			});
		});
		return this.sdk;
	}

	/** One non-streamed completion; resolves with the message text. */
	async complete(
		messages: ChatMessage[],
		format: ResponseFormat,
		schema: JsonSchemaSpec,
		signal?: AbortSignal,
	): Promise<{text: string; usage: TokenUsage | undefined}> {
		const client = await this.load();
		if (signal?.aborted) throw abortError();
		const deadline = startDeadline(signal, this.timeoutMs);
		try {
			const response_format =
				format === 'json_schema'
					? ({type: 'json_schema', json_schema: {name: schema.name, schema: schema.schema, strict: true}} as const)
					: format === 'json_object'
						? ({type: 'json_object'} as const)
						: undefined;
			const completion = await client.chat.completions.create(
				{model: this.model, messages, ...(response_format ? {response_format} : {})},
				{signal: deadline.signal, timeout: this.timeoutMs, maxRetries: this.maxRetries},
			);
			const text = completion?.choices?.[0]?.message?.content;
			if (typeof text !== 'string' || text.trim() === '') throw new LlmOutputError('empty reply');
			return {text, usage: usageOf(completion.usage)};
		} catch (error) {
			throw deadline.translate(error);
		} finally {
			deadline.dispose();
		}
	}

	/**
	 * A streamed completion. `onDelta` sees each piece of text; returning `false` stops the
	 * stream early (the request is cancelled and the text so far is returned).
	 */
	async stream(
		messages: ChatMessage[],
		onDelta: (text: string) => boolean | void,
		signal?: AbortSignal,
	): Promise<{text: string; usage: TokenUsage | undefined}> {
		const client = await this.load();
		if (signal?.aborted) throw abortError();
		const deadline = startDeadline(signal, this.timeoutMs);
		let text = '';
		let usage: TokenUsage | undefined;
		try {
			const open = (withUsage: boolean) =>
				client.chat.completions.create(
					{model: this.model, messages, stream: true, ...(withUsage ? {stream_options: {include_usage: true}} : {})},
					{signal: deadline.signal, timeout: this.timeoutMs, maxRetries: this.maxRetries},
				);
			let stream;
			try {
				stream = await open(this.streamUsage);
			} catch (error) {
				if (!this.streamUsage || !rejectsStreamOptions(error)) throw error;
				this.streamUsage = false;
				stream = await open(false);
			}
			deadline.touch();
			for await (const chunk of stream) {
				if (deadline.signal.aborted) break;
				deadline.touch();
				if (chunk.usage) usage = usageOf(chunk.usage);
				const delta = chunk.choices?.[0]?.delta?.content;
				if (typeof delta === 'string' && delta !== '') {
					text += delta;
					if (onDelta(delta) === false) {
						stream.controller.abort();
						break;
					}
				}
			}
			// The SDK ends the iteration quietly when the request is aborted; that is still a cancel or a timeout.
			if (deadline.signal.aborted) throw deadline.translate(abortError());
			return {text, usage};
		} catch (error) {
			throw deadline.translate(error);
		} finally {
			deadline.dispose();
		}
	}
}
