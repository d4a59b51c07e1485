// From the LLM server to the screen: a real InterviewSession with the real LLM engine (and the
// openai SDK) against the fake HTTP server, rendered through the real interview screen.
import {act, useRef} from 'react';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import {phraseOffline} from '../../source/core/engine/phrase.js';
import {InterviewSession} from '../../source/core/interview/session.js';
import {createInterview} from '../../source/core/interview/start.js';
import type {InterviewState} from '../../source/core/interview/types.js';
import {loadScripts} from '../../source/core/script/load.js';
import type {Script} from '../../source/core/script/schema.js';
import {createLlmEngine} from '../../source/llm/engine.js';
import {InterviewScreen} from '../../source/ui/screens/interview-screen.js';
import {configFor, METRICS_ANSWER, useFakeServer} from '../llm/fixtures.js';
import {jsonReply, words, type RecordedRequest, type Reply} from '../support/openai-server.js';
import {cleanupUi, flush, KEYS, renderUi, waitFor, type Ui} from '../ui/helpers.js';

const server = useFakeServer();

afterEach(cleanupUi);

let scripts: Script[];
beforeAll(async () => {
	scripts = (await loadScripts()).scripts;
});

const FOLLOW_UP = 'Which eval set would you build, and what score would block a launch?';
const CHUNKS = words(FOLLOW_UP);
/** Role chunk, one per word, the finish chunk and the usage chunk. */
const STREAM_WRITES = CHUNKS.length + 3;
const CANCEL_NOTICE = 'Cancelled; showing the scripted follow-up.';

/** Collapses wrapping so a sentence can be found in a frame whatever the terminal width. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * What follows "▸ Follow-up: " on its line, or null for frames without it. The question is short
 * enough to fit on one line of the test terminal (100 columns).
 */
function streamedIn(frame: string): string | null {
	const at = frame.indexOf('▸ Follow-up: ');
	if (at === -1) return null;
	return frame
		.slice(at + '▸ Follow-up: '.length)
		.split('\n')[0]!
		.trim();
}

/** A proper, non-empty prefix of the follow-up: the stream is on screen but not finished. */
const isPartial = (text: string | null): text is string => text !== null && text !== '' && text.length < FOLLOW_UP.length && FOLLOW_UP.startsWith(text);

type Setup = {ui: Ui; session: InterviewSession; phrasing: Promise<InterviewState>};

function start(): Setup {
	const state = createInterview({scripts, focus: 'evaluation', seed: 1});
	const engine = createLlmEngine(configFor(server), createOfflineEngine());
	const session = new InterviewSession({engine, state});
	// The state the moment the follow-up starts being worded (the branch it will word).
	const phrasing = new Promise<InterviewState>(resolve => {
		const stop = session.subscribe(s => {
			if (s.phase === 'phrasing') {
				stop();
				resolve(s);
			}
		});
	});
	function Harness() {
		const draft = useRef('');
		return <InterviewScreen session={session} isActive engineDescription="LLM · test-model" draftRef={draft} clock={{now: () => Date.now(), tickMs: null}} />;
	}
	return {ui: renderUi(<Harness />), session, phrasing};
}

/** Analysis calls get an empty verdict list (the offline reading stands); streams go to `stream`. */
function serve(stream: (request: RecordedRequest) => Reply | Promise<Reply>): Promise<RecordedRequest> {
	return new Promise(resolve => {
		server.handle(request => {
			if (request.body?.stream !== true) return jsonReply({findings: []});
			resolve(request);
			return stream(request);
		});
	});
}

/** Waits for something the network does, inside act(): the screen re-renders while it waits. */
async function during<T>(promise: Promise<T>): Promise<T> {
	let value!: T;
	await act(async () => {
		value = await promise;
	});
	return value;
}

async function answer(ui: Ui, text: string): Promise<void> {
	await ui.write(text);
	await ui.write(KEYS.enter);
}

describe('streamed follow-up on screen', () => {
	it('grows chunk by chunk while the server is still sending, then becomes the question', async () => {
		const streamRequest = serve(() => ({kind: 'stream', chunks: CHUNKS, gapMs: 50}));
		const {ui, session} = start();
		await answer(ui, METRICS_ANSWER);
		const request = await during(streamRequest);

		// Part of the question is on screen while the server has not yet sent its last word
		// (writes[0] is the role chunk, writes[i] carries CHUNKS[i - 1]).
		await waitFor(() => expect(isPartial(streamedIn(ui.frame()))).toBe(true));
		expect(request.writes.length).toBeLessThanOrEqual(CHUNKS.length);

		await waitFor(() => expect(session.state.phase).toBe('answering'));
		const finalFrame = flat(ui.frame());
		expect(finalFrame).toContain(`▸ Follow-up: ${FOLLOW_UP}`);
		expect(finalFrame).toContain('· follow-up ·');
		expect(finalFrame).not.toContain('note:');
		expect(session.state.prompt).toMatchObject({kind: 'follow-up', text: FOLLOW_UP, engine: 'llm', notices: []});

		// Every frame of the phrasing phase shows a prefix of the question, and they grow.
		const partials = ui.frames
			.filter(frame => !frame.includes('Type your answer'))
			.map(streamedIn)
			.filter((text): text is string => text !== null);
		const distinct = partials.filter((text, i) => text !== partials[i - 1]);
		expect(distinct.length).toBeGreaterThanOrEqual(4);
		for (const text of distinct) expect(FOLLOW_UP.startsWith(text)).toBe(true);
		for (let i = 1; i < distinct.length; i++) expect(distinct[i]!.length).toBeGreaterThan(distinct[i - 1]!.length);
		expect(distinct.at(-1)).toBe(FOLLOW_UP);

		await during(request.closed);
		expect(request.aborted).toBe(false);
		expect(request.writes).toHaveLength(STREAM_WRITES);
		expect(server.requests).toHaveLength(2);
	});

	it('Esc mid-stream disconnects from the server and shows the scripted follow-up with a notice', async () => {
		const streamRequest = serve(() => ({kind: 'stream', chunks: CHUNKS, gapMs: 60}));
		const {ui, session, phrasing} = start();
		await answer(ui, METRICS_ANSWER);
		const request = await during(streamRequest);
		const pending = (await during(phrasing)).pendingFollowUp!;

		// What the session had received when Esc reached it: nothing after that may be shown.
		let streamedAtCancel: string | undefined;
		const cancel = session.cancel.bind(session);
		session.cancel = () => {
			streamedAtCancel = session.state.pendingFollowUp?.streamed;
			cancel();
		};
		await waitFor(() => expect(streamedIn(ui.frame())).toMatch(/^Which eval/));
		expect(isPartial(streamedIn(ui.frame()))).toBe(true);
		await ui.write(KEYS.esc);
		await during(request.closed);
		expect(request.aborted).toBe(true);
		expect(streamedAtCancel).toMatch(/^Which eval/);
		const writesAtClose = request.writes.length;
		expect(writesAtClose).toBeLessThanOrEqual(CHUNKS.length);

		const scripted = phraseOffline({answer: METRICS_ANSWER, trigger: pending.trigger, branch: pending.node, seed: session.state.seed});
		await waitFor(() => expect(session.state.phase).toBe('answering'));
		const frame = flat(ui.frame());
		expect(frame).toContain(`▸ Follow-up: ${flat(scripted)}`);
		expect(frame).toContain(`note: ${CANCEL_NOTICE}`);
		expect(frame).not.toContain('Which eval');
		expect(session.state.prompt).toMatchObject({kind: 'follow-up', text: scripted, engine: 'offline', notices: [CANCEL_NOTICE]});

		// The connection is closed; let anything still queued run, then check that no frame ever
		// showed more of the stream than the session had when Esc was pressed.
		await flush(5);
		const partials = ui.frames.map(streamedIn).filter(isPartial);
		expect(partials.length).toBeGreaterThan(0);
		expect(Math.max(...partials.map(t => t.length))).toBeLessThanOrEqual(streamedAtCancel!.trim().length);
		const cancelFrame = ui.frames.findIndex(f => f.includes(CANCEL_NOTICE));
		expect(ui.frames.slice(cancelFrame).some(f => isPartial(streamedIn(f)))).toBe(false);
		expect(request.writes.length).toBe(writesAtClose);
		expect(server.requests).toHaveLength(2);
	});

	it('a rejected key shows its notice and the rest of the session runs offline without calling the server', async () => {
		server.handle(() => ({kind: 'error', status: 401, message: 'Incorrect API key provided.'}));
		const {ui, session} = start();
		await answer(ui, METRICS_ANSWER);
		await waitFor(() => expect(session.state.phase).toBe('answering'));
		expect(session.state.prompt?.kind).toBe('follow-up');
		expect(flat(ui.frame())).toContain('rejected the API key');
		expect(session.state.turns[0]).toMatchObject({engine: 'offline', notices: [expect.stringContaining('rejected the API key')]});
		expect(session.state.prompt?.engine).toBe('offline');
		// The reading and the follow-up worded alongside it were both in flight when the 401 came back.
		expect(server.requests).toHaveLength(2);
		for (const request of server.requests) expect(request.headers.authorization).toBe('Bearer sk-test-secret-key');
		// One notice for the one failure, on the answer it concerns.
		expect(session.state.prompt?.notices).toEqual([]);
		// The header says the LLM is off and why, not the model it no longer uses.
		expect(flat(ui.frame())).toContain('offline interviewer (LLM off: key rejected, HTTP 401)');

		// The next answer is read offline: no request, no new notice.
		await answer(ui, 'I would build an eval set of real user texts and score it against a rubric.');
		await waitFor(() => expect(session.state.turns).toHaveLength(2));
		await waitFor(() => expect(session.state.phase).not.toMatch(/analyzing|phrasing/));
		expect(session.state.turns[1]).toMatchObject({engine: 'offline', notices: []});
		expect(session.engine.kind).toBe('offline');
		expect(server.requests).toHaveLength(2);
		expect(ui.frame()).not.toContain('Something went wrong');
	});
});
