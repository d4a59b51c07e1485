import type {EngineKind, TokenUsage} from '../engine/types.js';
import type {EndReason, Turn} from '../interview/types.js';
import type {Recap} from '../recap/types.js';
import type {FocusId} from '../taxonomy/ids.js';

export const SESSION_SCHEMA_VERSION = 1;

/** What a session id may look like: it names a file, so nothing that could leave the folder. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** What is saved per session and printed by `run --json` / `replay --json`. */
export type SessionRecord = {
	schemaVersion: number;
	id: string;
	focus: FocusId;
	scriptIds: string[];
	/** The engine the session was started with; each turn records the one that handled it. */
	engine: EngineKind;
	seed: number;
	startedAt: string;
	endedAt: string | null;
	complete: boolean;
	endReason: EndReason | null;
	/** Remaining plan, so an incomplete session can be resumed: question ids by script. */
	remaining: Array<{scriptId: string; questionId: string}>;
	turns: Turn[];
	/** Set for an incomplete session that stopped while a question was open. */
	pending: PendingPrompt | null;
	recap: Recap | null;
	usage: TokenUsage | null;
};

/** The question that was on screen when a session stopped, with whatever had been typed. */
export type PendingPrompt = {
	kind: Turn['kind'];
	questionId: string;
	scriptId: string;
	path: string;
	question: string;
	draft: string;
};
