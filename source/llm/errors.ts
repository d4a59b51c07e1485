// Failures of the LLM interviewer, sorted into what the session should do about them and worded
// by cause. The openai SDK names every error "Error", so classification reads the shape
// (status, code, param, cause chain) and never needs the openai package.

export type FailureKind =
	/** 401/403: the key is wrong; the rest of the session runs offline. */
	| 'auth'
	/** 404 on the model or the endpoint, or no model to use: the rest of the session runs offline. */
	| 'setup'
	/** 429, 5xx, refused, dropped, timed out: this turn runs offline, the next tries again. */
	| 'unavailable'
	/** The reply arrived but could not be used (not JSON, wrong shape, empty, cut off, too long). */
	| 'malformed'
	/** The caller cancelled: not a failure, passed through. */
	| 'abort';

export class LlmTimeoutError extends Error {
	override readonly name = 'LlmTimeoutError';
	constructor(readonly ms: number) {
		super(`no complete reply within ${formatSeconds(ms)}`);
	}
}

/** The model answered, but not in a usable form. */
export class LlmOutputError extends Error {
	override readonly name = 'LlmOutputError';
}

/** The server asked for a longer wait than this app is willing to make within one turn. */
export class RetryTooLongError extends Error {
	override readonly name = 'RetryTooLongError';
	constructor(
		readonly waitMs: number,
		readonly status: number | undefined,
	) {
		super(`the server asked to wait ${formatSeconds(waitMs)}`);
	}
}

/** Nothing to ask: no model configured and the server did not list one. */
export class NoModelError extends Error {
	override readonly name = 'NoModelError';
}

export const formatSeconds = (ms: number) => (ms >= 10_000 || ms % 1000 === 0 ? `${Math.round(ms / 1000)} s` : `${Number((ms / 1000).toFixed(2))} s`);

/** Rejection used for every cancelled call, whatever the transport said. */
export function abortError(): Error {
	const error = new Error('The operation was aborted.');
	error.name = 'AbortError';
	return error;
}

export function isAbortError(error: unknown): boolean {
	return error instanceof Error && error.name === 'AbortError';
}

/** What went wrong, and the one line the user sees about it. */
export type Failure = {kind: FailureKind; reason: string; notice: string};

/** What the notices name: the model asked for and the server's host. */
export type FailureContext = {model: string; host: string};

type ErrorShape = {status?: unknown; code?: unknown; param?: unknown; error?: unknown; message?: unknown};

const shape = (error: unknown): ErrorShape => (typeof error === 'object' && error !== null ? (error as ErrorShape) : {});

export function statusOf(error: unknown): number | undefined {
	const status = shape(error).status;
	return typeof status === 'number' ? status : undefined;
}

export function paramOf(error: unknown): string | undefined {
	const {param, error: body} = shape(error);
	if (typeof param === 'string') return param;
	const nested = shape(body).param;
	return typeof nested === 'string' ? nested : undefined;
}

function codeOf(error: unknown): string {
	const {code, error: body} = shape(error);
	return String(code ?? shape(body).code ?? '');
}

/** Every error in the cause chain (the SDK wraps transport failures). */
function chain(error: unknown): unknown[] {
	const out: unknown[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
		out.push(current);
		current = (current as {cause?: unknown}).cause;
	}
	return out;
}

function causeText(error: unknown): string {
	return chain(error)
		.map(e => (e instanceof Error ? `${e.name} ${e.message} ${String((e as {code?: unknown}).code ?? '')}` : ''))
		.join(' ');
}

/** An error of our own somewhere in the cause chain (e.g. an oversized body inside an SDK error). */
export function ownCause(error: unknown): Error | undefined {
	return chain(error).find((e): e is Error => e instanceof LlmOutputError || e instanceof LlmTimeoutError || e instanceof RetryTooLongError || e instanceof NoModelError);
}

const SETUP_FIX = 'set a model it serves with --model, OPENAI_MODEL or `ai-pm-sim config set model NAME`';

/** A 404 names the model (OpenAI, Ollama, Azure deployments) or the endpoint (a wrong base URL). */
function notFound(error: unknown, context: FailureContext): Failure {
	const text = `${codeOf(error)} ${String(shape(shape(error).error).message ?? shape(error).message ?? '')}`;
	if (/model|deployment/i.test(text)) {
		return {
			kind: 'setup',
			reason: `unknown model "${context.model}"`,
			notice: `The server at ${context.host} has no model "${context.model}" (HTTP 404); the rest of this session uses the offline interviewer. Fix: ${SETUP_FIX}.`,
		};
	}
	return {
		kind: 'setup',
		reason: 'no chat endpoint',
		notice: `The server at ${context.host} has no chat endpoint at this address (HTTP 404); the rest of this session uses the offline interviewer. Fix: check the base URL (it usually ends in /v1).`,
	};
}

const turnOffline = (reason: string): Failure => ({kind: 'unavailable', reason, notice: `LLM unavailable (${reason}); this turn was handled offline.`});
const unusable = (reason: string): Failure => ({kind: 'malformed', reason, notice: `The LLM reply could not be used (${reason}); this turn was handled offline.`});

export function classifyFailure(error: unknown, context: FailureContext): Failure {
	if (isAbortError(error)) return {kind: 'abort', reason: 'cancelled', notice: 'Cancelled.'};
	const own = ownCause(error);
	if (own instanceof LlmTimeoutError) return turnOffline(own.message);
	if (own instanceof RetryTooLongError) return turnOffline(`${own.status === 429 ? 'rate limited' : 'busy'}: ${own.message}`);
	if (own instanceof NoModelError) {
		return {kind: 'setup', reason: 'no model', notice: `${own.message}; the rest of this session uses the offline interviewer. Fix: ${SETUP_FIX}.`};
	}
	if (own instanceof LlmOutputError) return unusable(own.message);
	if (error instanceof SyntaxError) return unusable('not valid JSON');
	const status = statusOf(error);
	if (status === 401 || status === 403) {
		return {
			kind: 'auth',
			reason: `key rejected, HTTP ${status}`,
			notice: `The server at ${context.host} rejected the API key (HTTP ${status}); the rest of this session uses the offline interviewer. Fix: check OPENAI_API_KEY or the apiKey setting.`,
		};
	}
	if (status === 404) return notFound(error, context);
	if (status === 429) return turnOffline('rate limited, HTTP 429');
	if (status === 402) return turnOffline('the account is out of credit, HTTP 402');
	if (status !== undefined && status >= 500) return turnOffline(`server error ${status}`);
	if (status !== undefined) return turnOffline(`request rejected, HTTP ${status}`);
	const detail = causeText(error);
	if (/ECONNREFUSED/.test(detail)) return turnOffline(`nothing is listening at ${context.host}; is the server running?`);
	if (/ENOTFOUND|EAI_AGAIN/.test(detail)) return turnOffline(`the host ${context.host} was not found`);
	if (/ECONNRESET|terminated|socket|other side closed|premature close/i.test(detail)) return turnOffline('the connection was cut mid-reply');
	if (/timed? ?out|ETIMEDOUT/i.test(detail)) return turnOffline('timed out');
	// The SDK raises an error without a status for an error event inside a stream (OpenRouter, vLLM).
	if (error instanceof Error && status === undefined && 'error' in error) return turnOffline(`the server reported an error mid-reply: ${clipMessage(error.message)}`);
	if (/fetch failed|connection error/i.test(detail)) return turnOffline('could not connect');
	return unusable('unexpected reply');
}

const clipMessage = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
