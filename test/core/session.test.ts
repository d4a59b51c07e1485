import {describe, expect, it} from 'vitest';
import {SCRIPT_REASON} from '../../source/core/analyzer/index.js';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import type {InterviewEngine} from '../../source/core/engine/types.js';
import type {Script} from '../../source/core/script/schema.js';
import {InterviewSession} from '../../source/core/interview/session.js';
import {createInterview} from '../../source/core/interview/start.js';
import {analysisWith, scriptedEngine, testScript} from '../support/interview-fixtures.js';

function session(engine: InterviewEngine = scriptedEngine()) {
	const state = createInterview({scripts: [testScript], scriptId: 'test-eval', seed: 7, sessionId: 's'});
	return new InterviewSession({engine, state});
}

describe('InterviewSession', () => {
	it('runs answer → analysis → follow-up worded by the engine', async () => {
		const s = session();
		const phases: string[] = [];
		s.subscribe(state => phases.push(state.phase));
		await s.submit('we measure no-eval-framework');
		expect(phases).toEqual(['analyzing', 'phrasing', 'answering']);
		expect(s.state.prompt?.text).toBe('Which quality criteria would you score? [re: we measure no-eval-framework]');
	});

	it('streams follow-up tokens into the state before the wording is final', async () => {
		const streamed: string[] = [];
		const engine: InterviewEngine = {
			...scriptedEngine(),
			kind: 'llm',
			async phraseFollowUp(_input, options) {
				for (const piece of ['Which ', 'criteria ', 'matter?']) options?.onToken?.(piece);
				return {value: 'Which criteria matter?', engine: 'llm'};
			},
		};
		const s = session(engine);
		s.subscribe(state => {
			if (state.pendingFollowUp) streamed.push(state.pendingFollowUp.streamed);
		});
		await s.submit('no-eval-framework');
		expect(streamed).toContain('Which criteria ');
		expect(s.state.prompt).toMatchObject({text: 'Which criteria matter?', engine: 'llm'});
	});

	it('falls back to the offline engine, visibly, when an engine throws', async () => {
		const engine: InterviewEngine = {
			kind: 'llm',
			async analyze() {
				throw new Error('boom');
			},
			async phraseFollowUp() {
				throw new Error('boom');
			},
		};
		const s = session(engine);
		await s.submit('We would track NPS and DAU and call it done.');
		const turn = s.state.turns[0]!;
		expect(turn.engine).toBe('offline');
		expect(turn.notices.join(' ')).toMatch(/failed \(boom\).*offline/);
		expect(turn.analysis).not.toBeNull();
	});

	it('Esc during analysis gives the answer back and ignores the late result', async () => {
		let release!: () => void;
		const engine: InterviewEngine = {
			...scriptedEngine(),
			kind: 'llm',
			analyze: (_input, options) =>
				new Promise((resolve, reject) => {
					release = () => resolve({value: analysisWith([]), engine: 'llm'});
					options?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), {name: 'AbortError'})));
				}),
		};
		const s = session(engine);
		const pending = s.submit('my careful answer');
		expect(s.state.phase).toBe('analyzing');
		s.cancel();
		await pending;
		release();
		expect(s.state.phase).toBe('answering');
		expect(s.state.restoredDraft).toBe('my careful answer');
		expect(s.state.turns).toHaveLength(0);
	});

	it('Esc during a streamed follow-up shows the scripted wording instead', async () => {
		const engine: InterviewEngine = {
			...scriptedEngine(),
			kind: 'llm',
			phraseFollowUp: (_input, options) =>
				new Promise((_resolve, reject) => {
					options?.onToken?.('Partial ');
					options?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), {name: 'AbortError'})));
				}),
		};
		const s = session(engine);
		const pending = s.submit('no-eval-framework here');
		await new Promise(resolve => setImmediate(resolve));
		expect(s.state.phase).toBe('phrasing');
		s.cancel();
		await pending;
		expect(s.state.phase).toBe('answering');
		expect(s.state.prompt?.text).toContain('Which quality criteria would you score?');
		expect(s.state.prompt?.notices.join(' ')).toMatch(/Cancelled/);
	});

	it('end() finishes and keeps what was answered', async () => {
		const s = session();
		await s.submit('a strong answer');
		s.end('ended-early');
		expect(s.state.phase).toBe('finished');
		expect(s.state.endReason).toBe('ended-early');
		expect(s.state.turns).toHaveLength(1);
	});

	it('requestCoaching stores streamed coaching from engines that write it', async () => {
		const engine: InterviewEngine = {
			...scriptedEngine(),
			kind: 'llm',
			async coach(_input, options) {
				options?.onToken?.('Good ');
				return {value: {overall: 'Good start.', perAnswer: {0: 'Add a number.'}}, engine: 'llm'};
			},
		};
		const s = session(engine);
		await s.submit('answer');
		s.end();
		await s.requestCoaching();
		expect(s.state.coachingStream).toBe('Good ');
		expect(s.state.coaching?.overall).toBe('Good start.');
	});

	it("grades a bank question on its script's probes and on what its wording invites, saying where each came from", async () => {
		// the authored list forgets the evaluation plan and the risks a clinic product carries, and adds a story
		const script: Script = {
			id: 'clinic',
			focus: 'product-sense',
			title: 'Clinic',
			questions: [
				{
					id: 'scribe',
					text: "Design an AI scribe that writes up doctors' visit notes.",
					probes: ['generic-pm', 'generic-ai-talk'],
					talkingPoints: [{text: 'The doctor signs off every note', cues: ['signs off']}],
					strongAnswer: 'Drafts the doctor reviews.',
					followUps: {'generic-pm': {phrasings: ['What if the note is wrong?']}, 'generic-ai-talk': {phrasings: ['Have you built one?']}, deeper: {phrasings: ['And then?']}},
				},
			],
		};
		const state = createInterview({scripts: [script], scriptId: 'clinic', seed: 1, sessionId: 's'});
		const s = new InterviewSession({engine: createOfflineEngine(), state});
		await s.submit('We would draft the note from the recording and the doctor edits and signs it.');
		const invited = s.state.turns[0]!.analysis!.invited!;
		expect(invited.map(i => i.id)).toEqual(['generic-pm', 'over-technical', 'no-eval-framework', 'generic-ai-talk', 'skips-ethics']);
		const reason = (id: string) => invited.find(i => i.id === id)!.reason;
		expect(reason('generic-ai-talk')).toBe(SCRIPT_REASON);
		expect(reason('skips-ethics')).toMatch(/health care/);
		expect(reason('no-eval-framework')).toMatch(/know it works/);
	});
});
