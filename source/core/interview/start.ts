import {randomBytes} from 'node:crypto';
import {FOCUS_IDS, SCRIPT_FOCUS_IDS, type FocusId} from '../taxonomy/ids.js';
import type {Script} from '../script/schema.js';
import {seededRandom, shuffled} from '../util/random.js';
import {openingPrompt} from './prompts.js';
import type {InterviewState, PlannedQuestion} from './types.js';

/** Opening questions in a focus session: about 30-40 minutes with follow-ups. */
export const QUESTIONS_PER_FOCUS_SESSION = 3;

export class PlanError extends Error {}

export function newSessionId(now = new Date()): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
	return `${stamp}-${randomBytes(3).toString('hex')}`;
}

function plannedFrom(script: Script): PlannedQuestion[] {
	return script.questions.map(question => ({scriptId: script.id, focus: script.focus as PlannedQuestion['focus'], question}));
}

/** Picks the questions of a session: a whole script, a few from one focus, or one per focus for `mixed`. */
export function planQuestions(scripts: Script[], options: {focus?: FocusId; scriptId?: string; seed: number}): PlannedQuestion[] {
	const random = seededRandom(options.seed);
	if (options.scriptId) {
		const script = scripts.find(s => s.id === options.scriptId);
		if (!script) throw new PlanError(`no script "${options.scriptId}". Scripts: ${scripts.map(s => s.id).join(', ') || '(none loaded)'}.`);
		return plannedFrom(script);
	}
	const focus = options.focus ?? 'mixed';
	if (!(FOCUS_IDS as readonly string[]).includes(focus)) throw new PlanError(`unknown focus "${focus}". Valid: ${FOCUS_IDS.join(', ')}.`);
	const pool = (f: FocusId) => scripts.filter(s => s.focus === f).flatMap(plannedFrom);
	if (focus === 'mixed') {
		const picks = SCRIPT_FOCUS_IDS.flatMap(f => shuffled(pool(f), random).slice(0, 1));
		if (picks.length === 0) throw new PlanError('no scripts are loaded.');
		return shuffled(picks, random);
	}
	const questions = pool(focus);
	if (questions.length === 0) throw new PlanError(`no questions for focus "${focus}".`);
	return shuffled(questions, random).slice(0, QUESTIONS_PER_FOCUS_SESSION);
}

export type CreateInterviewOptions = {
	scripts: Script[];
	focus?: FocusId;
	scriptId?: string;
	seed?: number;
	sessionId?: string;
	now?: Date;
};

export function createInterview(options: CreateInterviewOptions): InterviewState {
	const now = options.now ?? new Date();
	const seed = options.seed ?? randomBytes(4).readUInt32BE(0);
	const plan = planQuestions(options.scripts, {focus: options.focus, scriptId: options.scriptId, seed});
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
		turns: [],
		startedAt: at,
		endedAt: null,
		endReason: null,
		usage: null,
		coachingStream: '',
		coaching: null,
	};
}
