import {describe, expect, it} from 'vitest';
import {createInterview, planQuestions, PlanError} from '../../source/core/interview/start.js';
import {MIXED_LOOP_ORDER, QUESTIONS_PER_FOCUS_SESSION} from '../../source/core/interview/plan-options.js';
import {chooseFollowUp} from '../../source/core/interview/next-step.js';
import {loadScripts} from '../../source/core/script/load.js';
import {SCRIPT_FOCUS_IDS} from '../../source/core/taxonomy/ids.js';
import type {AnswerAnalysis} from '../../source/core/analyzer/types.js';

const {scripts} = await loadScripts();
const ids = (plan: ReturnType<typeof planQuestions>) => plan.map(p => p.question.id);

describe('planning a session', () => {
	it('a mixed loop asks about six questions, one per area, in the order real loops use', () => {
		const plan = planQuestions(scripts, {focus: 'mixed', seed: 1});
		expect(plan.map(p => p.focus)).toEqual([...MIXED_LOOP_ORDER]);
		expect(MIXED_LOOP_ORDER[0]).toBe('experience');
	});

	it('a mixed loop varies between seeds and repeats with the same seed', () => {
		expect(ids(planQuestions(scripts, {focus: 'mixed', seed: 7}))).toEqual(ids(planQuestions(scripts, {focus: 'mixed', seed: 7})));
		const loops = new Set(Array.from({length: 10}, (_, seed) => ids(planQuestions(scripts, {focus: 'mixed', seed})).join(',')));
		expect(loops.size).toBeGreaterThan(5);
	});

	it('a count sets the length, in focus sessions and loops alike, keeping the loop order', () => {
		expect(planQuestions(scripts, {focus: 'ethics', seed: 3})).toHaveLength(QUESTIONS_PER_FOCUS_SESSION);
		expect(planQuestions(scripts, {focus: 'ethics', seed: 3, count: 5})).toHaveLength(5);
		const short = planQuestions(scripts, {focus: 'mixed', seed: 3, count: 4});
		expect(short).toHaveLength(4);
		const order = short.map(p => MIXED_LOOP_ORDER.indexOf(p.focus));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const long = planQuestions(scripts, {focus: 'mixed', seed: 3, count: 9});
		expect(long).toHaveLength(9);
		expect(new Set(ids(long)).size).toBe(9);
		expect(() => planQuestions(scripts, {focus: 'mixed', seed: 3, count: 0})).toThrow(PlanError);
		expect(() => planQuestions(scripts, {focus: 'mixed', seed: 3, count: 13})).toThrow(/1 to 12/);
	});

	it('a level draws questions at or next to it, never two levels away', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			for (const focus of SCRIPT_FOCUS_IDS) {
				expect(planQuestions(scripts, {focus, seed, level: 'junior', count: 6}).map(p => p.question.level)).not.toContain('senior');
				expect(planQuestions(scripts, {focus, seed, level: 'senior', count: 6}).map(p => p.question.level)).not.toContain('junior');
			}
		}
		// Questions written for the level come before the ones next to it.
		const senior = planQuestions(scripts, {focus: 'ethics', seed: 9, level: 'senior', count: 3});
		expect(senior.every(p => p.question.level === 'senior' || p.question.level === undefined)).toBe(true);
	});

	it('the level sets how many follow-ups an opening question gets', () => {
		expect(createInterview({scripts, focus: 'ethics', seed: 1, level: 'junior'}).maxFollowUps).toBe(1);
		expect(createInterview({scripts, focus: 'ethics', seed: 1}).maxFollowUps).toBe(2);
		expect(createInterview({scripts, focus: 'ethics', seed: 1, level: 'senior'}).maxFollowUps).toBe(3);
		const state = createInterview({scripts, focus: 'ethics', seed: 1, level: 'senior'});
		const question = state.plan[0]!.question;
		const strong: AnswerAnalysis = {weaknesses: []} as unknown as AnswerAnalysis;
		expect(chooseFollowUp(state.prompt!, question, strong, {probed: [], followUpsAsked: 2, maxFollowUps: 3})).not.toBeNull();
		expect(chooseFollowUp(state.prompt!, question, strong, {probed: [], followUpsAsked: 1, maxFollowUps: 1})).toBeNull();
	});

	it('questions asked recently come last, so a month of daily practice never repeats an opening question', () => {
		for (const focus of SCRIPT_FOCUS_IDS) {
			const inFocus = scripts.filter(s => s.focus === focus).flatMap(s => s.questions).length;
			// Practising this focus every day: each session's questions become the most recent.
			let recent: string[] = [];
			const asked: string[] = [];
			for (let day = 0; day < 30 && asked.length + QUESTIONS_PER_FOCUS_SESSION <= inFocus; day++) {
				const today = ids(planQuestions(scripts, {focus, seed: day * 31 + 5, recent}));
				asked.push(...today);
				recent = [...today.reverse(), ...recent];
			}
			expect(new Set(asked).size, focus).toBe(asked.length);
			expect(asked.length).toBeGreaterThanOrEqual(12);
		}
	});

	it('a rotating month (a different focus or a full loop each day) asks no opening question twice', () => {
		const rotation = [...SCRIPT_FOCUS_IDS, 'mixed'] as const;
		let recent: string[] = [];
		const byFocus = new Map<string, string[]>();
		for (let day = 0; day < 28; day++) {
			const focus = rotation[day % rotation.length]!;
			const today = planQuestions(scripts, {focus, seed: day, recent: [...recent], count: focus === 'mixed' ? 6 : 2});
			for (const p of today) byFocus.set(p.focus, [...(byFocus.get(p.focus) ?? []), p.question.id]);
			recent = [...ids(today).reverse(), ...recent];
		}
		for (const [focus, asked] of byFocus) expect(new Set(asked).size, focus).toBe(asked.length);
	});
});
