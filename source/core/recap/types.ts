import type {Finding, Pacing} from '../analyzer/types.js';
import type {DimensionId, WeaknessId} from '../taxonomy/ids.js';

/** One answered (or skipped) turn, as the LLM coach and older readers of saved recaps see it. */
export type AnswerCard = {
	turn: number;
	question: string;
	kind: 'question' | 'follow-up';
	score: number | null;
	skipped: boolean;
	/** Set when the reply was not an answer (empty, emoji, "I don't know"...): no score. */
	notAnswered?: boolean;
	words: number;
	pacing: Pacing | null;
	weaknesses: Finding[];
	missedTalkingPoints: string[];
	/** Outline of a strong answer from the script. */
	strongAnswer: string | null;
	coaching?: string;
};

/** Where a thing to work on showed most, and what that question's strong answer covers. */
export type ActionExample = {
	/** 1-based position of the question in the session. */
	questionNumber: number;
	question: string;
	/** The candidate's own words, a whole clause (null for pacing). */
	quote: string | null;
	/** Talking points of that question the thread never covered: what to add next time. */
	missedPoints: string[];
};

export type Action = {
	dimension: DimensionId;
	title: string;
	/** What a strong answer does; stated once in the recap, here. */
	strongPattern: string;
	/** Quoted evidence from the candidate's answers. */
	evidence: string[];
	/** Absent in recaps saved before questions were grouped. */
	example?: ActionExample;
};

/** One exchange of a question's thread: the opening question or a follow-up, and the answer. */
export type Exchange = {
	turn: number;
	kind: 'question' | 'follow-up';
	question: string;
	answer: string;
	skipped: boolean;
	score: number | null;
	words: number;
	pacing: Pacing | null;
};

/** A weakness found in a question's thread, stated once, with the candidate's own words. */
export type QuestionWeakness = {id: WeaknessId; label: string; quote: string | null; turn: number};

/** Coaching for one question, as data: the screen and the export lay it out, never re-parse it. */
export type QuestionCoaching = {
	/** The question's talking points the thread did not cover, whole: what to add next time. */
	cover: string[];
	/** The script's outline of a strong answer. */
	strongAnswer: string | null;
	/** What the LLM coach wrote about the answers of this thread, if it wrote anything. */
	coach: string[];
};

/** A question and everything asked and answered about it, with its coaching next to it. */
export type QuestionDetail = {
	/** 1-based position in the session. */
	number: number;
	question: string;
	/** Mean of the thread's scored answers; null when every answer was skipped. */
	score: number | null;
	exchanges: Exchange[];
	weaknesses: QuestionWeakness[];
	covered: string[];
	coaching: QuestionCoaching;
};

export type Recap = {
	/** 0..100, computed from the findings, never from LLM prose; null when nothing was scored. */
	overall: number | null;
	dimensions: Record<DimensionId, number | null>;
	answers: AnswerCard[];
	/** The one or two things to work on, most important first. */
	actions: Action[];
	/** Per question, in the order asked. Absent in recaps saved before it existed. */
	questions?: QuestionDetail[];
	missedTalkingPoints: Array<{question: string; points: string[]}>;
	answered: number;
	skipped: number;
	coaching?: {overall: string; perAnswer: Record<number, string>};
};
