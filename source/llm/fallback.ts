// Keeps the interview going when the LLM fails: the turn is handled by the offline engine and
// the user gets one line saying why. A rejected key turns the LLM off for the rest of the session.
import type {CallOptions, Coaching, EngineKind, EngineResult, InterviewEngine} from '../core/engine/types.js';
import {abortError, classifyFailure, noticeFor} from './errors.js';

const joinNotices = (...notices: Array<string | undefined>) => notices.filter(Boolean).join(' ') || undefined;

const NO_COACHING: Coaching = {overall: '', perAnswer: {}};

export function withFallback(llm: InterviewEngine, offline: InterviewEngine): InterviewEngine {
	let disabled = false;

	async function attempt<T>(
		options: CallOptions | undefined,
		viaLlm: (options: CallOptions) => Promise<EngineResult<T>>,
		viaOffline: (options: CallOptions) => Promise<EngineResult<T>>,
	): Promise<EngineResult<T>> {
		if (options?.signal?.aborted) throw abortError();
		if (disabled) return viaOffline(options ?? {});
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
			const failure = classifyFailure(error);
			if (failure.kind === 'abort' || options?.signal?.aborted) throw abortError();
			if (failure.kind === 'auth') disabled = true;
			// Text already streamed from the LLM stays on screen until the resolved value replaces it;
			// the offline text is not streamed on top of it.
			const rest: CallOptions = {...options};
			if (streamed) delete rest.onToken;
			const result = await viaOffline(rest);
			return {...result, engine: 'offline', notice: joinNotices(result.notice, noticeFor(failure))};
		}
	}

	return {
		get kind(): EngineKind {
			return disabled ? 'offline' : llm.kind;
		},
		analyze: (input, options) =>
			attempt(
				options,
				o => llm.analyze(input, o),
				o => offline.analyze(input, o),
			),
		phraseFollowUp: (input, options) =>
			attempt(
				options,
				o => llm.phraseFollowUp(input, o),
				o => offline.phraseFollowUp(input, o),
			),
		coach: (input, options) =>
			attempt(
				options,
				o => (llm.coach ? llm.coach(input, o) : Promise.reject(new Error('no coach'))),
				async o => (offline.coach ? offline.coach(input, o) : {value: NO_COACHING, engine: 'offline'}),
			),
	};
}
