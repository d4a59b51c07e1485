import type {DimensionId, FocusId, WeaknessId} from '../taxonomy/ids.js';
import type {TalkingPoint} from '../script/schema.js';

export type AnalyzeInput = {
	focus: FocusId;
	question: string;
	/**
	 * Exactly the weaknesses to check, replacing question understanding: for labelled answers, whose
	 * question reading is measured on its own. Callers with a question script use `scriptProbes`.
	 */
	probes?: WeaknessId[];
	/**
	 * The weaknesses a question script lists for this question: checked together with those the
	 * question's wording invites, so an authored list that forgets one does not switch it off.
	 */
	scriptProbes?: WeaknessId[];
	talkingPoints?: TalkingPoint[];
	answer: string;
	/**
	 * Set when the answer replies to a follow-up: the weakness the follow-up probed (null for a
	 * "go deeper" follow-up). The reply is judged on whether it closes that gap, with follow-up length norms.
	 */
	followUp?: {targets: WeaknessId | null};
};

export type Finding = {
	id: WeaknessId;
	/** 0..1, rounded to two decimals. */
	confidence: number;
	/** A span quoted verbatim from the answer; empty when the weakness is an absence. */
	evidence: string;
	/** For an absence: what the answer left out, in words (never a quote). */
	missing?: string;
	/** Which engine found it. */
	source?: 'offline' | 'llm';
};

export type Pacing = 'thin' | 'short' | 'ok' | 'long' | 'rambling';

/** Why a weakness was checked for this question, in words the candidate can read. */
export type Invitation = {id: WeaknessId; reason: string};

export type AnswerAnalysis = {
	/**
	 * False for non-answers (empty, emoji, "I don't know", pasted junk, one sentence repeated): nothing
	 * is scored. The three fields below are absent in sessions saved by earlier versions (read: answered).
	 */
	answered?: boolean;
	/** Short reason when not answered. */
	notAnswered?: string;
	weaknesses: Finding[];
	/** 0..100; null when the answer was not an answer. */
	score: number | null;
	/** One score per dimension, null where the question does not invite that weakness. */
	dimensions: Record<DimensionId, number | null>;
	talkingPoints: {covered: string[]; missed: string[]};
	words: number;
	/** Estimated speaking time at a normal pace, seconds. */
	speakingSeconds: number;
	pacing: Pacing;
	/** The weaknesses that were checked for this question. */
	applicable: WeaknessId[];
	/** The same weaknesses with the reason each applies ("why this was graded"). */
	invited?: Invitation[];
	/** Opening answer, or a reply to a follow-up (and the weakness it probed). */
	turn?: {kind: 'opening'} | {kind: 'follow-up'; targets: WeaknessId | null};
};
