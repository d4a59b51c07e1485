import type {SessionRecord} from '../core/session/record.js';
import type {FocusId} from '../core/taxonomy/ids.js';
import {recentQuestionIds} from '../core/practice/recent.js';
import type {Core, Services} from './services.js';
import type {Level} from '../core/interview/plan-options.js';

/** How interviews are planned: a seed fixes the questions (and ignores history). */
export type PlanChoice = {level?: Level; count?: number; seed?: number};

/** What to start: a focus or a script, or the latest unfinished session (a given one, from History). */
export type StartRequest = {focus?: FocusId; scriptId?: string; resume?: boolean; record?: SessionRecord | null};

/** An interview ready to show: its first question is already asked. */
export type StartedInterview = {
	session: InstanceType<Core['InterviewSession']>;
	core: Core;
	/** The header's line until the engine describes itself. */
	description: string;
	/** The answer being written when the session was left, when resuming. */
	draft: string;
	/** Question files that could not be used, one line each. */
	notices: string[];
};

/**
 * Loads the core, the scripts and the engine and plans (or resumes) an interview. Used by the app
 * when an interview is started from a screen, and by the CLI before the first frame when the
 * command line goes straight to a question, so that frame is already the question.
 */
export async function startInterview(services: Services, request: StartRequest, plan: PlanChoice): Promise<StartedInterview> {
	// A seed alone decides the plan; otherwise questions from recent sessions come last. Read
	// alongside the rest, so the history never holds up the first question.
	const fresh = !request.resume && plan.seed === undefined;
	const [core, loaded, choice, recent] = await Promise.all([
		services.core(),
		services.scripts(),
		services.engine(),
		fresh ? services.sessions().then(recentQuestionIds, () => []) : [],
	]);
	let state;
	if (request.resume) {
		const record = request.record ?? (await (await services.sessions()).latestIncomplete());
		if (!record) throw new Error('there is no unfinished session to resume.');
		state = core.resumeInterview(record, loaded.scripts);
	} else {
		state = core.createInterview({scripts: loaded.scripts, focus: request.focus, scriptId: request.scriptId, ...plan, recent});
	}
	return {
		session: new core.InterviewSession({engine: choice.engine, state}),
		core,
		description: choice.description,
		draft: state.restoredDraft ?? '',
		notices: loaded.notices,
	};
}
