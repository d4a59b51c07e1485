import type {AnalyzeInput, AnswerAnalysis, Finding} from '../analyzer/types.js';
import type {WeaknessId} from '../taxonomy/ids.js';
import type {FollowUpNode} from '../script/schema.js';
import type {Recap} from '../recap/types.js';

export type EngineKind = 'offline' | 'llm';

export type CallOptions = {
	signal?: AbortSignal;
	/** Streaming engines call this with each new piece of text as it arrives. */
	onToken?: (text: string) => void;
};

export type TokenUsage = {promptTokens: number; completionTokens: number; totalTokens: number};

/** What an engine returns: the value, which engine produced it, and an optional line for the user. */
export type EngineResult<T> = {
	value: T;
	engine: EngineKind;
	/** Shown on screen, e.g. "LLM timed out; this turn was handled offline." */
	notice?: string;
	usage?: TokenUsage;
};

export type FollowUpInput = AnalyzeInput & {
	analysis: AnswerAnalysis;
	/** The weakness this follow-up probes; null for a "go deeper" follow-up on a strong answer. */
	target: WeaknessId | null;
	/** The finding that triggered it (its evidence is what the interviewer refers to). */
	trigger: Finding | null;
	/** The script branch chosen by the interview state machine. */
	branch: FollowUpNode;
	/** Deterministic choice among phrasings (offline engine). */
	seed: number;
	/** What was already asked and answered in this question's thread, oldest first (the answer above excluded). */
	thread?: ThreadExchange[];
	/** Follow-ups asked earlier in the session, oldest first: their lead-ins are not repeated back to back. */
	asked?: string[];
};

export type ThreadExchange = {question: string; answer: string};

export type CoachingInput = {recap: Recap};
export type Coaching = {overall: string; perAnswer: Record<number, string>};

/**
 * The contract every interviewer implements. The interview state machine decides *what*
 * is probed; an engine decides how an answer is read and how the follow-up is worded.
 */
export interface InterviewEngine {
	readonly kind: EngineKind;
	analyze(input: AnalyzeInput, options?: CallOptions): Promise<EngineResult<AnswerAnalysis>>;
	phraseFollowUp(input: FollowUpInput, options?: CallOptions): Promise<EngineResult<string>>;
	/** Optional coaching prose for the recap; numbers are never taken from it. */
	coach?(input: CoachingInput, options?: CallOptions): Promise<EngineResult<Coaching>>;
	/** Optional status line for the header: which interviewer runs now and, when it went offline, why. */
	describe?(): string;
}
