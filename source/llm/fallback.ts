// Keeps the interview going when the LLM fails: the turn is handled by the offline engine and
// the user gets one line saying why (once per failure, not once per call of the same turn). A
// rejected key or an unknown model turns the LLM off for the rest of the session.
import type {CallOptions, Coaching, EngineKind, EngineResult, InterviewEngine} from '../core/engine/types.js';
import {abortError, classifyFailure, type FailureContext} from './errors.js';

const joinNotices = (...notices: Array<string | undefined>) => notices.filter(Boolean).join(' ') || undefined;

const NO_COACHING: Coaching = {overall: '', perAnswer: {}};

type LlmEngine = InterviewEngine & {describe(): string; context(): FailureContext};

export function withFallback(llm: LlmEngine, offline: InterviewEngine): InterviewEngine {
	/** Why the LLM is off for the rest of the session; null while it is on. */
	let offReason: string | null = null;
	/** Notices already shown for the current answer (analysis and follow-up share one). */
	let shown = new Set<string>();
	/** The current answer's reading; a follow-up worded alongside it leaves a shared notice to it. */
	let reading: Promise<unknown> = Promise.resolve();

	async function attempt<T>(
		options: CallOptions | undefined,
		viaLlm: (options: CallOptions) => Promise<EngineResult<T>>,
		viaOffline: (options: CallOptions) => Promise<EngineResult<T>>,
		after?: Promise<unknown>,
	): Promise<EngineResult<T>> {
		if (options?.signal?.aborted) throw abortError();
		if (offReason !== null) return viaOffline(options ?? {});
		let streamed = false;
		const onToken = options?.onToken;
		const tracked: CallOptions = {
			...options,
			...(onToken
				? {
						onToken: (text: string) => {
							streamed = true;
							onToken(text);
						},
					}
				: {}),
		};
		try {
			return await viaLlm(tracked);
		} catch (error) {
			const failure = classifyFailure(error, llm.context());
			if (failure.kind === 'abort' || options?.signal?.aborted) throw abortError();
			if (failure.kind === 'auth' || failure.kind === 'setup') offReason = failure.reason;
			// Text already streamed from the LLM stays on screen until the resolved value replaces it;
			// the offline text is not streamed on top of it.
			const rest: CallOptions = {...options};
			if (streamed) delete rest.onToken;
			const result = await viaOffline(rest);
			await after?.catch(() => undefined);
			const fresh = shown.has(failure.notice) ? undefined : failure.notice;
			shown.add(failure.notice);
			return {...result, engine: 'offline', notice: joinNotices(result.notice, fresh)};
		}
	}

	return {
		get kind(): EngineKind {
			return offReason !== null ? 'offline' : llm.kind;
		},
		describe: () => (offReason !== null ? `offline interviewer (LLM off: ${offReason})` : llm.describe()),
		analyze: (input, options) => {
			shown = new Set();
			const result = attempt(
				options,
				o => llm.analyze(input, o),
				o => offline.analyze(input, o),
			);
			reading = result;
			return result;
		},
		phraseFollowUp: (input, options) =>
			attempt(
				options,
				o => llm.phraseFollowUp(input, o),
				o => offline.phraseFollowUp(input, o),
				reading,
			),
		coach: (input, options) => {
			shown = new Set();
			return attempt(
				options,
				o => (llm.coach ? llm.coach(input, o) : Promise.reject(new Error('no coach'))),
				async o => (offline.coach ? offline.coach(input, o) : {value: NO_COACHING, engine: 'offline'}),
			);
		},
	};
}
