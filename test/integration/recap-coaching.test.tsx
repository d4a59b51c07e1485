// Coaching on the recap, end to end: the real app, a real InterviewSession and the real LLM engine
// (openai SDK) against the fake HTTP server, saving into an in-memory session store.
import {act} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import {createLlmEngine} from '../../source/llm/engine.js';
import {App} from '../../source/ui/app.js';
import {configFor, METRICS_ANSWER, useFakeServer} from '../llm/fixtures.js';
import {jsonReply, words, type RecordedRequest, type Reply} from '../support/openai-server.js';
import {fakeScreens, fakeServices, memorySessions} from '../ui/fakes.js';
import {cleanupUi, KEYS, renderUi, waitFor, type Ui} from '../ui/helpers.js';

const server = useFakeServer();

afterEach(cleanupUi);

const FOLLOW_UP = 'Which eval set would you build, and what score would block a launch?';
const COACH_ANSWER = 'Name the eval set you would build from real documents and the bar it has to clear before launch, then connect it to the adoption numbers you already track.';
const COACH_OVERALL = 'You think about users first; next time make the model quality itself measurable.';
/** How the model writes it: a marker line per answer (turns count from 0), then the overall one. */
const COACH_REPLY = `@@answer 0@@\n${COACH_ANSWER}\n@@overall@@\n${COACH_OVERALL}`;
const COACH_CHUNKS = words(COACH_REPLY);
const COACH_HEADING = 'written by the LLM; the scores above are computed';

const flat = (text: string) => text.replace(/\s+/g, ' ');

const isCoachRequest = (request: RecordedRequest) => request.body?.stream === true && (request.body.messages as Array<{content: string}>)[0]!.content.startsWith('You are a coach');

/**
 * Analysis gets an empty verdict list and the follow-up is streamed at once; coaching requests
 * are answered by `coach` and handed to the test in order.
 */
function serve(coach: (request: RecordedRequest, n: number) => Reply) {
	const coachRequests: RecordedRequest[] = [];
	const waiting: Array<(request: RecordedRequest) => void> = [];
	server.handle(request => {
		if (request.body?.stream !== true) return jsonReply({findings: []});
		if (!isCoachRequest(request)) return {kind: 'stream', chunks: words(FOLLOW_UP)};
		coachRequests.push(request);
		waiting.shift()?.(request);
		return coach(request, coachRequests.length);
	});
	return {
		coachRequests,
		/** The n-th coaching request (1-based), once the server has it. */
		nth: (n: number) =>
			new Promise<RecordedRequest>(resolve => {
				if (coachRequests.length >= n) resolve(coachRequests[n - 1]!);
				else waiting.push(resolve);
			}),
	};
}

async function during<T>(promise: Promise<T>): Promise<T> {
	let value!: T;
	await act(async () => {
		value = await promise;
	});
	return value;
}

/** The app with the LLM engine: answer the first question and its follow-up is asked; /end. */
async function toRecap(): Promise<{ui: Ui; sessions: ReturnType<typeof memorySessions>}> {
	const sessions = memorySessions();
	const engine = createLlmEngine(configFor(server), createOfflineEngine());
	const ui = renderUi(
		<App
			services={fakeServices({sessions, engine})}
			screens={fakeScreens}
			initial={{focus: 'evaluation'}}
			clock={{now: () => Date.now(), tickMs: null}}
			onExit={() => undefined}
		/>,
	);
	await waitFor(() => expect(ui.frame()).toContain('Q1:'));
	await ui.write(METRICS_ANSWER);
	await ui.write(KEYS.enter);
	await waitFor(() => expect(flat(ui.frame())).toContain(`▸ Follow-up: ${FOLLOW_UP}`));
	await waitFor(() => expect(ui.frame()).toContain('Type your answer'));
	await ui.type('/end');
	await ui.write(KEYS.enter);
	await waitFor(() => expect(ui.frame()).toContain('Top things to work on'));
	return {ui, sessions};
}

/** The coaching section of a frame (everything after its heading), flattened; '' before it. */
function coachSection(frame: string): string {
	const at = frame.indexOf(COACH_HEADING);
	return at === -1 ? '' : flat(frame.slice(at + COACH_HEADING.length));
}

/** How many words of the per-answer paragraph a frame shows, in order. */
function answerWordsShown(frame: string): number {
	const section = coachSection(frame);
	const all = COACH_ANSWER.split(' ');
	let n = 0;
	while (n < all.length && section.includes(all.slice(0, n + 1).join(' '))) n++;
	return n;
}

const ANSWER_WORDS = COACH_ANSWER.split(' ').length;

describe('coaching on the recap', () => {
	it('starts by itself, streams onto the recap chunk by chunk, and is saved with the session', async () => {
		const {coachRequests, nth} = serve(() => ({kind: 'stream', chunks: COACH_CHUNKS, gapMs: 25}));
		const {ui, sessions} = await toRecap();
		const request = await during(nth(1));
		const bodyAtStart = ui.frame().slice(0, ui.frame().indexOf('Top things to work on'));

		// Part of the paragraph is on the recap while the server is still sending.
		await waitFor(() => {
			const shown = answerWordsShown(ui.frame());
			expect(shown).toBeGreaterThan(0);
			expect(shown).toBeLessThan(ANSWER_WORDS);
		});
		expect(request.writes.length).toBeLessThan(COACH_CHUNKS.length);
		expect(ui.frame()).toContain('The coach is writing');
		expect(ui.frame()).toContain('Esc stop coaching');

		await waitFor(() => expect(sessions.saved.at(-1)?.recap?.coaching).toBeDefined());
		expect(sessions.saved.at(-1)!.recap!.coaching).toEqual({overall: COACH_OVERALL, perAnswer: {0: COACH_ANSWER}});
		// The final save came first (before coaching), then this one.
		expect(sessions.saved.filter(r => r.endReason === 'ended-early' && !r.recap?.coaching).length).toBeGreaterThan(0);
		await waitFor(() => expect(ui.frame()).toContain('Saved with the coaching'));

		const frame = ui.frame();
		const section = coachSection(frame);
		expect(section).toContain(COACH_ANSWER);
		expect(section).toContain(`▸ Overall ${COACH_OVERALL}`);
		// The answer is named by its question, not by the model's 0-based marker.
		expect(section).toMatch(/^ ▸ \S/);
		expect(section).not.toContain('Answer 0');
		expect(section).not.toContain('@@');
		expect(frame).not.toContain('The coach is writing');
		// The scored recap is printed once and never redrawn while the coach writes.
		expect(frame.split('Top things to work on')).toHaveLength(2);
		const streaming = ui.frames.filter(f => f.includes('The coach is writing'));
		expect(streaming.length).toBeGreaterThan(3);
		for (const f of streaming) expect(f.startsWith(bodyAtStart)).toBe(true);

		// Frames grew word by word: several distinct partial paragraphs, each longer than the last.
		const counts = ui.frames.map(answerWordsShown).filter((n, i, all) => n !== all[i - 1]);
		const partial = counts.filter(n => n > 0 && n < ANSWER_WORDS);
		expect(partial.length).toBeGreaterThanOrEqual(3);
		for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThan(counts[i - 1]!);

		await during(request.closed);
		expect(request.aborted).toBe(false);
		expect(coachRequests).toHaveLength(1);
		// Nothing left to retry.
		expect(ui.frame()).not.toMatch(/\bc coach/);
	});

	it('Esc mid-stream aborts the request and keeps the recap; c asks again and that result is saved', async () => {
		const {coachRequests, nth} = serve((_request, n) => ({kind: 'stream', chunks: COACH_CHUNKS, gapMs: n === 1 ? 60 : 5}));
		const {ui, sessions} = await toRecap();
		const first = await during(nth(1));
		await waitFor(() => expect(answerWordsShown(ui.frame())).toBeGreaterThan(1));

		await ui.write(KEYS.esc);
		await during(first.closed);
		expect(first.aborted).toBe(true);
		await waitFor(() => expect(ui.frame()).toContain('Coaching stopped'));
		const frame = ui.frame();
		expect(frame).toContain('Top things to work on');
		expect(frame).toContain('r replay this session');
		expect(frame).toContain('c coach again');
		expect(frame).not.toContain('The coach is writing');
		// The paragraph cut off by Esc says so.
		expect(coachSection(frame)).toMatch(/\w… Coaching stopped/);
		expect(sessions.saved.some(r => r.recap?.coaching)).toBe(false);

		await ui.write('c');
		const second = await during(nth(2));
		await waitFor(() => expect(sessions.saved.at(-1)?.recap?.coaching?.overall).toBe(COACH_OVERALL));
		await during(second.closed);
		expect(second.aborted).toBe(false);
		expect(coachRequests).toHaveLength(2);
		await waitFor(() => expect(coachSection(ui.frame())).toContain(COACH_OVERALL));
		expect(ui.frame()).not.toContain('Coaching stopped');
	});

	it('a failing coach leaves the recap with a one-line notice and c to try again', async () => {
		const {nth} = serve(() => ({kind: 'error', status: 500, message: 'overloaded'}));
		const {ui, sessions} = await toRecap();
		await during(nth(1));
		await waitFor(() => expect(ui.frame()).toContain('✗ No coaching: LLM unavailable (server error 500). Press c to try again.'));
		expect(ui.frame()).toContain('Top things to work on');
		expect(ui.frame()).toContain('c coach again');
		expect(sessions.saved.some(r => r.recap?.coaching)).toBe(false);
	});
});
