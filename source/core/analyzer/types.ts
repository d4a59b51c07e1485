import type {DimensionId, FocusId, WeaknessId} from '../taxonomy/ids.js';
import type {TalkingPoint} from '../script/schema.js';

export type AnalyzeInput = {
	focus: FocusId;
	question: string;
	/** Weaknesses the question invites; inferred from focus and wording when absent (ad-hoc questions). */
	probes?: WeaknessId[];
	talkingPoints?: TalkingPoint[];
	answer: string;
};

export type Finding = {
	id: WeaknessId;
	/** 0..1, rounded to two decimals. */
	confidence: number;
	/** A span quoted verbatim from the answer (may be empty when the weakness is an absence). */
	evidence: string;
	/** Which engine found it. */
	source?: 'offline' | 'llm';
};

export type Pacing = 'thin' | 'short' | 'ok' | 'long' | 'rambling';

export type AnswerAnalysis = {
	weaknesses: Finding[];
	/** 0..100 */
	score: number;
	/** One score per dimension, null where the question does not invite that weakness. */
	dimensions: Record<DimensionId, number | null>;
	talkingPoints: {covered: string[]; missed: string[]};
	words: number;
	/** Estimated speaking time at a normal pace, seconds. */
	speakingSeconds: number;
	pacing: Pacing;
	/** The weaknesses that were checked for this question. */
	applicable: WeaknessId[];
};
