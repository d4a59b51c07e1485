import type {EngineKind} from '../engine/types.js';
import type {InterviewState} from '../interview/types.js';
import {buildRecap} from '../recap/build.js';
import {SESSION_SCHEMA_VERSION, type PendingPrompt, type SessionRecord} from './record.js';

function pendingPrompt(state: InterviewState, draft: string | undefined): PendingPrompt | null {
	const prompt = state.prompt;
	if (!prompt || state.endReason === 'completed') return null;
	const planned = state.plan[prompt.planIndex]!;
	return {
		kind: prompt.kind,
		questionId: planned.question.id,
		scriptId: planned.scriptId,
		path: prompt.path,
		question: prompt.text,
		draft: draft ?? state.pendingAnswer ?? state.restoredDraft ?? '',
	};
}

/** `llm` only when the LLM handled at least one turn or wrote the coaching; each turn keeps its own engine. */
export function recordedEngine(state: InterviewState): EngineKind {
	return state.turns.some(turn => turn.engine === 'llm') || state.coaching !== null ? 'llm' : 'offline';
}

/**
 * The saved form of a session, complete or not; `draft` is whatever was typed but not submitted.
 * An answer still being analysed is kept as the draft, so a crash mid-call loses nothing.
 */
export function toSessionRecord(state: InterviewState, options: {engine?: EngineKind; draft?: string; interruptedAt?: Date} = {}): SessionRecord {
	// Quitting mid-interview: said so in the record, while the open question stays resumable.
	const interrupted = options.interruptedAt !== undefined && state.phase !== 'finished';
	const currentIndex = state.prompt?.planIndex ?? state.pendingFollowUp?.planIndex ?? state.plan.length;
	const complete = state.phase === 'finished' && state.endReason === 'completed';
	const pending = complete ? null : pendingPrompt(state, options.draft);
	// The open question stays in the plan when resuming; later ones follow it.
	const firstRemaining = pending && pending.kind === 'question' ? currentIndex : currentIndex + 1;
	return {
		schemaVersion: SESSION_SCHEMA_VERSION,
		id: state.sessionId,
		focus: state.focus,
		scriptIds: [...new Set(state.plan.map(p => p.scriptId))],
		engine: options.engine ?? recordedEngine(state),
		seed: state.seed,
		startedAt: state.startedAt,
		endedAt: interrupted ? options.interruptedAt!.toISOString() : state.endedAt,
		complete,
		endReason: interrupted ? 'interrupted' : state.endReason,
		remaining: complete ? [] : state.plan.slice(firstRemaining).map(p => ({scriptId: p.scriptId, questionId: p.question.id})),
		turns: state.turns,
		pending,
		recap: state.turns.length > 0 ? buildRecap(state) : null,
		usage: state.usage,
	};
}
