import {describe, expect, it} from 'vitest';
import {interviewReducer} from '../../source/core/interview/reducer.js';
import {createInterview} from '../../source/core/interview/start.js';
import type {InterviewState} from '../../source/core/interview/types.js';
import {analysisWith, testScript} from '../support/interview-fixtures.js';

const at = '2026-01-01T00:00:00.000Z';

function start(): InterviewState {
	return createInterview({scripts: [testScript], scriptId: 'test-eval', seed: 1, sessionId: 's1', now: new Date(at)});
}

function answer(state: InterviewState, text: string, analysis = analysisWith([])): InterviewState {
	const submitted = interviewReducer(state, {type: 'submit', answer: text});
	return interviewReducer(submitted, {type: 'analyzed', analysis, engine: 'offline', at});
}

function ready(state: InterviewState, text = 'follow-up?'): InterviewState {
	return interviewReducer(state, {type: 'follow-up-ready', text, engine: 'offline', at});
}

describe('interview reducer', () => {
	it('starts on the first question of the script', () => {
		const state = start();
		expect(state.phase).toBe('answering');
		expect(state.prompt?.text).toBe('How would you know smart replies work?');
		expect(state.plan.map(p => p.question.id)).toEqual(['q1', 'q2']);
	});

	it('probes the most important weakness first and records the trigger', () => {
		const state = answer(
			start(),
			'We track NPS.',
			analysisWith([
				{id: 'generic-pm', confidence: 0.9},
				{id: 'no-eval-framework', confidence: 0.6},
			]),
		);
		expect(state.phase).toBe('phrasing');
		expect(state.pendingFollowUp?.target).toBe('no-eval-framework');
		expect(state.pendingFollowUp?.trigger?.evidence).toBe('we track NPS');
		expect(state.turns).toHaveLength(1);
		expect(state.turns[0]!.answer).toBe('We track NPS.');
		const asked = ready(state);
		expect(asked.prompt).toMatchObject({kind: 'follow-up', targets: 'no-eval-framework', path: 'no-eval-framework'});
	});

	it('never probes a weakness twice in one question and asks at most two follow-ups', () => {
		let state = ready(answer(start(), 'a', analysisWith([{id: 'no-eval-framework'}])));
		state = answer(state, 'b', analysisWith([{id: 'no-eval-framework'}, {id: 'generic-pm'}]));
		expect(state.pendingFollowUp?.target).toBe('generic-pm');
		state = ready(state);
		state = answer(state, 'c', analysisWith([{id: 'no-eval-framework'}]));
		expect(state.phase).toBe('answering');
		expect(state.prompt?.kind).toBe('question');
		expect(state.prompt?.text).toBe('What is your launch bar?');
		expect(state.turns.map(t => t.kind)).toEqual(['question', 'follow-up', 'follow-up']);
	});

	it('goes deeper on a strong answer, using the branch the current follow-up offers', () => {
		let state = ready(answer(start(), 'a', analysisWith([{id: 'no-eval-framework'}])));
		state = answer(state, 'strong');
		expect(state.pendingFollowUp).toMatchObject({target: null, path: 'no-eval-framework/deeper'});
		expect(state.pendingFollowUp?.node.phrasings).toEqual(['What threshold blocks launch?']);
	});

	it('passes over a branch whose talking points the thread already covered, and moves on', () => {
		const covered = 'We keep an eval set of 200 real messages.';
		// q1's no-eval-framework branch has no talking points, so it is asked even when the
		// answer covers things; a branch asking for an eval set the answer gave is not.
		const withPoints = {
			...testScript,
			questions: [
				{
					...testScript.questions[0]!,
					followUps: {...testScript.questions[0]!.followUps, 'generic-pm': {phrasings: ['What is in the eval set?'], talkingPoints: [{text: 'An eval set', cues: ['eval set']}]}},
				},
				testScript.questions[1]!,
			],
		};
		const state = createInterview({scripts: [withPoints], scriptId: 'test-eval', seed: 1, now: new Date(at)});
		const next = answer(state, covered, analysisWith([{id: 'generic-pm'}]));
		expect(next.phase).toBe('answering');
		expect(next.prompt?.text).toBe('What is your launch bar?');
		const asked = answer(state, 'We track NPS.', analysisWith([{id: 'generic-pm'}]));
		expect(asked.pendingFollowUp?.target).toBe('generic-pm');
	});

	it('finishes as completed after the last question', () => {
		let state = answer(start(), 'strong');
		state = ready(state);
		state = answer(state, 'strong');
		// The deeper branch of q1 has no sub-branch: on to q2.
		expect(state.prompt?.text).toBe('What is your launch bar?');
		state = ready(answer(state, 'strong'));
		state = answer(state, 'strong');
		expect(state.phase).toBe('finished');
		expect(state.endReason).toBe('completed');
		expect(state.endedAt).toBe(at);
	});

	it('skip records an empty turn and moves to the next question', () => {
		const state = interviewReducer(start(), {type: 'skip', at});
		expect(state.turns[0]).toMatchObject({skipped: true, answer: '', analysis: null});
		expect(state.prompt?.text).toBe('What is your launch bar?');
	});

	it('cancel during analysis hands the answer back to the editor', () => {
		const submitted = interviewReducer(start(), {type: 'submit', answer: 'my long answer'});
		const cancelled = interviewReducer(submitted, {type: 'cancel'});
		expect(cancelled.phase).toBe('answering');
		expect(cancelled.restoredDraft).toBe('my long answer');
		expect(cancelled.turns).toHaveLength(0);
	});

	it('ending mid-analysis keeps the answer as an unscored turn', () => {
		const submitted = interviewReducer(start(), {type: 'submit', answer: 'half-finished thought'});
		const ended = interviewReducer(submitted, {type: 'end', reason: 'interrupted', at});
		expect(ended.phase).toBe('finished');
		expect(ended.endReason).toBe('interrupted');
		expect(ended.turns[0]).toMatchObject({answer: 'half-finished thought', analysis: null, skipped: false});
	});

	it('ignores actions that do not fit the phase', () => {
		const state = start();
		expect(interviewReducer(state, {type: 'analyzed', analysis: analysisWith([]), engine: 'offline', at})).toBe(state);
		expect(interviewReducer(state, {type: 'follow-up-token', text: 'x'})).toBe(state);
	});

	it('keeps one copy of a notice that hit both the wording and the reading of a turn', () => {
		const notice = 'LLM unavailable (server error 500); this turn was handled offline.';
		let state = answer(start(), 'a', analysisWith([{id: 'no-eval-framework'}]));
		state = interviewReducer(state, {type: 'follow-up-ready', text: 'q?', engine: 'offline', notice, at});
		state = interviewReducer(interviewReducer(state, {type: 'submit', answer: 'b'}), {type: 'analyzed', analysis: analysisWith([]), engine: 'offline', notice, at});
		expect(state.turns[1]!.notices).toEqual([notice]);
	});

	it('accumulates token usage across calls', () => {
		const submitted = interviewReducer(start(), {type: 'submit', answer: 'a'});
		const usage = {promptTokens: 10, completionTokens: 5, totalTokens: 15};
		let state = interviewReducer(submitted, {type: 'analyzed', analysis: analysisWith([{id: 'generic-pm'}]), engine: 'llm', usage, at});
		state = interviewReducer(state, {type: 'follow-up-ready', text: 'q', engine: 'llm', usage, at});
		expect(state.usage).toEqual({promptTokens: 20, completionTokens: 10, totalTokens: 30});
	});
});
