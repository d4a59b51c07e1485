import {describe, expect, it} from 'vitest';
import {InterviewSession} from '../../source/core/interview/session.js';
import {createInterview} from '../../source/core/interview/start.js';
import {resumeInterview} from '../../source/core/interview/resume.js';
import {interviewReducer} from '../../source/core/interview/reducer.js';
import {buildRecap} from '../../source/core/recap/build.js';
import {sessionMarkdown} from '../../source/core/history/markdown.js';
import {toSessionRecord} from '../../source/core/session/to-record.js';
import {scriptedEngine, testScript} from '../support/interview-fixtures.js';

async function played(answers: string[]) {
	const state = createInterview({scripts: [testScript], scriptId: 'test-eval', seed: 3, sessionId: 'r'});
	const s = new InterviewSession({engine: scriptedEngine(), state});
	for (const a of answers) await s.submit(a);
	return s;
}

describe('recap', () => {
	it('rolls each question up as a thread and ranks actions with quoted evidence', async () => {
		const s = await played(['we only track no-eval-framework NPS and a generic-pm roadmap', 'still no-eval-framework']);
		s.end();
		const recap = buildRecap(s.state);
		expect(recap.overall).toBe(70);
		expect(recap.dimensions['no-eval-framework']).toBe(40);
		expect(recap.dimensions['skips-ethics']).toBeNull();
		expect(recap.actions.map(a => a.dimension)).toEqual(expect.arrayContaining(['no-eval-framework', 'generic-pm']));
		expect(recap.actions.length).toBeLessThanOrEqual(3);
		const evalAction = recap.actions.find(a => a.dimension === 'no-eval-framework')!;
		expect(evalAction.evidence).toContain('we only track no-eval-framework NPS and a generic-pm roadmap');
		expect(recap.answers[0]!.strongAnswer).toBe('Separate model and product evaluation.');
		expect(recap.missedTalkingPoints[0]!.points).toContain('An eval set from real messages');
	});

	it('groups each question with its follow-ups, states each weakness once with a quote, and coaches from its talking points', async () => {
		const s = await played(['we only track no-eval-framework NPS', 'again no-eval-framework and generic-pm talk', 'strong', 'strong']);
		s.end();
		const recap = buildRecap(s.state);
		const [first, second] = recap.questions!;
		expect(first!.number).toBe(1);
		expect(first!.exchanges.map(e => e.kind)).toEqual(['question', 'follow-up', 'follow-up']);
		expect(first!.weaknesses.map(w => w.id)).toEqual(['no-eval-framework', 'generic-pm']);
		expect(first!.weaknesses[0]!.quote).toBe('we only track no-eval-framework NPS');
		expect(first!.coaching).toEqual({cover: ['An eval set from real messages'], strongAnswer: 'Separate model and product evaluation.', coach: []});
		expect(second!.exchanges).toHaveLength(1);
		const action = recap.actions.find(a => a.dimension === 'no-eval-framework')!;
		expect(action.example).toEqual({
			questionNumber: 1,
			question: 'How would you know smart replies work?',
			quote: 'we only track no-eval-framework NPS',
			missedPoints: ['An eval set from real messages'],
		});
		expect(recap.actions.length).toBeLessThanOrEqual(2);
	});

	it('counts a talking point made in a reply to a follow-up as covered, as /hint does', async () => {
		const s = await played(['we only track no-eval-framework NPS', 'we would grade an eval set of 200 real messages every week']);
		s.end();
		const [first] = buildRecap(s.state).questions!;
		expect(first!.exchanges.map(e => e.kind)).toEqual(['question', 'follow-up']);
		expect(first!.covered).toEqual(['An eval set from real messages']);
		expect(first!.coaching.cover).toEqual([]);
	});

	it("the markdown export has the recap's structure: work on first, then each question with its coaching", async () => {
		const s = await played(['we only track no-eval-framework NPS', 'again no-eval-framework and generic-pm talk', 'strong', 'strong']);
		s.end();
		const md = sessionMarkdown(toSessionRecord(s.state, {engine: 'offline'}));
		const order = [
			'## Overall: ',
			'## Work on first',
			'In question 1 you said: "we only track no-eval-framework NPS"',
			'## Question 1 (',
			'### 1. Question',
			'### 3. Follow-up',
			'**Cover next time:**',
			'- An eval set from real messages',
			'**A strong answer:**',
			'## Question 2 (',
			'### 4. Question',
		];
		const at = order.map(text => md.indexOf(text));
		expect(
			at.every(i => i >= 0),
			md,
		).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		expect(md.split('Separate model and product evaluation.')).toHaveLength(2);
	});

	it('records an incomplete session with the draft and resumes at the open follow-up', async () => {
		const s = await played(['no-eval-framework only']);
		const record = toSessionRecord(s.state, {engine: 'offline', draft: 'half typed', interruptedAt: new Date('2026-01-01T10:00:00Z')});
		expect(record.complete).toBe(false);
		expect(record).toMatchObject({endReason: 'interrupted', endedAt: '2026-01-01T10:00:00.000Z'});
		expect(record.pending).toMatchObject({kind: 'follow-up', draft: 'half typed', path: 'no-eval-framework'});
		expect(record.remaining.map(r => r.questionId)).toEqual(['q2']);

		const resumed = resumeInterview(JSON.parse(JSON.stringify(record)), [testScript]);
		expect(resumed.phase).toBe('answering');
		expect(resumed.prompt).toMatchObject({kind: 'follow-up', targets: 'no-eval-framework', text: record.pending!.question});
		expect(resumed.restoredDraft).toBe('half typed');
		expect(resumed.turns).toHaveLength(1);
		const again = new InterviewSession({engine: scriptedEngine(), state: resumed});
		await again.submit('strong');
		// The resumed follow-up branches on: its deeper sub-branch comes next.
		expect(again.state.pendingFollowUp ?? again.state.prompt).toMatchObject({path: 'no-eval-framework/deeper'});
	});

	it('keeps an answer that is still being analysed as the draft of its question', () => {
		const state = createInterview({scripts: [testScript], scriptId: 'test-eval', seed: 3, sessionId: 'p'});
		const submitted = interviewReducer(state, {type: 'submit', answer: 'an answer the LLM is still reading'});
		const record = toSessionRecord(submitted, {engine: 'llm'});
		expect(record.pending).toMatchObject({kind: 'question', questionId: 'q1', draft: 'an answer the LLM is still reading'});
		expect(resumeInterview(record, [testScript]).restoredDraft).toBe('an answer the LLM is still reading');
	});

	it('a completed session has no pending prompt and nothing remaining', async () => {
		const s = await played(['strong', 'strong', 'strong', 'strong']);
		expect(s.state.phase).toBe('finished');
		const record = toSessionRecord(s.state, {engine: 'offline'});
		expect(record).toMatchObject({complete: true, pending: null, remaining: [], endReason: 'completed'});
		expect(record.recap?.answered).toBe(4);
	});
});
