import type {Finding, Pacing} from '../analyzer/types.js';
import type {DimensionId, WeaknessId} from '../taxonomy/ids.js';

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
	/** For each weakness found: what a strong answer does instead. */
	advice: Array<{id: WeaknessId; strongPattern: string}>;
	missedTalkingPoints: string[];
	/** Outline of a strong answer from the script. */
	strongAnswer: string | null;
	coaching?: string;
};

export type Action = {
	dimension: DimensionId;
	title: string;
	/** What a strong answer does. */
	strongPattern: string;
	/** Quoted evidence from the candidate's answers. */
	evidence: string[];
};

export type Recap = {
	/** 0..100, computed from the findings, never from LLM prose; null when nothing was scored. */
	overall: number | null;
	dimensions: Record<DimensionId, number | null>;
	answers: AnswerCard[];
	/** The top three things to work on, most important first. */
	actions: Action[];
	missedTalkingPoints: Array<{question: string; points: string[]}>;
	answered: number;
	skipped: number;
	coaching?: {overall: string; perAnswer: Record<number, string>};
};
