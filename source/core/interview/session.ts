import type {AnalyzeInput} from '../analyzer/types.js';
import type {FollowUpNode, Question} from '../script/schema.js';
import {isWeaknessId, type WeaknessId} from '../taxonomy/ids.js';
import {createOfflineEngine} from '../engine/offline.js';
import type {EngineResult, InterviewEngine, ThreadExchange} from '../engine/types.js';
import {buildRecap} from '../recap/build.js';
import type {InterviewAction} from './actions.js';
import {interviewReducer} from './reducer.js';
import type {EndReason, InterviewState} from './types.js';

type Listener = (state: InterviewState) => void;

/** A follow-up worded ahead of the model's reading (see #speculate). */
type Speculation = {
	matches(pending: {planIndex: number; path: string}): boolean;
	/** Takes the speculative wording: held tokens first, then live ones. */
	adopt(emit: (text: string) => void): Promise<EngineResult<string>>;
	cancel(): void;
};

/** A follow-up also invites the weaknesses its own sub-branches probe. */
function invitedBy(probes: WeaknessId[], node: FollowUpNode | Question): WeaknessId[] {
	const branchKeys = Object.keys(node.followUps ?? {}).filter(isWeaknessId);
	return [...new Set([...probes, ...branchKeys])];
}

function isAbort(error: unknown, signal: AbortSignal): boolean {
	return signal.aborted || (error instanceof Error && error.name === 'AbortError');
}

/**
 * Drives an interview: feeds the reducer, calls the engine for each answer, streams follow-ups.
 * No UI in here: the Ink app and the headless `run` command both use it.
 */
export class InterviewSession {
	#state: InterviewState;
	readonly #engine: InterviewEngine;
	readonly #offline: InterviewEngine;
	readonly #listeners = new Set<Listener>();
	readonly #now: () => Date;
	#pending: AbortController | null = null;

	constructor(options: {engine: InterviewEngine; state: InterviewState; now?: () => Date}) {
		this.#engine = options.engine;
		this.#offline = options.engine.kind === 'offline' ? options.engine : createOfflineEngine();
		this.#state = options.state;
		this.#now = options.now ?? (() => new Date());
	}

	get state(): InterviewState {
		return this.#state;
	}

	get engine(): InterviewEngine {
		return this.#engine;
	}

	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#dispatch(action: InterviewAction): void {
		const next = interviewReducer(this.#state, action);
		if (next === this.#state) return;
		this.#state = next;
		for (const listener of this.#listeners) listener(next);
	}

	// A method, not a field read: the phase changes across awaits and must not be narrowed.
	#phase(): InterviewState['phase'] {
		return this.#state.phase;
	}

	#at(): string {
		return this.#now().toISOString();
	}

	/** Runs an engine call; an unexpected failure is handled by the offline engine, visibly. */
	async #call<T>(run: (engine: InterviewEngine, signal: AbortSignal) => Promise<EngineResult<T>>, signal: AbortSignal): Promise<EngineResult<T>> {
		try {
			return await run(this.#engine, signal);
		} catch (error) {
			if (isAbort(error, signal) || this.#engine === this.#offline) throw error;
			const result = await run(this.#offline, signal);
			return {...result, notice: `The interviewer failed (${(error as Error).message}); this turn was handled offline.`};
		}
	}

	#input(answer: string): AnalyzeInput {
		const prompt = this.#state.prompt!;
		const planned = this.#state.plan[prompt.planIndex]!;
		return {
			focus: planned.focus,
			question: prompt.text,
			// the script's probes add to what the wording invites: an authored list that forgets a weakness does not switch it off
			scriptProbes: prompt.kind === 'question' ? planned.question.probes : invitedBy(planned.question.probes, prompt.node),
			talkingPoints: prompt.kind === 'question' ? planned.question.talkingPoints : (prompt.node.talkingPoints ?? []),
			answer,
			...(prompt.kind === 'follow-up' ? {followUp: {targets: prompt.targets}} : {}),
		};
	}

	/**
	 * Pipelining for engines that call a model: while the model reads the answer, the follow-up the
	 * offline reading leads to is already being worded. Its tokens are held until the model's
	 * reading confirms that branch, so Enter to first token costs one model round trip, not two.
	 */
	async #speculate(input: AnalyzeInput, parent: AbortSignal): Promise<Speculation | null> {
		if (this.#engine === this.#offline) return null;
		const reading = (await this.#offline.analyze(input, {signal: parent})).value;
		const next = interviewReducer(this.#state, {type: 'analyzed', analysis: reading, engine: 'offline', at: this.#at()});
		const predicted = next.pendingFollowUp;
		if (!predicted || parent.aborted) return null;
		const own = new AbortController();
		parent.addEventListener('abort', () => own.abort(), {once: true});
		const held: string[] = [];
		let sink: ((text: string) => void) | null = null;
		const followUpInput = {
			...input,
			analysis: reading,
			target: predicted.target,
			trigger: predicted.trigger,
			branch: predicted.node,
			seed: this.#state.seed,
			...this.#memory(next),
		};
		const wording = this.#call((engine, signal) => engine.phraseFollowUp(followUpInput, {signal, onToken: text => (sink ? sink(text) : held.push(text))}), own.signal);
		wording.catch(() => undefined);
		return {
			matches: pending => pending.planIndex === predicted.planIndex && pending.path === predicted.path,
			adopt: emit => {
				for (const text of held.splice(0)) emit(text);
				sink = emit;
				return wording;
			},
			cancel: () => own.abort(),
		};
	}

	/** What the interviewer heard before the answer just analysed: this question's thread, and the session's follow-ups. */
	#memory(state: InterviewState): {thread: ThreadExchange[]; asked: string[]} {
		const turns = state.turns;
		const latest = turns.at(-1);
		const thread = turns
			.slice(0, -1)
			.filter(t => latest && t.scriptId === latest.scriptId && t.questionId === latest.questionId && !t.skipped)
			.map(t => ({question: t.question, answer: t.answer}));
		return {thread, asked: turns.filter(t => t.kind === 'follow-up').map(t => t.question)};
	}

	/** Submits an answer: analysis, then the follow-up (possibly streamed) or the next question. */
	async submit(answer: string): Promise<void> {
		if (this.#state.phase !== 'answering' || !this.#state.prompt) return;
		const input = this.#input(answer);
		const controller = new AbortController();
		this.#pending = controller;
		this.#dispatch({type: 'submit', answer});
		let speculation: Speculation | null = null;
		try {
			const reading = this.#call((engine, signal) => engine.analyze(input, {signal}), controller.signal);
			speculation = await this.#speculate(input, controller.signal);
			const analysis = await reading;
			if (controller.signal.aborted) return;
			this.#dispatch({type: 'analyzed', analysis: analysis.value, engine: analysis.engine, notice: analysis.notice, usage: analysis.usage, at: this.#at()});
			const pending = this.#state.pendingFollowUp;
			if (this.#phase() !== 'phrasing' || !pending) return;
			const followUpInput = {
				...input,
				analysis: analysis.value,
				target: pending.target,
				trigger: pending.trigger,
				branch: pending.node,
				seed: this.#state.seed,
				...this.#memory(this.#state),
			};
			const emit = (text: string) => {
				if (!controller.signal.aborted) this.#dispatch({type: 'follow-up-token', text});
			};
			let wording: EngineResult<string>;
			try {
				if (speculation?.matches(pending)) wording = await speculation.adopt(emit);
				else {
					speculation?.cancel();
					wording = await this.#call((engine, signal) => engine.phraseFollowUp(followUpInput, {signal, onToken: emit}), controller.signal);
				}
			} catch (error) {
				if (!isAbort(error, controller.signal) || this.#phase() !== 'phrasing') throw error;
				// Esc stopped the stream: the scripted wording takes its place at once.
				wording = {...(await this.#offline.phraseFollowUp(followUpInput)), notice: 'Cancelled; showing the scripted follow-up.'};
			}
			this.#dispatch({type: 'follow-up-ready', text: wording.value, engine: wording.engine, notice: wording.notice, usage: wording.usage, at: this.#at()});
		} catch (error) {
			if (!isAbort(error, controller.signal)) throw error;
		} finally {
			speculation?.cancel();
			if (this.#pending === controller) this.#pending = null;
		}
	}

	skip(): void {
		this.#dispatch({type: 'skip', at: this.#at()});
	}

	/** Esc: stops pending engine work. An answer being analysed goes back to the editor. */
	cancel(): void {
		const controller = this.#pending;
		if (!controller) return;
		if (this.#state.phase === 'analyzing') {
			this.#pending = null;
			this.#dispatch({type: 'cancel'});
		}
		controller.abort();
	}

	end(reason: EndReason = 'ended-early'): void {
		const controller = this.#pending;
		this.#pending = null;
		this.#dispatch({type: 'end', reason, at: this.#at()});
		controller?.abort();
	}

	/**
	 * Optional coaching prose from engines that write it (the LLM); the numbers stay computed.
	 * Resolves to why there is none when the engine could not write it (null otherwise).
	 */
	async requestCoaching(signal?: AbortSignal): Promise<string | null> {
		if (!this.#engine.coach || this.#state.phase !== 'finished' || this.#state.coaching) return null;
		const recap = buildRecap(this.#state);
		try {
			const result = await this.#engine.coach({recap}, {signal, onToken: text => this.#dispatch({type: 'coaching-token', text})});
			const written = result.value.overall.trim() !== '' || Object.keys(result.value.perAnswer).length > 0;
			if (written) this.#dispatch({type: 'coaching-ready', coaching: result.value, engine: result.engine, usage: result.usage});
			return written ? null : (result.notice ?? 'the interviewer wrote no coaching');
		} catch (error) {
			if (!(signal && isAbort(error, signal))) throw error;
			return null;
		}
	}
}
