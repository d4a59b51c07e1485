// Enter to first token in one model round trip: the session words the follow-up while the model
// reads the answer, and shows none of it before the reading confirms the branch.
import {describe, expect, it} from 'vitest';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import {InterviewSession} from '../../source/core/interview/session.js';
import {createInterview} from '../../source/core/interview/start.js';
import {loadScripts} from '../../source/core/script/load.js';
import {createLlmEngine} from '../../source/llm/engine.js';
import {jsonReply, words} from '../support/openai-server.js';
import {METRICS_ANSWER, configFor, useFakeServer} from './fixtures.js';

const server = useFakeServer();
const FOLLOW_UP = 'Which quality bar would block the launch?';

async function newSession() {
	const {scripts} = await loadScripts();
	return new InterviewSession({engine: createLlmEngine(configFor(server), createOfflineEngine()), state: createInterview({scripts, focus: 'evaluation', seed: 1})});
}

describe('pipelined follow-up', () => {
	it('the follow-up request starts before the reading returns, and no token shows while the answer is being read', async () => {
		let readingArrived = 0;
		server.handle(request => {
			if (request.body?.stream === true) return {kind: 'stream', chunks: words(FOLLOW_UP), delayMs: 50};
			readingArrived = performance.now();
			return {...jsonReply({findings: []}), delayMs: 600};
		});
		try {
			const session = await newSession();
			const seen: Array<{phase: string; streamed: string}> = [];
			session.subscribe(state => seen.push({phase: state.phase, streamed: state.pendingFollowUp?.streamed ?? ''}));
			await session.submit(METRICS_ANSWER);
			expect(session.state.prompt).toMatchObject({kind: 'follow-up', engine: 'llm', text: FOLLOW_UP});
			// Both calls were in flight together: the wording streamed while the reading (600 ms) was still pending.
			const wording = server.requests.find(r => r.body.stream === true)!;
			expect(wording.writes[0]! - readingArrived).toBeLessThan(600);
			expect(server.requests).toHaveLength(2);
			expect(seen.filter(s => s.phase === 'analyzing').every(s => s.streamed === '')).toBe(true);
			expect(seen.some(s => s.phase === 'phrasing' && s.streamed !== '')).toBe(true);
		} finally {
			server.handle(() => ({kind: 'error', status: 500}));
		}
	});

	it('Esc while both calls are in flight cancels both and gives the answer back', async () => {
		server.handle(() => ({kind: 'hang'}));
		try {
			const session = await newSession();
			const pending = session.submit(METRICS_ANSWER);
			await expect.poll(() => server.requests.length).toBe(2);
			session.cancel();
			await pending;
			await Promise.all(server.requests.map(r => r.closed));
			expect(server.requests.every(r => r.aborted)).toBe(true);
			expect(session.state).toMatchObject({phase: 'answering', restoredDraft: METRICS_ANSWER});
		} finally {
			server.handle(() => ({kind: 'error', status: 500}));
		}
	});
});
