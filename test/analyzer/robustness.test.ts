import {describe, expect, it} from 'vitest';
import {DETECTORS, ABSENCE_ONLY_DISCOUNT} from '../../source/core/analyzer/detectors.js';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';
import {computeSignals} from '../../source/core/analyzer/signals.js';
import type {WeaknessId} from '../../source/core/taxonomy/ids.js';
import {aiTalk, evalWeak, ethicsWeak, overTechnical} from './examples.js';

describe('robustness', () => {
	it('is deterministic', () => {
		for (const input of [evalWeak, ethicsWeak, overTechnical, aiTalk]) {
			expect(analyzeAnswer(input)).toEqual(analyzeAnswer(structuredClone(input)));
		}
	});

	it('does not mutate its input', () => {
		const input = structuredClone(evalWeak);
		analyzeAnswer(input);
		expect(input).toEqual(evalWeak);
	});

	it('analyses a 20,000-character answer quickly, with verbatim evidence', () => {
		let answer = '';
		while (answer.length < 20_000) answer += `${evalWeak.answer}\n${overTechnical.answer} `;
		answer = answer.slice(0, 20_000);
		const started = performance.now();
		const result = analyzeAnswer({...evalWeak, probes: ['no-eval-framework', 'generic-pm', 'over-technical'], answer});
		const elapsed = performance.now() - started;
		expect(elapsed).toBeLessThan(1000);
		expect(result.pacing).toBe('rambling');
		expect(result.words).toBeGreaterThan(2500);
		for (const w of result.weaknesses) expect(answer.includes(w.evidence)).toBe(true);
	});

	it('stays linear on pathological input (one endless sentence, repeated letters)', () => {
		const blob = 'a'.repeat(20_000);
		const spaced = 'no '.repeat(7000);
		for (const answer of [blob, spaced, '.'.repeat(20_000), '\n'.repeat(20_000)]) {
			const started = performance.now();
			const result = analyzeAnswer({focus: 'mixed', question: 'How would you measure it?', answer});
			expect(performance.now() - started).toBeLessThan(1000);
			for (const w of result.weaknesses) expect(answer.includes(w.evidence)).toBe(true);
		}
	});

	it('marks an empty answer as not answered instead of scoring it', () => {
		const result = analyzeAnswer({...evalWeak, answer: '   '});
		expect(result.words).toBe(0);
		expect(result.answered).toBe(false);
		expect(result.score).toBeNull();
		expect(result.weaknesses).toEqual([]);
	});

	it('marks non-answers as not answered: emoji, a shrug, junk, a repeated sentence', () => {
		const nonAnswers = [
			'🤷‍♂️ 🙃',
			'...',
			"I don't know.",
			'pass',
			'Hmm, not sure',
			'https://example.com/some/page',
			'asdfghjkl qwrtzp xcvbnm',
			'test 1 2 3 testing',
			'Sorry, I blanked on this one. Can we move on to the next?',
			'2024-03-01 12:00:01 ERROR [main] c.a.Service - NullPointerException at com.acme.Handler.run(Handler.java:42)',
			'We would test it. We would test it. We would test it. We would test it.',
		];
		for (const answer of nonAnswers) {
			const result = analyzeAnswer({...evalWeak, answer});
			expect(result.answered, answer).toBe(false);
			expect(result.score, answer).toBeNull();
			expect(result.notAnswered, answer).toBeTruthy();
		}
	});

	it('a reply that shares no word with the question but talks about the product is an answer', () => {
		const result = analyzeAnswer({
			focus: 'product-sense',
			question: 'What happens when the plan it gives is wrong?',
			answer: "It shows where each suggestion came from, flags anything it couldn't verify, and one tap swaps an item; those swaps tell us which sources to trust less.",
			followUp: {targets: 'generic-pm'},
		});
		expect(result.answered).toBe(true);
		expect(result.weaknesses).toEqual([]);
	});

	it('a terse real reply to a follow-up is still an answer, and a good one', () => {
		const result = analyzeAnswer({
			...evalWeak,
			followUp: {targets: 'no-eval-framework'},
			answer: 'Fifty real tickets, two graders, the bar is 90% routed right, checked per language.',
		});
		expect(result.answered).toBe(true);
		expect(result.score).toBeGreaterThanOrEqual(70);
	});

	it('quotes a sentence as evidence, or says what was missing, never both empty', () => {
		const result = analyzeAnswer({
			focus: 'experience',
			question: 'Tell me about a time you shipped AI.',
			answer: 'Fair point. I think it was a good project overall and the team liked it a lot.',
		});
		expect(result.weaknesses.length).toBeGreaterThan(0);
		for (const w of result.weaknesses) {
			expect(w.evidence).not.toBe('Fair point.');
			expect(w.evidence.length > 0 || (w.missing ?? '').length > 0).toBe(true);
		}
	});
});

describe('hedges', () => {
	const question = 'How would you know the support assistant gives good answers?';
	const analyse = (answer: string) => analyzeAnswer({focus: 'evaluation', question, answer});

	it('a plan offered as "maybe", "possibly", "I guess" counts for less than the same plan said plainly', () => {
		const plain = analyse('We would test it on 100 real support chats, and agents grade each answer for correctness before launch.');
		const hedged = analyse('Maybe we would test it on 100 real support chats, and possibly agents grade each answer for correctness before launch, I guess.');
		expect(plain.weaknesses.map(w => w.id)).toEqual([]);
		expect(hedged.weaknesses.map(w => w.id)).toEqual(['no-eval-framework']);
	});

	it('"maybe" before a number is an estimate, not a hedge', () => {
		const estimate = analyse('We would test it on maybe 100 real support chats, and agents grade each answer for correctness before launch.');
		expect(estimate.weaknesses).toEqual([]);
	});
});

describe('a weakness needs a sign of itself, not only missing words', () => {
	const risk = (id: WeaknessId, answer: string) => DETECTORS[id](computeSignals(answer), 'opening');

	it('a test plan in words the lexicon lacks is held to a wider gap than one that also leans on product metrics', () => {
		const plan = 'Plant a fake memo with a code word in every account, then try 500 ways to get it out from another account. Zero leaks or it stays off.';
		const alone = risk('no-eval-framework', plan);
		const withMetrics = risk('no-eval-framework', `${plan} We will also watch NPS.`);
		expect(alone.why.showsWeakness).toBe(0);
		expect(withMetrics.why.showsWeakness).toBe(1);
		expect(withMetrics.risk - alone.risk).toBeGreaterThanOrEqual(ABSENCE_ONLY_DISCOUNT);
	});

	it('values words, or a story told around process, keep the full weight of the absence', () => {
		expect(risk('skips-ethics', 'Whose words are these? The writer owns them, and we keep nothing.').why.showsWeakness).toBe(0);
		expect(risk('skips-ethics', 'We care deeply about trust and transparency.').why.showsWeakness).toBe(1);
		expect(risk('generic-ai-talk', 'Weekend script sorting my inbox: 41 of 50 right on hand-checked mail.').why.showsWeakness).toBe(0);
		expect(risk('generic-ai-talk', 'We aligned stakeholders and wrote the PRD, then the roadmap.').why.showsWeakness).toBe(1);
	});

	it('figures past three count for a story with no talk about AI in general, not for one quoting the industry', () => {
		const figures = 'I labelled 50 of my emails: 41 right, 6 newsletters and 3 check-ins missed, 2 prompts tried.';
		const industry = `${figures} AI will transform every industry.`;
		expect(risk('generic-ai-talk', figures).why.own).toBeGreaterThan(risk('generic-ai-talk', industry).why.own!);
	});
});
