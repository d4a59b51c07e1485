// How much the LLM interviewer adds between the server writing the first token of a follow-up
// and that token reaching onToken, compared with a bare SDK streaming call to the same server.
import {pathToFileURL} from 'node:url';
import {performance} from 'node:perf_hooks';
import OpenAI from 'openai';
import {analyzeAnswer} from '../source/core/analyzer/index.js';
import {createOfflineEngine} from '../source/core/engine/offline.js';
import {createLlmEngine} from '../source/llm/engine.js';
import {startOpenAiServer, words} from '../test/support/openai-server.js';
import {analyzeInput, followUpInput} from '../test/llm/fixtures.js';
import {formatMs, median} from './stats.js';

const RUNS = 40;
const WARMUP = 5;
const TARGET_MS = 20;
const QUESTION = 'You mentioned NPS and daily active users. How would you know the rewrites themselves are good?';


export default async function bench(): Promise<void> {
	const server = await startOpenAiServer(() => ({kind: 'stream', chunks: words(QUESTION), delayMs: 5, gapMs: 2}));
	try {
		const engine = createLlmEngine({model: 'bench-model', apiKey: 'bench-key', baseUrl: server.baseUrl, maxRetries: 0}, createOfflineEngine());
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
			const stream = await sdk.chat.completions.create({model: 'bench-model', messages: [{role: 'user', content: 'Ask a follow-up.'}], stream: true, stream_options: {include_usage: true}});
			for await (const chunk of stream) if (!at && chunk.choices[0]?.delta?.content) at = performance.now();
			return at - firstTokenWrite();
		};

		const app: number[] = [];
		const bare: number[] = [];
		for (let i = 0; i < WARMUP + RUNS; i++) {
			// Alternate the order so neither side always runs on a warmer process.
			let sdkMs: number;
			let engineMs: number;
			if (i % 2) {
				sdkMs = await viaSdk();
				engineMs = await viaEngine();
			} else {
				engineMs = await viaEngine();
				sdkMs = await viaSdk();
			}
			if (i < WARMUP) continue;
			bare.push(sdkMs);
			app.push(engineMs);
		}
		const appMedian = median(app);
		const bareMedian = median(bare);
		const overhead = appMedian - bareMedian;
		const fmt = formatMs;
		console.log(`LLM follow-up streaming, server first-token write -> first token seen (${RUNS} runs each, median)`);
		console.log(`  bare SDK stream:   ${fmt(bareMedian)}`);
		console.log(`  engine onToken:    ${fmt(appMedian)}`);
		console.log(`  app overhead:      ${fmt(overhead)}  (target < ${TARGET_MS} ms at the median: ${overhead < TARGET_MS ? 'met' : 'NOT met'})`);
		if (overhead >= TARGET_MS) process.exitCode = 1;
	} finally {
		await server.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();
