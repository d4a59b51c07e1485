import {describe, expect, it} from 'vitest';
import type {SessionSummary} from '../../source/core/history/summary.js';
import {openingQuestionIds, recentQuestionIds} from '../../source/core/practice/recent.js';
import {recommendPractice, SESSIONS_PER_FOCUS, weakestByFocus} from '../../source/core/practice/recommend.js';
import {emptyDimensions, type DimensionId, type FocusId} from '../../source/core/taxonomy/ids.js';
import type {Turn} from '../../source/core/interview/types.js';

let n = 0;
function session(focus: FocusId, scores: Partial<Record<DimensionId, number>>, overall: number | null = 60): SessionSummary {
	n++;
	return {
		id: `s${n}`,
		focus,
		engine: 'offline',
		startedAt: `2026-11-${String(30 - (n % 28)).padStart(2, '0')}T10:00:00.000Z`,
		endedAt: null,
		durationSeconds: 600,
		complete: true,
		overall,
		dimensions: {...emptyDimensions(), ...scores},
		openings: [],
		turns: 4,
	};
}

const turn = (questionId: string, kind: Turn['kind'] = 'question', skipped = false) => ({questionId, kind, skipped}) as Turn;

describe('recommending what to practise next', () => {
	it('says nothing without scored history', () => {
		expect(recommendPractice([])).toBeNull();
		expect(recommendPractice([session('ethics', {}, null)])).toBeNull();
	});

	it('names the weakest dimension over recent sessions and trains it where it is trained best', () => {
		const history = [session('product-sense', {'generic-pm': 70, 'generic-ai-talk': 35}), session('product-sense', {'generic-pm': 65, 'generic-ai-talk': 45})];
		const choice = recommendPractice(history)!;
		expect(choice.dimension).toBe('generic-ai-talk');
		expect(choice.score).toBe(40);
		expect(choice.measuredIn).toBe('product-sense');
		expect(choice.action).toEqual({kind: 'interview', focus: 'experience'});
		expect(choice.reason).toBe('Own experience is your weakest dimension: 40/100 over your last 2 sessions in Product sense.');
	});

	it('sends a weak evaluation framework to the three-minute drill', () => {
		const choice = recommendPractice([session('evaluation', {'no-eval-framework': 30, communication: 80})])!;
		expect(choice.action).toEqual({kind: 'drill'});
		expect(choice.label).toBe('Practise next: the evaluation drill');
	});

	it('weak pacing is practised in the focus where it was weak', () => {
		expect(recommendPractice([session('technical', {communication: 20, 'over-technical': 70})])!.action).toEqual({kind: 'interview', focus: 'technical'});
	});

	it('looks at each focus separately and only at its latest sessions', () => {
		const old = Array.from({length: 3}, () => session('ethics', {'skips-ethics': 10}));
		const recent = Array.from({length: SESSIONS_PER_FOCUS}, () => session('ethics', {'skips-ethics': 70}));
		const weakest = weakestByFocus([...recent, session('technical', {'over-technical': 50}), ...old]);
		expect(weakest.map(w => [w.focus, w.dimension, w.score])).toEqual([
			['technical', 'over-technical', 50],
			['ethics', 'skips-ethics', 70],
		]);
	});

	it('when everything is strong, widens coverage with the area practised least lately', () => {
		const history = [session('ethics', {'skips-ethics': 90}), session('technical', {'over-technical': 85})];
		const choice = recommendPractice(history)!;
		expect(choice.dimension).toBeNull();
		expect(choice.action).toEqual({kind: 'interview', focus: 'product-sense'});
	});
});

describe('questions asked recently', () => {
	it('lists opening questions most recent first, once each, leaving out follow-ups and skips', () => {
		const newest = {turns: [turn('a'), turn('a', 'follow-up'), turn('b'), turn('c', 'question', true)]};
		const older = {turns: [turn('b'), turn('d')]};
		expect(openingQuestionIds([newest, older])).toEqual(['b', 'a', 'd']);
	});

	it('reads the latest sessions from the listing alone and treats unreadable history as none', async () => {
		const store = {list: async () => ({sessions: [{openings: ['x']}, {openings: []}, {openings: ['y']}]})};
		expect(await recentQuestionIds(store)).toEqual(['x', 'y']);
		expect(await recentQuestionIds(store, 1)).toEqual(['x']);
		expect(await recentQuestionIds({list: () => Promise.reject(new Error('no folder'))})).toEqual([]);
	});
});
