import type {AnswerAnalysis, Finding} from '../analyzer/types.js';
import type {Coaching, EngineKind, TokenUsage} from '../engine/types.js';
import type {FocusId, WeaknessId} from '../taxonomy/ids.js';
import type {BranchKey, FollowUpNode, Question} from '../script/schema.js';

/** A question picked for this session, with the script it came from. */
export type PlannedQuestion = {scriptId: string; focus: Exclude<FocusId, 'mixed'>; question: Question};

export type TurnKind = 'question' | 'follow-up';

/** A finished exchange: what was asked, why, what was answered and how it was read. */
export type Turn = {
	index: number;
	kind: TurnKind;
	questionId: string;
	scriptId: string;
	/** Branch path inside the question, e.g. "no-eval-framework/deeper"; "" for the opening question. */
	path: string;
	question: string;
	/** The weakness a follow-up probes; null for opening questions and "go deeper". */
	targets: WeaknessId | null;
	/** The finding in the previous answer that made the interviewer ask this follow-up. */
	trigger: Finding | null;
	answer: string;
	skipped: boolean;
	analysis: AnswerAnalysis | null;
	/** Which engine read this answer (and worded the question that follows). */
	engine: EngineKind;
	notices: string[];
	askedAt: string;
	answeredAt: string;
};

/** The question on screen right now. */
export type Prompt = {
	kind: TurnKind;
	planIndex: number;
	path: string;
	text: string;
	targets: WeaknessId | null;
	trigger: Finding | null;
	/** The script node the prompt came from; a follow-up's children branch further. */
	node: Question | FollowUpNode;
	askedAt: string;
	/** Engine that worded the prompt (opening questions are script text: offline). */
	engine: EngineKind;
	notices: string[];
};

export type Phase =
	| 'answering' // waiting for the candidate
	| 'analyzing' // engine reads the answer
	| 'phrasing' // engine words the follow-up (may stream)
	| 'finished';

export type EndReason = 'completed' | 'ended-early' | 'interrupted';

export type InterviewState = {
	sessionId: string;
	focus: FocusId;
	seed: number;
	plan: PlannedQuestion[];
	phase: Phase;
	prompt: Prompt | null;
	/** The submitted answer while it is being analysed (kept so nothing is lost on cancel). */
	pendingAnswer: string | null;
	/** Follow-up chosen by the state machine, while its wording is produced. */
	pendingFollowUp: {planIndex: number; path: string; target: WeaknessId | null; trigger: Finding | null; node: FollowUpNode; streamed: string} | null;
	/** Branches already taken in the current question (a weakness is never probed twice). */
	probed: BranchKey[];
	/** An answer handed back to the editor after Esc cancelled its analysis. */
	restoredDraft: string | null;
	followUpsAsked: number;
	/** Follow-ups allowed per opening question (set by the candidate's level); the default when absent. */
	maxFollowUps?: number;
	turns: Turn[];
	startedAt: string;
	endedAt: string | null;
	endReason: EndReason | null;
	usage: TokenUsage | null;
	/** LLM coaching for the recap: the text so far while it streams, then the parsed result. */
	coachingStream: string;
	coaching: Coaching | null;
};
