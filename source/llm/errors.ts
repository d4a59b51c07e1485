// Failures of the LLM interviewer, sorted into what the session should do about them.
// Classification is by shape (status, name), so this module never needs the openai package.

export type FailureKind =
	/** 401/403: the key is wrong; the rest of the session runs offline. */
	| 'auth'
	/** 429, 5xx, refused, dropped, timed out, other rejections: this turn runs offline, the next tries again. */
	| 'unavailable'
	/** The reply arrived but could not be used (not JSON, wrong shape, empty). */
	| 'malformed'
	/** The caller cancelled: not a failure, passed through. */
	| 'abort';

export class LlmTimeoutError extends Error {
	override readonly name = 'LlmTimeoutError';
	constructor(readonly ms: number) {
		super(`no response within ${ms} ms`);
	}
}

/** The model answered, but not in a usable form. */
export class LlmOutputError extends Error {
	override readonly name = 'LlmOutputError';
}

/** Rejection used for every cancelled call, whatever the transport said. */
export function abortError(): Error {
	const error = new Error('The operation was aborted.');
	error.name = 'AbortError';
	return error;
}

export function isAbortError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'AbortError' || error.name === 'APIUserAbortError');
}

export type Failure = {kind: FailureKind; reason: string};

function statusOf(error: unknown): number | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const status = (error as {status?: unknown}).status;
	return typeof status === 'number' ? status : undefined;
}

function causeText(error: unknown): string {
	let text = '';
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
		text += ` ${current.name} ${current.message} ${String((current as {code?: unknown}).code ?? '')}`;
		current = (current as {cause?: unknown}).cause;
	}
	return text;
}

export function classifyFailure(error: unknown): Failure {
	if (error instanceof LlmTimeoutError) return {kind: 'unavailable', reason: 'timed out'};
	if (error instanceof LlmOutputError) return {kind: 'malformed', reason: 'malformed reply'};
	if (error instanceof SyntaxError) return {kind: 'malformed', reason: 'malformed reply'};
	if (isAbortError(error)) return {kind: 'abort', reason: 'cancelled'};
	const name = error instanceof Error ? error.name : '';
	if (name === 'APIConnectionTimeoutError') return {kind: 'unavailable', reason: 'timed out'};
	const status = statusOf(error);
	if (status === 401 || status === 403) return {kind: 'auth', reason: `HTTP ${status}`};
	if (status === 429) return {kind: 'unavailable', reason: 'rate limited'};
	if (status !== undefined && status >= 500) return {kind: 'unavailable', reason: `server error ${status}`};
	if (status !== undefined) return {kind: 'unavailable', reason: `request rejected, HTTP ${status}`};
	const detail = causeText(error);
	if (/ECONNREFUSED/.test(detail)) return {kind: 'unavailable', reason: 'connection refused'};
	if (/ENOTFOUND|EAI_AGAIN/.test(detail)) return {kind: 'unavailable', reason: 'server not found'};
	if (/timed? ?out|ETIMEDOUT/i.test(detail)) return {kind: 'unavailable', reason: 'timed out'};
	if (name === 'APIConnectionError' || /ECONNRESET|terminated|socket|fetch failed|other side closed/i.test(detail)) {
		return {kind: 'unavailable', reason: 'connection lost'};
	}
	if (error instanceof Error && error.name === 'APIError') return {kind: 'unavailable', reason: 'stream error'};
	return {kind: 'malformed', reason: 'unexpected reply'};
}

export const AUTH_NOTICE = 'The API key was rejected; the rest of this session uses the offline interviewer.';

export function noticeFor(failure: Failure): string {
	switch (failure.kind) {
		case 'auth':
			return AUTH_NOTICE;
		case 'malformed':
			return `The LLM reply could not be used (${failure.reason}); this turn was handled offline.`;
		default:
			return `LLM unavailable (${failure.reason}); this turn was handled offline.`;
	}
}
