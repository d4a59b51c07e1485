import {describe, expect, it} from 'vitest';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';
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

	it('handles an empty answer', () => {
		const result = analyzeAnswer({...evalWeak, answer: '   '});
		expect(result.words).toBe(0);
		expect(result.pacing).toBe('thin');
		expect(result.score).toBeLessThan(50);
	});

	it('never returns empty evidence when the answer has text', () => {
		const result = analyzeAnswer({focus: 'experience', question: 'Tell me about a time you shipped AI.', answer: 'Hmm, not sure'});
		expect(result.weaknesses.length).toBeGreaterThan(0);
		for (const w of result.weaknesses) expect(w.evidence.length).toBeGreaterThan(0);
	});
});
