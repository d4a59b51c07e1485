import type {AnswerAnalysis} from '../analyzer/types.js';
import type {EngineKind, TokenUsage} from '../engine/types.js';
import type {InterviewAction} from './actions.js';
import {chooseFollowUp} from './next-step.js';
import {openingPrompt} from './prompts.js';
import type {InterviewState, Prompt, Turn} from './types.js';

function addUsage(total: TokenUsage | null, more: TokenUsage | undefined): TokenUsage | null {
	if (!more) return total;
	if (!total) return {...more};
	return {
		promptTokens: total.promptTokens + more.promptTokens,
		completionTokens: total.completionTokens + more.completionTokens,
		totalTokens: total.totalTokens + more.totalTokens,
	};
}

function turnFor(state: InterviewState, prompt: Prompt, answer: string, analysis: AnswerAnalysis | null, engine: EngineKind, at: string, notice?: string): Turn {
	const planned = state.plan[prompt.planIndex]!;
	return {
		index: state.turns.length,
		kind: prompt.kind,
		questionId: planned.question.id,
		scriptId: planned.scriptId,
		path: prompt.path,
		question: prompt.text,
		targets: prompt.targets,
		trigger: prompt.trigger,
		answer,
		skipped: analysis === null && answer === '',
		analysis,
		engine,
		// The same failure can hit the wording and the reading of one turn: say it once.
		notices: notice && !prompt.notices.includes(notice) ? [...prompt.notices, notice] : prompt.notices,
		askedAt: prompt.askedAt,
		answeredAt: at,
	};
}

/** Moves to the next opening question, or finishes when the plan is done. */
function nextQuestion(state: InterviewState, at: string): InterviewState {
	const planIndex = (state.prompt?.planIndex ?? -1) + 1;
	const prompt = openingPrompt(state.plan, planIndex, at);
	const reset = {probed: [], followUpsAsked: 0, pendingAnswer: null, pendingFollowUp: null};
	if (!prompt) return {...state, ...reset, phase: 'finished', endedAt: at, endReason: 'completed'};
	return {...state, ...reset, phase: 'answering', prompt};
}

/** The interview state machine: pure, so the UI, the headless runner and tests share it. */
export function interviewReducer(state: InterviewState, action: InterviewAction): InterviewState {
	switch (action.type) {
		case 'submit': {
			if (state.phase !== 'answering') return state;
			return {...state, phase: 'analyzing', pendingAnswer: action.answer, restoredDraft: null};
		}
		case 'skip': {
			if (state.phase !== 'answering' || !state.prompt) return state;
			const turn = turnFor(state, state.prompt, '', null, 'offline', action.at);
			return nextQuestion({...state, turns: [...state.turns, turn], restoredDraft: null}, action.at);
		}
		case 'analyzed': {
			if (state.phase !== 'analyzing' || !state.prompt || state.pendingAnswer === null) return state;
			const prompt = state.prompt;
			const turn = turnFor(state, prompt, state.pendingAnswer, action.analysis, action.engine, action.at, action.notice);
			const next = {...state, turns: [...state.turns, turn], pendingAnswer: null, usage: addUsage(state.usage, action.usage)};
			const question = state.plan[prompt.planIndex]!.question;
			const thread = next.turns.filter(t => t.scriptId === turn.scriptId && t.questionId === turn.questionId && !t.skipped);
			const heard = thread.map(t => t.answer);
			const earlier = thread.slice(0, -1).flatMap(t => t.analysis?.weaknesses ?? []);
			const choice = chooseFollowUp(prompt, question, action.analysis, {...state, heard, earlier});
			if (!choice) return nextQuestion(next, action.at);
			return {
				...next,
				phase: 'phrasing',
				prompt: null,
				pendingFollowUp: {...choice, planIndex: prompt.planIndex, streamed: ''},
				probed: [...state.probed, choice.target ?? 'deeper'],
				followUpsAsked: state.followUpsAsked + 1,
			};
		}
		case 'follow-up-token': {
			if (state.phase !== 'phrasing' || !state.pendingFollowUp) return state;
			return {...state, pendingFollowUp: {...state.pendingFollowUp, streamed: state.pendingFollowUp.streamed + action.text}};
		}
		case 'follow-up-ready': {
			const pending = state.pendingFollowUp;
			if (state.phase !== 'phrasing' || !pending) return state;
			const prompt: Prompt = {
				kind: 'follow-up',
				planIndex: pending.planIndex,
				path: pending.path,
				text: action.text,
				targets: pending.target,
				trigger: pending.trigger,
				node: pending.node,
				askedAt: action.at,
				engine: action.engine,
				notices: action.notice ? [action.notice] : [],
			};
			return {...state, phase: 'answering', prompt, pendingFollowUp: null, usage: addUsage(state.usage, action.usage)};
		}
		case 'cancel': {
			if (state.phase !== 'analyzing') return state;
			return {...state, phase: 'answering', restoredDraft: state.pendingAnswer, pendingAnswer: null};
		}
		case 'end': {
			if (state.phase === 'finished') return state;
			let turns = state.turns;
			// An answer caught mid-analysis is kept, unscored, rather than lost.
			if (state.phase === 'analyzing' && state.prompt && state.pendingAnswer !== null) {
				turns = [...turns, turnFor(state, state.prompt, state.pendingAnswer, null, 'offline', action.at)];
			}
			return {...state, turns, phase: 'finished', pendingAnswer: null, pendingFollowUp: null, endedAt: action.at, endReason: action.reason};
		}
		case 'coaching-token':
			return {...state, coachingStream: state.coachingStream + action.text};
		case 'coaching-ready':
			return {...state, coaching: action.coaching, usage: addUsage(state.usage, action.usage)};
	}
}
