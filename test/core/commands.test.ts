import {describe, expect, it} from 'vitest';
import {hintsFor, parseInput} from '../../source/core/interview/commands.js';
import {interviewReducer} from '../../source/core/interview/reducer.js';
import {createInterview} from '../../source/core/interview/start.js';
import {analysisWith, testScript} from '../support/interview-fixtures.js';

describe('parseInput: one command language for the app and run', () => {
	it.each([
		['/end', 'end'],
		['  /SKIP \n', 'skip'],
		['/hint', 'hint'],
		['/help', 'help'],
	])('%j is the command %s', (text, command) => {
		expect(parseInput(text)).toEqual({kind: 'command', command});
	});

	it('a mistyped command is reported, not answered', () => {
		expect(parseInput('/ned')).toEqual({kind: 'unknown-command', text: '/ned'});
	});

	it('an answer that mentions a command, or starts with a path, stays an answer', () => {
		for (const text of ['I would /end the pilot', '/usr/local is where it lives', '/end now please']) expect(parseInput(text)).toEqual({kind: 'answer', text});
	});
});

describe('hintsFor', () => {
	const at = '2026-01-01T00:00:00.000Z';
	it("shows the question's talking points whole, and on a follow-up without its own, the ones not covered yet", () => {
		const state = createInterview({scripts: [testScript], scriptId: 'test-eval', seed: 1, now: new Date(at)});
		expect(hintsFor(state)).toEqual(['An eval set from real messages']);
		const submitted = interviewReducer(state, {type: 'submit', answer: 'We track NPS.'});
		const analysed = interviewReducer(submitted, {type: 'analyzed', analysis: analysisWith([{id: 'generic-pm'}]), engine: 'offline', at});
		const followUp = interviewReducer(analysed, {type: 'follow-up-ready', text: 'What happens when the model is wrong?', engine: 'offline', at});
		expect(followUp.prompt?.kind).toBe('follow-up');
		expect(hintsFor(followUp)).toEqual(['An eval set from real messages']);
	});
});
