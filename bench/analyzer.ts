// Analyzer speed: median time per ~400-word answer after warm-up, next to a baseline measured
// in the same run on the same text (lower-casing and splitting on whitespace), so the ratio
// stays comparable across machines.
//   node --import tsx bench/analyzer.ts
import {fileURLToPath} from 'node:url';
import {analyzeAnswer, type AnalyzeInput} from '../source/core/analyzer/index.js';

const PARAGRAPH = `I'd separate whether the model does its job from whether the feature helps people. For the model I'd
pull about sixty real support threads with consent, including long and messy ones, and have two agents grade
each draft reply against three criteria: nothing invented, the customer's question actually answered, and a
tone that fits our brand. The bar before launch is zero invented policy details in the test set and ninety
percent on answering the question, checked per product line rather than only on average. When the model is
unsure it should say so and hand the thread to an agent instead of guessing. `;

function answerOf(words: number): string {
	let text = '';
	while (text.split(/\s+/).length < words) text += PARAGRAPH;
	return text
		.split(/(?<=\s)/)
		.slice(0, words)
		.join('')
		.trim();
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median ms per call over `rounds` rounds of `inner` calls each (inner amortises timer resolution). */
function measure(fn: () => unknown, rounds: number, inner: number): number {
	for (let i = 0; i < inner * 5; i++) fn(); // warm-up
	const samples: number[] = [];
	for (let r = 0; r < rounds; r++) {
		const t0 = performance.now();
		for (let i = 0; i < inner; i++) fn();
		samples.push((performance.now() - t0) / inner);
	}
	return median(samples);
}

/** The analyzer runs on every answer sent: a 400-word answer stays under this. */
const TARGET_MS_400 = 1;

let sink = 0;

export default async function bench(): Promise<void> {
	for (const words of [400, 3000]) {
		const answer = answerOf(words);
		const input: AnalyzeInput = {
			focus: 'evaluation',
			question: 'How would you know the reply drafter is ready to launch?',
			probes: ['no-eval-framework', 'generic-pm', 'over-technical', 'skips-ethics'],
			talkingPoints: [{text: 'Eval set from real data', cues: ['real', 'test set']}, {text: 'Quality criteria with a bar per criterion'}],
			answer,
		};
		// a shortcut (the text read as a non-answer) would time nothing: fail instead of reporting it
		if (analyzeAnswer(input).answered === false) throw new Error('the bench answer was read as a non-answer');
		const inner = words > 1000 ? 5 : 20;
		const analyzer = measure(() => (sink += analyzeAnswer(input).score ?? 0), 41, inner);
		// baseline: the cheapest possible pass over the same text, repeated to match the analyzer's time scale
		const baseline = measure(() => (sink += answer.toLowerCase().split(/\s+/).length), 41, inner * 10);
		const target = words === 400 ? `   target < ${TARGET_MS_400} ms: ${analyzer < TARGET_MS_400 ? 'ok' : 'OVER'}` : '';
		console.log(
			`analyzer  ${String(words).padStart(4)} words  ${analyzer.toFixed(3)} ms/answer  (x${(analyzer / baseline).toFixed(1)} of baseline tokenize, ${baseline.toFixed(4)} ms)${target}`,
		);
	}
	if (sink === -1) console.log(sink);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	await bench();
}
