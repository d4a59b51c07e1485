import type {InterviewState} from '../interview/types.js';
import type {SessionRecord} from './record.js';
import {toSessionRecord} from './to-record.js';

/** Where records go; the session store in the app, anything with `save` in tests. */
export type SaveTarget = {save(record: SessionRecord): Promise<void>};

type Watched = {readonly state: InterviewState; subscribe(listener: (state: InterviewState) => void): () => void};

export type SavePolicyOptions = {
	session: Watched;
	target: () => Promise<SaveTarget>;
	/** What is typed but not sent; the submitted answer while it is being read. */
	draft?: () => string;
	onSaved?(state: InterviewState): void;
	onFailed?(error: unknown, state: InterviewState): void;
};

/**
 * When a session is written, for the interactive app and `run` alike: as an answer is sent (a crash
 * during a slow LLM call keeps it as the draft), after every finished turn, whenever a new question
 * is shown (a follow-up the LLM failed to word included), at the end, and on demand, e.g. on a
 * signal or after the LLM path failed. Writes are queued, never concurrent, so the last one wins;
 * a write still waiting when a newer one is asked for is dropped for it.
 */
export class SavePolicy {
	readonly #options: SavePolicyOptions;
	#queue: Promise<unknown> = Promise.resolve();
	#requested = 0;
	#unsubscribe: (() => void) | null = null;
	/** The error of the latest write, or null when it succeeded (or nothing was written yet). */
	lastError: unknown = null;
	/** True once any write succeeded. */
	saved = false;

	constructor(options: SavePolicyOptions) {
		this.#options = options;
	}

	/** Starts saving on the session's own changes; returns a function that stops it. */
	attach(): () => void {
		let seen = this.#options.session.state;
		this.#unsubscribe = this.#options.session.subscribe(state => {
			const before = seen;
			seen = state;
			const sent = state.phase === 'analyzing' && state.pendingAnswer !== null && state.pendingAnswer !== before.pendingAnswer;
			const turned = state.turns.length !== before.turns.length;
			const asked = state.prompt !== before.prompt && state.prompt !== null && state.phase === 'answering';
			const finished = state.phase === 'finished' && before.phase !== 'finished';
			const coached = state.coaching !== before.coaching;
			if (sent || turned || asked || finished || coached) void this.save().catch(() => undefined);
		});
		return () => this.detach();
	}

	detach(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
	}

	/**
	 * Queues a write of the session as it is now; `interruptedAt` marks it stopped (signal, quit);
	 * `draft` overrides what the draft callback would say (taken before cancelling pending work).
	 */
	save(options: {interruptedAt?: Date; draft?: string} = {}): Promise<void> {
		const state = this.#options.session.state;
		const draft = options.draft ?? this.#options.draft?.() ?? state.pendingAnswer ?? undefined;
		const record = toSessionRecord(state, {draft, interruptedAt: options.interruptedAt});
		const ticket = ++this.#requested;
		const run = this.#queue.then(async () => {
			// A newer save is queued behind this one and writes a newer record: one fsync instead of
			// several when an answer, its turn and the next question arrive while a write is running.
			if (ticket !== this.#requested) return;
			try {
				await (await this.#options.target()).save(record);
				this.lastError = null;
				this.saved = true;
				this.#options.onSaved?.(state);
			} catch (error) {
				this.lastError = error;
				this.#options.onFailed?.(error, state);
				throw error;
			}
		});
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** Resolves when every queued write has finished. */
	async flush(): Promise<void> {
		await this.#queue;
	}
}
