// How long, how big and how many: every limit of the LLM interviewer, with its default. Each is
// settable (settings keys and AI_PM_SIM_LLM_* environment variables, see the README).

export type CallKind = 'analysis' | 'followUp' | 'coaching';

export type LlmLimits = {
	/** Total time for one call, retries and the whole stream included, ms. */
	timeoutMs: number;
	/** Total time for the first call to a local server (it may be loading the model), ms. */
	firstCallTimeoutMs: number;
	/** Retries after 429, 5xx and dropped connections, within the call's deadline. */
	maxRetries: number;
	/** A server asking to wait longer than this gets no retry: the turn runs offline. */
	retryAfterCapMs: number;
	/** Longest visible reply accepted per kind of call, characters; longer ones are failures. */
	maxChars: Record<CallKind, number>;
	/** Token limit sent with each kind of call. */
	maxTokens: Record<CallKind, number>;
	/** Sampling temperature for models that accept one. */
	temperature: number;
};

export const DEFAULT_LIMITS: LlmLimits = {
	timeoutMs: 30_000,
	firstCallTimeoutMs: 120_000,
	maxRetries: 2,
	retryAfterCapMs: 4_000,
	maxChars: {analysis: 6_000, followUp: 600, coaching: 8_000},
	// Room for local reasoning models, whose <think> text counts against max_tokens too.
	maxTokens: {analysis: 2_000, followUp: 1_200, coaching: 3_000},
	temperature: 0.2,
};
