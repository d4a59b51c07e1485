// The LLM interviewer: reads answers with the offline analyzer plus one model call, words
// follow-ups as a stream, and writes coaching prose. Loaded only when the LLM is in use.
import type {AnalyzeInput, AnswerAnalysis} from '../core/analyzer/types.js';
import type {CallOptions, Coaching, CoachingInput, EngineResult, FollowUpInput, InterviewEngine} from '../core/engine/types.js';
import {LlmClient, type LlmConfig} from './client.js';
import {describeLlm, hostOf} from './config.js';
import {LlmOutputError, abortError, type FailureContext} from './errors.js';
import {withFallback} from './fallback.js';
import {FINDINGS_JSON_SCHEMA, mergeFindings, parseVerdicts} from './findings.js';
import {analyzeMessages, coachMessages, followUpMessages, type Exchange} from './prompts.js';
import {rescore} from './rescore.js';
import {CoachStream, FollowUpCleaner} from './text.js';

export type {LlmConfig} from './client.js';

/** How many earlier exchanges a follow-up sees. */
const THREAD_CONTEXT = 3;

type LlmInterviewer = InterviewEngine & {client: LlmClient; describe(): string; context(): FailureContext};

/** The LLM engine without a safety net: failures reject. `offline` supplies the first reading of each answer. */
export function createLlmInterviewer(config: LlmConfig, offline: InterviewEngine): LlmInterviewer {
	const client = new LlmClient(config);
	// Start loading the SDK now so the first call does not wait for it; errors surface on that call.
	client.load().catch(() => {});
	/** Answers of this session by question, for follow-up context and coaching excerpts. */
	const answers = new Map<string, string>();
	const exchanges: Exchange[] = [];
	/** Said once, with the first result after the server picked the model. */
	let modelNotice: string | undefined;

	const withNotice = <T>(result: EngineResult<T>): EngineResult<T> => {
		if (!modelNotice) return result;
		const notice = [modelNotice, result.notice].filter(Boolean).join(' ');
		modelNotice = undefined;
		return {...result, notice};
	};

	const ready = async (signal?: AbortSignal) => {
		const {notice} = await client.chooseModel(signal);
		if (notice) modelNotice = notice;
	};

	/** Calls onToken for live text only, never after a cancel. */
	const emitter = (options?: CallOptions) => (text: string) => {
		if (text !== '' && !options?.signal?.aborted) options?.onToken?.(text);
	};

	/** Keeps the answer for coaching, and the last exchanges for the follow-ups' context. */
	function remember(input: AnalyzeInput): void {
		if (input.answer.trim() === '' || exchanges.at(-1)?.question === input.question) return;
		exchanges.push({question: input.question, answer: input.answer});
		answers.set(input.question, input.answer);
		if (exchanges.length > THREAD_CONTEXT + 1) exchanges.shift();
	}

	async function analyze(input: AnalyzeInput, options?: CallOptions): Promise<EngineResult<AnswerAnalysis>> {
		const first = await offline.analyze(input, {signal: options?.signal});
		const base = first.value;
		remember(input);
		if (input.answer.trim() === '' || base.applicable.length === 0) return first;
		await ready(options?.signal);
		const {messages} = analyzeMessages(input, base);
		const reply = await client.complete('analysis', messages, FINDINGS_JSON_SCHEMA, options?.signal);
		const merged = mergeFindings(base, parseVerdicts(reply.text), input.answer);
		return withNotice({value: rescore(base, merged), engine: 'llm', usage: reply.usage});
	}

	async function phraseFollowUp(input: FollowUpInput, options?: CallOptions): Promise<EngineResult<string>> {
		await ready(options?.signal);
		const earlier = exchanges.filter(e => e.question !== input.question).slice(-THREAD_CONTEXT);
		const {messages} = followUpMessages(input, earlier);
		const cleaner = new FollowUpCleaner();
		const emit = emitter(options);
		const {usage} = await client.stream(
			'followUp',
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
		return withNotice({value: text, engine: 'llm', usage});
	}

	async function coach(input: CoachingInput, options?: CallOptions): Promise<EngineResult<Coaching>> {
		await ready(options?.signal);
		const headings = new Map(input.recap.answers.filter(a => !a.skipped).map(a => [a.turn, `Answer ${a.turn}`] as const));
		const {messages} = coachMessages(input, answers);
		const stream = new CoachStream(headings);
		const emit = emitter(options);
		const {usage} = await client.stream('coaching', messages, delta => emit(stream.push(delta)), options?.signal);
		if (options?.signal?.aborted) throw abortError();
		const {tail, overall, perAnswer} = stream.finish();
		emit(tail);
		if (overall === '' && Object.keys(perAnswer).length === 0) throw new LlmOutputError('empty coaching');
		return withNotice({value: {overall, perAnswer}, engine: 'llm', usage});
	}

	return {
		kind: 'llm',
		client,
		analyze,
		phraseFollowUp,
		coach,
		describe: () => describeLlm(client.model, config.baseUrl),
		context: () => ({model: client.model ?? '(none)', host: hostOf(config.baseUrl)}),
	};
}

/** The LLM engine as the app uses it: any failure hands the turn to `fallback` with a notice. */
export function createLlmEngine(config: LlmConfig, fallback: InterviewEngine): InterviewEngine {
	return withFallback(createLlmInterviewer(config, fallback), fallback);
}
