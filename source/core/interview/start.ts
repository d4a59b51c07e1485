import {randomBytes} from 'node:crypto';
import {FOCUS_IDS, type FocusId, type ScriptFocusId} from '../taxonomy/ids.js';
import type {Question, Script} from '../script/schema.js';
import {FOLLOW_UPS_BY_LEVEL, LEVELS, MAX_QUESTIONS, MIXED_LOOP_ORDER, QUESTIONS_PER_FOCUS_SESSION, type Level} from './plan-options.js';
import {seededRandom, shuffled} from '../util/random.js';
import {openingPrompt} from './prompts.js';
import type {InterviewState, PlannedQuestion} from './types.js';

export class PlanError extends Error {}

export function newSessionId(now = new Date()): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
	return `${stamp}-${randomBytes(3).toString('hex')}`;
}

function plannedFrom(script: Script): PlannedQuestion[] {
	return script.questions.map(question => ({scriptId: script.id, focus: script.focus as PlannedQuestion['focus'], question}));
}

/** How far a question's level is from the candidate's; an unlevelled question suits everyone. */
function levelDistance(question: Question, level: Level | undefined): number {
	if (!level || !question.level) return 0;
	return Math.abs(LEVELS.indexOf(question.level) - LEVELS.indexOf(level));
}

export type PlanOptions = {
	focus?: FocusId;
	scriptId?: string;
	seed: number;
	level?: Level;
	/** Opening questions in the session; the focus or loop default when absent. */
	count?: number;
	/** Opening question ids from earlier sessions, most recent first: asked ones come last. */
	recent?: readonly string[];
};

/**
 * Orders a pool best first: questions not asked recently (then the longest ago), then the
 * closest level, ties broken by the seed. Questions two levels away are dropped unless
 * nothing else is left.
 */
function ranked(pool: PlannedQuestion[], options: PlanOptions, random: () => number): PlannedQuestion[] {
	const recent = options.recent ?? [];
	const staleness = (p: PlannedQuestion) => {
		const at = recent.indexOf(p.question.id);
		return at < 0 ? 0 : recent.length - at;
	};
	const fitting = pool.filter(p => levelDistance(p.question, options.level) < 2);
	const candidates = fitting.length > 0 ? fitting : pool;
	return shuffled(candidates, random).sort((a, b) => staleness(a) - staleness(b) || levelDistance(a.question, options.level) - levelDistance(b.question, options.level));
}

/** How many questions each area gives a mixed loop of `count`: spread evenly, extras to random areas. */
function loopShares(count: number, random: () => number): Map<ScriptFocusId, number> {
	const base = Math.floor(count / MIXED_LOOP_ORDER.length);
	const extra = new Set(shuffled(MIXED_LOOP_ORDER, random).slice(0, count % MIXED_LOOP_ORDER.length));
	return new Map(MIXED_LOOP_ORDER.map(focus => [focus, base + (extra.has(focus) ? 1 : 0)]));
}

/** Picks the questions of a session: a whole script, a few from one focus, or a loop across areas for `mixed`. */
export function planQuestions(scripts: Script[], options: PlanOptions): PlannedQuestion[] {
	const random = seededRandom(options.seed);
	const count = options.count;
	if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > MAX_QUESTIONS)) {
		throw new PlanError(`the number of questions must be a whole number from 1 to ${MAX_QUESTIONS}.`);
	}
	if (options.scriptId) {
		const script = scripts.find(s => s.id === options.scriptId);
		if (!script) throw new PlanError(`no script "${options.scriptId}". Scripts: ${scripts.map(s => s.id).join(', ') || '(none loaded)'}.`);
		return plannedFrom(script).slice(0, count);
	}
	const focus = options.focus ?? 'mixed';
	if (!(FOCUS_IDS as readonly string[]).includes(focus)) throw new PlanError(`unknown focus "${focus}". Valid: ${FOCUS_IDS.join(', ')}.`);
	const pool = (f: FocusId) => scripts.filter(s => s.focus === f).flatMap(plannedFrom);
	if (focus === 'mixed') {
		const shares = loopShares(count ?? MIXED_LOOP_ORDER.length, random);
		const picks = MIXED_LOOP_ORDER.flatMap(f => ranked(pool(f), options, random).slice(0, shares.get(f)));
		if (picks.length === 0) throw new PlanError('no scripts are loaded.');
		return picks;
	}
	const questions = pool(focus);
	if (questions.length === 0) throw new PlanError(`no questions for focus "${focus}".`);
	return ranked(questions, options, random).slice(0, count ?? QUESTIONS_PER_FOCUS_SESSION);
}

export type CreateInterviewOptions = {
	scripts: Script[];
	focus?: FocusId;
	scriptId?: string;
	seed?: number;
	level?: Level;
	count?: number;
	recent?: readonly string[];
	sessionId?: string;
	now?: Date;
};

export function createInterview(options: CreateInterviewOptions): InterviewState {
	const now = options.now ?? new Date();
	const seed = options.seed ?? randomBytes(4).readUInt32BE(0);
	const plan = planQuestions(options.scripts, {...options, seed});
	const focus: FocusId = options.scriptId ? plan[0]!.focus : (options.focus ?? 'mixed');
	const at = now.toISOString();
	return {
		sessionId: options.sessionId ?? newSessionId(now),
		focus,
		seed,
		plan,
		phase: 'answering',
		prompt: openingPrompt(plan, 0, at),
		pendingAnswer: null,
		pendingFollowUp: null,
		probed: [],
		restoredDraft: null,
		followUpsAsked: 0,
		maxFollowUps: FOLLOW_UPS_BY_LEVEL[options.level ?? 'mid'],
		turns: [],
		startedAt: at,
		endedAt: null,
		endReason: null,
		usage: null,
		coachingStream: '',
		coaching: null,
	};
}
