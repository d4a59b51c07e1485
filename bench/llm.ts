// How much the LLM interviewer adds between the server writing the first token of a follow-up
// and that token reaching onToken, and reaching the screen (a frame written by Ink's real render,
// driven by a real session), compared with a bare SDK streaming call to the same server.
import {PassThrough, Writable} from 'node:stream';
import {pathToFileURL} from 'node:url';
import {performance} from 'node:perf_hooks';
import OpenAI from 'openai';
import {analyzeAnswer} from '../source/core/analyzer/index.js';
import {createOfflineEngine} from '../source/core/engine/offline.js';
import type {InterviewEngine} from '../source/core/engine/types.js';
import {createLlmEngine} from '../source/llm/engine.js';
import {jsonReply, startOpenAiServer, words, type FakeOpenAiServer} from '../test/support/openai-server.js';
import {analyzeInput, followUpInput, METRICS_ANSWER} from '../test/llm/fixtures.js';
import {formatMs, median} from './stats.js';

const RUNS = 40;
const WARMUP = 5;
const TARGET_MS = 20;
const QUESTION = 'You mentioned NPS and daily active users. How would you know the rewrites themselves are good?';
/** The first streamed word as the interview screen shows it. */
const FIRST_TOKEN_ON_SCREEN = `Follow-up: ${words(QUESTION)[0]}`;
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

/**
 * The options source/cli/app.tsx renders with (minus the streams): Ink's default frame cap of 30 fps.
 * The cap does not delay the interview screen: it always holds a <Static>, and with React 19 every
 * re-render of its parent commits an update to Static's box, which makes Ink render at once instead
 * of through its throttle. So a token is drawn as soon as it arrives, and raising maxFps gains nothing.
 */
const CLI_RENDER_OPTIONS = {exitOnCtrlC: false, patchConsole: false} as const;

/** A terminal in memory: Ink sees a TTY of this size; writes are checked as they happen. */
class MemoryTerminal extends Writable {
	readonly isTTY = true;
	readonly columns = 100;
	readonly rows = 40;
	private watch: {text: string; resolve(at: number): void} | null = null;

	/** Resolves with performance.now() of the first write whose text contains `text`. */
	watchFor(text: string): Promise<number> {
		return new Promise(resolve => {
			this.watch = {text, resolve};
		});
	}

	override write(chunk: any, encoding?: any, callback?: any): boolean {
		const at = performance.now();
		if (this.watch && String(chunk).replace(ANSI, '').includes(this.watch.text)) {
			this.watch.resolve(at);
			this.watch = null;
		}
		return super.write(chunk, encoding, callback);
	}

	override _write(_chunk: unknown, _encoding: BufferEncoding, callback: () => void): void {
		callback();
	}
}

/**
 * One follow-up along the whole app path: a real InterviewSession with the LLM engine, the
 * interview screen rendered by Ink (with the CLI's render options) into a MemoryTerminal.
 * Samples run in a fresh render each, so Ink's frame cap starts from the same point every time.
 * The measure is ms from the server's write of the first token to the first frame showing it.
 */
async function screenPath(server: FakeOpenAiServer, engine: InterviewEngine): Promise<() => Promise<number>> {
	// The shipped bundle runs React in production mode: measure that, not the development build.
	// React and Ink are loaded here, after the variable is set.
	process.env.NODE_ENV ??= 'production';
	const [{createElement}, {render}, {InterviewSession}, {createInterview}, {loadScripts}, {InterviewScreen}, {KeypressProvider}] = await Promise.all([
		import('react'),
		import('ink'),
		import('../source/core/interview/session.js'),
		import('../source/core/interview/start.js'),
		import('../source/core/script/load.js'),
		import('../source/ui/screens/interview-screen.js'),
		import('../source/ui/keys/index.js'),
	]);
	const {scripts} = await loadScripts();
	return async () => {
		const session = new InterviewSession({engine, state: createInterview({scripts, focus: 'evaluation', seed: 1})});
		const stdout = new MemoryTerminal();
		// A terminal that takes raw mode, as the app's key handling needs (Ink refuses to read keys otherwise).
		const stdin = Object.assign(new PassThrough(), {isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin});
		const shown = stdout.watchFor(FIRST_TOKEN_ON_SCREEN);
		const screen = createElement(InterviewScreen, {session, isActive: true, engineDescription: 'LLM · bench-model', draftRef: {current: ''}});
		const instance = render(createElement(KeypressProvider, null, screen), {
			...CLI_RENDER_OPTIONS,
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			stderr: stdout as unknown as NodeJS.WriteStream,
			exitOnCtrlC: false,
			patchConsole: false,
		});
		try {
			const before = server.requests.length;
			await session.submit(METRICS_ANSWER);
			const prompt = session.state.prompt;
			if (prompt?.kind !== 'follow-up' || prompt.engine !== 'llm') throw new Error(`no LLM follow-up (${prompt?.kind}, ${prompt?.engine}: ${prompt?.notices.join(' ')})`);
			const stream = server.requests.slice(before).find(r => r.body?.stream === true);
			if (!stream) throw new Error('the follow-up was not streamed');
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error('the first token never reached the screen')), 2_000);
			});
			try {
				return (await Promise.race([shown, timeout])) - stream.writes[1]!;
			} finally {
				clearTimeout(timer);
			}
		} finally {
			instance.unmount();
			instance.cleanup();
		}
	};
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export default async function bench(): Promise<void> {
	// Analyses (plain JSON calls) get an empty verdict list; streams get the follow-up word by word.
	const server = await startOpenAiServer(request => (request.body?.stream === true ? {kind: 'stream', chunks: words(QUESTION), delayMs: 5, gapMs: 2} : jsonReply({findings: []})));
	try {
		const config = {model: 'bench-model', apiKey: 'bench-key', baseUrl: server.baseUrl, limits: {maxRetries: 0}};
		const engine = createLlmEngine(config, createOfflineEngine());
		const sdk = new OpenAI({apiKey: 'bench-key', baseURL: server.baseUrl, maxRetries: 0, logLevel: 'off'});
		const input = followUpInput(analyzeAnswer(analyzeInput()));
		// writes[0] is the role chunk with empty content; writes[1] carries the first word.
		const firstTokenWrite = () => server.requests.at(-1)!.writes[1]!;

		const viaEngine = async () => {
			let at = 0;
			const result = await engine.phraseFollowUp(input, {
				onToken: () => {
					at ||= performance.now();
				},
			});
			if (result.engine !== 'llm') throw new Error(`engine fell back: ${result.notice}`);
			return at - firstTokenWrite();
		};
		const viaSdk = async () => {
			let at = 0;
			const stream = await sdk.chat.completions.create({
				model: 'bench-model',
				messages: [{role: 'user', content: 'Ask a follow-up.'}],
				stream: true,
				stream_options: {include_usage: true},
			});
			for await (const chunk of stream) if (!at && chunk.choices[0]?.delta?.content) at = performance.now();
			return at - firstTokenWrite();
		};
		const viaScreen = await screenPath(server, createLlmEngine(config, createOfflineEngine()));

		const measures = [viaSdk, viaEngine, viaScreen];
		const samples = measures.map((): number[] => []);
		for (let i = 0; i < WARMUP + RUNS; i++) {
			// Rotate the order so no measure always runs on a warmer process.
			for (let k = 0; k < measures.length; k++) {
				const m = (i + k) % measures.length;
				const ms = await measures[m]!();
				if (i >= WARMUP) samples[m]!.push(ms);
			}
		}
		const [bare, app, screen] = samples as [number[], number[], number[]];
		const bareMedian = median(bare);
		const overhead = median(app) - bareMedian;
		const screenOverhead = median(screen) - bareMedian;
		const fmt = formatMs;
		const verdict = (ms: number) => `(target < ${TARGET_MS} ms at the median: ${ms < TARGET_MS ? 'met' : 'NOT met'})`;
		console.log(`LLM follow-up streaming, server first-token write -> first token seen (${RUNS} runs each, median)`);
		console.log(`  bare SDK stream:   ${fmt(bareMedian)}`);
		console.log(`  engine onToken:    ${fmt(median(app))}`);
		console.log(`  on screen (Ink):   ${fmt(median(screen))}  (p90 ${fmt(percentile(screen, 0.9))}, max ${fmt(Math.max(...screen))})`);
		console.log(`  app overhead:      ${fmt(overhead)}  ${verdict(overhead)}`);
		console.log(`  screen overhead:   ${fmt(screenOverhead)}  ${verdict(screenOverhead)}`);
		if (overhead >= TARGET_MS || screenOverhead >= TARGET_MS) process.exitCode = 1;
	} finally {
		await server.close();
	}
	await enterToFirstToken();
}

/** The fixed time the latency server takes for every call, as a model round trip would. */
const ROUND_TRIP_MS = 200;
const LATENCY_RUNS = 8;
/** The goal: one round trip plus this much, from Enter to the first token of the follow-up. */
const LATENCY_SLACK_MS = 50;

/**
 * What the candidate feels: Enter (submit) to the first token of the follow-up, through a real
 * InterviewSession, against a server that takes ROUND_TRIP_MS for every call. The reference is the
 * same two calls made one after the other (reading, then wording), as the session did before.
 */
async function enterToFirstToken(): Promise<void> {
	const server = await startOpenAiServer(request =>
		request.body?.stream === true ? {kind: 'stream', chunks: words(QUESTION), delayMs: ROUND_TRIP_MS} : {...jsonReply({findings: []}), delayMs: ROUND_TRIP_MS},
	);
	try {
		const [{InterviewSession}, {createInterview}, {loadScripts}] = await Promise.all([
			import('../source/core/interview/session.js'),
			import('../source/core/interview/start.js'),
			import('../source/core/script/load.js'),
		]);
		const {scripts} = await loadScripts();
		const config = {model: 'bench-model', apiKey: 'bench-key', baseUrl: server.baseUrl, limits: {maxRetries: 0}};
		const viaSession = async () => {
			const session = new InterviewSession({engine: createLlmEngine(config, createOfflineEngine()), state: createInterview({scripts, focus: 'evaluation', seed: 1})});
			let first = 0;
			const stop = session.subscribe(state => {
				if (!first && state.pendingFollowUp?.streamed) first = performance.now();
			});
			const started = performance.now();
			await session.submit(METRICS_ANSWER);
			stop();
			if (session.state.prompt?.engine !== 'llm' || !first) throw new Error(`no streamed LLM follow-up: ${session.state.prompt?.notices.join(' ')}`);
			return first - started;
		};
		const sequential = async () => {
			const engine = createLlmEngine(config, createOfflineEngine());
			let first = 0;
			const started = performance.now();
			const reading = await engine.analyze(analyzeInput());
			await engine.phraseFollowUp(followUpInput(reading.value), {
				onToken: () => {
					first ||= performance.now();
				},
			});
			return first - started;
		};
		const pipelined: number[] = [];
		const oneByOne: number[] = [];
		await viaSession();
		for (let i = 0; i < LATENCY_RUNS; i++) {
			pipelined.push(await viaSession());
			oneByOne.push(await sequential());
		}
		const ratio = (ms: number) => (ms / ROUND_TRIP_MS).toFixed(2);
		const goal = 1 + LATENCY_SLACK_MS / ROUND_TRIP_MS;
		const session = median(pipelined);
		console.log(`Enter -> first follow-up token, server round trip ${ROUND_TRIP_MS} ms per call (${LATENCY_RUNS} runs, median)`);
		console.log(`  reading then wording, one after the other: ${formatMs(median(oneByOne))}  (${ratio(median(oneByOne))} round trips)`);
		console.log(
			`  interview session (pipelined):             ${formatMs(session)}  (${ratio(session)} round trips; goal <= ${goal.toFixed(2)}: ${session / ROUND_TRIP_MS <= goal ? 'met' : 'NOT met'})`,
		);
		if (session / ROUND_TRIP_MS > goal) process.exitCode = 1;
	} finally {
		await server.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();
