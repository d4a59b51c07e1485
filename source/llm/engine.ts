// The LLM interviewer: reads answers with the offline analyzer plus one model call, words
// follow-ups as a stream, and writes coaching prose. Loaded only when the LLM is in use.
import type {AnalyzeInput, AnswerAnalysis} from '../core/analyzer/types.js';
import type {CallOptions, Coaching, CoachingInput, EngineResult, FollowUpInput, InterviewEngine, TokenUsage} from '../core/engine/types.js';
import {LlmClient, rejectsResponseFormat, type LlmConfig, type ResponseFormat} from './client.js';
import {LlmOutputError, abortError} from './errors.js';
import {withFallback} from './fallback.js';
import {FINDINGS_JSON_SCHEMA, mergeFindings, parseVerdicts} from './findings.js';
import {analyzeMessages, coachMessages, followUpMessages} from './prompts.js';
import {rescore} from './rescore.js';
import {CoachStream, FollowUpCleaner} from './text.js';

export type {LlmConfig} from './client.js';

const FORMATS: ResponseFormat[] = ['json_schema', 'json_object', 'text'];

/** The LLM engine without a safety net: failures reject. `offline` supplies the first reading of each answer. */
export function createLlmInterviewer(config: LlmConfig, offline: InterviewEngine): InterviewEngine & {client: LlmClient} {
	const client = new LlmClient(config);
	// Start loading the SDK now so the first call does not wait for it; errors surface on that call.
	client.load().catch(() => {});
	/** The richest response format this server accepted; remembered for the session. */
	let format = 0;

	/** Calls onToken for live text only, never after a cancel. */
	const emitter = (options?: CallOptions) => (text: string) => {
		if (text !== '' && !options?.signal?.aborted) options?.onToken?.(text);
	};

	async function analyze(input: AnalyzeInput, options?: CallOptions): Promise<EngineResult<AnswerAnalysis>> {
		const first = await offline.analyze(input, {signal: options?.signal});
		const base = first.value;
		if (input.answer.trim() === '') return first;
		const {messages} = analyzeMessages(input, base);
		let reply: {text: string; usage: TokenUsage | undefined} | undefined;
		while (!reply) {
			const current = FORMATS[format]!;
			try {
				reply = await client.complete(messages, current, FINDINGS_JSON_SCHEMA, options?.signal);
			} catch (error) {
				if (format < FORMATS.length - 1 && rejectsResponseFormat(error)) {
					format++;
					continue;
				}
				throw error;
			}
		}
		const verdicts = parseVerdicts(reply.text);
		const merged = mergeFindings(base, verdicts, input.answer);
		return {value: rescore(base, merged), engine: 'llm', usage: reply.usage};
	}

	async function phraseFollowUp(input: FollowUpInput, options?: CallOptions): Promise<EngineResult<string>> {
		const {messages} = followUpMessages(input);
		const cleaner = new FollowUpCleaner();
		const emit = emitter(options);
		const {usage} = await client.stream(
			messages,
			delta => {
				emit(cleaner.push(delta));
				return !cleaner.full;
			},
			options?.signal,
		);
		if (options?.signal?.aborted) throw abortError();
		const {tail, text} = cleaner.finish();
		emit(tail);
		if (text === '') throw new LlmOutputError('empty follow-up');
		return {value: text, engine: 'llm', usage};
	}

	async function coach(input: CoachingInput, options?: CallOptions): Promise<EngineResult<Coaching>> {
		const headings = new Map(input.recap.answers.filter(a => !a.skipped).map(a => [a.turn, `Answer ${a.turn}`] as const));
		const {messages} = coachMessages(input);
		const stream = new CoachStream(headings);
		const emit = emitter(options);
		const {usage} = await client.stream(messages, delta => emit(stream.push(delta)), options?.signal);
		if (options?.signal?.aborted) throw abortError();
		const {tail, overall, perAnswer} = stream.finish();
		emit(tail);
		if (overall === '' && Object.keys(perAnswer).length === 0) throw new LlmOutputError('empty coaching');
		return {value: {overall, perAnswer}, engine: 'llm', usage};
	}

	return {kind: 'llm', client, analyze, phraseFollowUp, coach};
}

/** The LLM engine as the app uses it: any failure hands the turn to `fallback` with a notice. */
export function createLlmEngine(config: LlmConfig, fallback: InterviewEngine): InterviewEngine {
	return withFallback(createLlmInterviewer(config, fallback), fallback);
}
