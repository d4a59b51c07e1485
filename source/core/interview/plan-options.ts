import type {ScriptFocusId} from '../taxonomy/ids.js';

// What shapes a session's plan. Kept free of heavy imports: the CLI reads it while parsing flags.

/** Seniority of a candidate, and of a question that suits them. */
export const LEVELS = ['junior', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

/** Follow-ups per opening question: a junior loop moves on sooner, a senior one digs further. */
export const FOLLOW_UPS_BY_LEVEL: Record<Level, number> = {junior: 1, mid: 2, senior: 3};

/** Opening questions in a focus session: about 30-40 minutes with follow-ups. */
export const QUESTIONS_PER_FOCUS_SESSION = 3;

/** Longest interview a count may ask for: two full loops. */
export const MAX_QUESTIONS = 12;

/**
 * A mixed loop visits the areas in the order real loops tend to: background and a story first,
 * then product design and how to measure it, technical depth, strategy, and values last.
 */
export const MIXED_LOOP_ORDER: readonly ScriptFocusId[] = ['experience', 'product-sense', 'evaluation', 'technical', 'prioritization', 'ethics'];
