import {useRef} from 'react';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createInterview} from '../../source/core/interview/start.js';
import type {InterviewState} from '../../source/core/interview/types.js';
import {loadScripts} from '../../source/core/script/load.js';
import type {Script} from '../../source/core/script/schema.js';
import {InterviewScreen, type SessionLike} from '../../source/ui/screens/interview-screen.js';
import {cleanupUi, KEYS, renderUi} from './helpers.js';

afterEach(cleanupUi);

let scripts: Script[];
beforeAll(async () => {
	scripts = (await loadScripts()).scripts;
});

/** A session whose state the test sets by hand. */
class ManualSession implements SessionLike {
	state: InterviewState;
	listeners = new Set<(s: InterviewState) => void>();
	submitted: string[] = [];
	cancelled = 0;
	constructor(state: InterviewState) {
		this.state = state;
	}
	subscribe(listener: (s: InterviewState) => void) {
		this.listeners.add(listener);
		return () => void this.listeners.delete(listener);
	}
	set(patch: Partial<InterviewState>) {
		this.state = {...this.state, ...patch};
		for (const l of this.listeners) l(this.state);
	}
	async submit(answer: string) {
		this.submitted.push(answer);
	}
	skip() {}
	end() {}
	cancel() {
		this.cancelled++;
	}
}

function Harness({session, now}: {session: SessionLike; now: number}) {
	const draft = useRef('');
	return <InterviewScreen session={session} isActive engineDescription="LLM (test)" draftRef={draft} clock={{now: () => now, tickMs: null}} />;
}

describe('InterviewScreen', () => {
	it('shows the question, the live word count, elapsed time and a pace hint', async () => {
		const state = createInterview({scripts, focus: 'evaluation', seed: 1, now: new Date('2025-01-01T10:00:00Z')});
		const session = new ManualSession(state);
		const ui = renderUi(<Harness session={session} now={Date.parse('2025-01-01T10:03:30Z')} />);
		expect(ui.frame()).toContain(`Q1: ${state.prompt!.text.slice(0, 30)}`);
		expect(ui.frame()).toContain('question 1 of 3');
		expect(ui.frame()).toContain('LLM (test)');
		await ui.write('one two three');
		expect(ui.frame()).toContain('3 words · 3:30');
		expect(ui.frame()).toContain('▸ past ~3 min / ~400 words');
		await ui.write(KEYS.enter);
		expect(session.submitted).toEqual(['one two three']);
	});

	it('shows a thinking state, then the follow-up as it streams, and Esc cancels', async () => {
		const state = createInterview({scripts, focus: 'evaluation', seed: 1});
		const session = new ManualSession(state);
		const ui = renderUi(<Harness session={session} now={Date.now()} />);
		await ui.write('an answer');
		await ui.write(KEYS.enter);
		await ui.act(() => session.set({phase: 'analyzing', pendingAnswer: 'an answer'}));
		expect(ui.frame()).toContain('Listening to your answer');
		expect(ui.frame()).toContain('Esc stop and edit your answer');
		const node = state.plan[0]!.question.followUps['no-eval-framework'] ?? Object.values(state.plan[0]!.question.followUps)[0]!;
		const pending = {planIndex: 0, path: 'x', target: null, trigger: null, node, streamed: ''};
		await ui.act(() => session.set({phase: 'phrasing', prompt: null, pendingFollowUp: pending}));
		expect(ui.frame()).toContain('Thinking of a follow-up');
		expect(ui.frame()).toContain('question 1 of 3 · follow-up');
		expect(ui.frame()).toContain('Esc skip to the scripted follow-up');
		await ui.act(() => session.set({pendingFollowUp: {...pending, streamed: 'You said you would'}}));
		expect(ui.frame()).toContain('▸ Follow-up: You said you would');
		await ui.act(() => session.set({pendingFollowUp: {...pending, streamed: 'You said you would track NPS. What else?'}}));
		expect(ui.frame()).toContain('track NPS. What else?');
		await ui.write(KEYS.esc);
		expect(session.cancelled).toBe(1);
	});

	it('moves finished turns above the live area and shows engine notices dimly', async () => {
		const state = createInterview({scripts, focus: 'technical', seed: 2});
		const session = new ManualSession(state);
		const ui = renderUi(<Harness session={session} now={Date.now()} />);
		const turn = {
			index: 0,
			kind: 'question' as const,
			questionId: state.plan[0]!.question.id,
			scriptId: state.plan[0]!.scriptId,
			path: '',
			question: 'The first question?',
			targets: null,
			trigger: null,
			answer: 'My first answer.',
			skipped: false,
			analysis: null,
			engine: 'offline' as const,
			notices: [],
			askedAt: state.startedAt,
			answeredAt: state.startedAt,
		};
		await ui.act(() => session.set({turns: [turn], prompt: {...state.prompt!, notices: ['LLM timed out; this turn was handled offline.']}}));
		expect(ui.frame()).toContain('▸ Question: The first question?');
		expect(ui.frame()).toContain('My first answer.');
		expect(ui.frame()).toContain('note: LLM timed out');
	});
});
