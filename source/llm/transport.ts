// The pieces under every request: one total deadline per call (not only between chunks), a
// cancellable wait for Retry-After, and a cap on how many bytes a reply may bring in.
import {LlmOutputError, LlmTimeoutError, abortError} from './errors.js';

export type Deadline = {
	signal: AbortSignal;
	/** The error to throw for a failure seen while this deadline was active. */
	translate(error: unknown): unknown;
	/** Time left before the deadline, ms. */
	remaining(): number;
	dispose(): void;
};

/** A deadline for a whole call, retries and streaming included; `outer` (Esc) cancels it too. */
export function startDeadline(outer: AbortSignal | undefined, ms: number): Deadline {
	const controller = new AbortController();
	const endsAt = Date.now() + ms;
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, ms);
	const onOuterAbort = () => controller.abort();
	if (outer?.aborted) controller.abort();
	else outer?.addEventListener('abort', onOuterAbort, {once: true});
	return {
		signal: controller.signal,
		translate(error) {
			if (outer?.aborted) return abortError();
			if (timedOut) return new LlmTimeoutError(ms);
			return error;
		},
		remaining: () => Math.max(0, endsAt - Date.now()),
		dispose() {
			clearTimeout(timer);
			outer?.removeEventListener('abort', onOuterAbort);
		},
	};
}

/** Waits `ms`, or rejects at once when `signal` aborts (Esc during a Retry-After wait). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) {
			reject(abortError());
			return;
		}
		const onAbort = () => {
			clearTimeout(timer);
			reject(abortError());
		};
		const timer = setTimeout(() => {
			signal.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal.addEventListener('abort', onAbort, {once: true});
	});
}

type HeaderSource = {get(name: string): string | null} | undefined;

/** How long the server asked us to wait (retry-after-ms, retry-after in seconds or as a date); undefined when it did not say. */
export function retryAfterMs(headers: HeaderSource, now = Date.now()): number | undefined {
	if (!headers || typeof headers.get !== 'function') return undefined;
	const ms = Number(headers.get('retry-after-ms'));
	if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
	const raw = headers.get('retry-after');
	if (raw === null || raw.trim() === '') return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(raw);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Thrown into a reply body that grew past its cap; the SDK hands it on as the cause of its own error. */
export class OversizeError extends LlmOutputError {
	constructor(readonly maxBytes: number) {
		super(`reply larger than ${maxBytes} bytes`);
	}
}

/** A fetch whose response bodies stop (and close the connection) past `maxBytes`, so a flooding server cannot exhaust memory. */
export function cappedFetch(maxBytes: number, inner: typeof fetch = fetch): typeof fetch {
	return async (input, init) => {
		const response = await inner(input, init);
		if (!response.body) return response;
		let seen = 0;
		const counted = response.body.pipeThrough(
			new TransformStream<Uint8Array, Uint8Array>({
				transform(chunk, controller) {
					seen += chunk.byteLength;
					if (seen > maxBytes) controller.error(new OversizeError(maxBytes));
					else controller.enqueue(chunk);
				},
			}),
		);
		return new Response(counted, {status: response.status, statusText: response.statusText, headers: response.headers});
	};
}
