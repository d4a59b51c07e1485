import {describe, expect, it} from 'vitest';
import {
	buildTrend,
	formatDuration,
	formatHistoryTable,
	formatTrend,
	formatTurn,
	formatTurnToFit,
	scoreBar,
	sessionMarkdown,
	sortNewestFirst,
	sparkline,
	summarize,
	uniquePrefixes,
	whyAsked,
	wrap,
} from '../../source/core/history/index.js';
import {makeRecord} from '../storage/fixtures.js';
import {countWords} from '../../source/core/analyzer/text.js';

describe('sparkline', () => {
	it('draws a fixed 0..100 scale with a mark for gaps', () => {
		expect(sparkline([0, 12, 13, 25, 50, 75, 88, 100])).toBe('▁▁▂▃▅▇██');
		expect(sparkline([null, 50, Number.NaN])).toBe('·▅·');
		expect(sparkline([0, 50, 100], 2)).toBe('▅█');
		expect(sparkline([], 10)).toBe('');
	});
});

describe('trend', () => {
	it('orders oldest first, skips unscored sessions and reports first → last', () => {
		const summaries = [
			summarize(makeRecord({id: 'c', startedAt: '2025-03-01T00:00:00Z', overall: 70})),
			summarize(makeRecord({id: 'x', startedAt: '2025-04-01T00:00:00Z', complete: false})),
			summarize(makeRecord({id: 'a', startedAt: '2025-01-01T00:00:00Z', overall: 50})),
		];
		const trend = buildTrend(summaries);
		expect(trend.sessionIds).toEqual(['a', 'c']);
		expect(trend.overall).toEqual({values: [50, 70], first: 50, last: 70, change: 20, best: 70});
		expect(trend.dimensions['skips-ethics']).toMatchObject({first: null, change: null});
		const lines = formatTrend(trend);
		expect(lines[0]).toMatch(/2 scored sessions/);
		expect(lines.find(line => line.includes('Overall'))).toMatch(/▅▆ {2}50 → 70 \(\+20\)$/);
	});

	it('draws only the last 30 sessions and says so, within the width', () => {
		const summaries = Array.from({length: 45}, (_, i) => summarize(makeRecord({id: `s${i}`, startedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(), overall: i * 2})));
		const lines = formatTrend(buildTrend(summaries), 80);
		expect(lines[0]).toMatch(/last 30 drawn/);
		for (const line of lines) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}
		expect(formatTrend(buildTrend([]))).toEqual([expect.stringMatching(/no scored sessions yet/)]);
	});

	it('says a drop plainly', () => {
		const summaries = [50, 40].map((overall, i) => summarize(makeRecord({id: `d${i}`, startedAt: `2025-0${i + 1}-01T00:00:00Z`, overall})));
		expect(formatTrend(buildTrend(summaries)).join('\n')).toMatch(/50 → 40 \(−10\)/);
	});
});

describe('table', () => {
	it('shortens ids to a unique start only when they do not fit', () => {
		expect(uniquePrefixes(['20250101-100000-aa', '20250101-100000-ab', 'zzzzzzzzzz'])).toEqual(
			new Map([
				['20250101-100000-aa', '20250101-100000-aa'],
				['20250101-100000-ab', '20250101-100000-ab'],
				['zzzzzzzzzz', 'zzzzzzzz'],
			]),
		);
		const rows = formatHistoryTable([summarize(makeRecord({id: 'short'}))], 80);
		expect(rows[1]).toMatch(/ short$/);
	});
});

describe('text helpers', () => {
	it('wraps words, keeps paragraphs, splits very long words', () => {
		expect(wrap('one two three four', 10)).toEqual(['one two', 'three four']);
		expect(wrap('a\n\nb', 10)).toEqual(['a', '', 'b']);
		expect(wrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
	});

	it('formats durations and bars', () => {
		expect(formatDuration(42)).toBe('42s');
		expect(formatDuration(725)).toBe('12:05');
		expect(formatDuration(3720)).toBe('1h02m');
		expect(scoreBar(50, 10)).toBe('█████░░░░░  50');
		expect(scoreBar(null, 4)).toBe('····  not measured');
	});
});

describe('replay text', () => {
	it('explains why each question was asked', () => {
		const record = makeRecord({turns: 2});
		expect(whyAsked(record.turns[0]!)).toMatch(/Opening question/);
		expect(whyAsked(record.turns[1]!)).toMatch(/probing Evaluation framework \(no-eval-framework\), because the previous answer said: "We would track/);
		expect(whyAsked({...record.turns[1]!, targets: null, trigger: null})).toMatch(/going deeper/);
	});

	it('cuts long answers with a note when asked to', () => {
		const record = makeRecord({turns: 1, answerWords: 600});
		const lines = formatTurn(record.turns[0]!, {number: 1, total: 1}, {width: 80, maxAnswerLines: 5});
		expect(lines.filter(line => line.startsWith('A: ') || line.startsWith('   ')).length).toBeGreaterThanOrEqual(5);
		expect(lines.join('\n')).toMatch(/\[…\] \d+ more lines not shown \(\d+ words in all/);
	});

	it('fits a turn to the rows it has by cutting the answer, whatever the turn lists after it', () => {
		const base = makeRecord({turns: 1, answerWords: 600}).turns[0]!;
		const reasons = ['generic-pm', 'over-technical', 'no-eval-framework', 'skips-ethics'] as const;
		const turn = {
			...base,
			analysis: {...base.analysis!, invited: reasons.map(id => ({id, reason: 'the question asks how you would know the feature works for every user group it serves'}))},
		};
		// Where the rest alone needs more rows, the answer keeps four lines.
		expect(formatTurnToFit(turn, {number: 1, total: 1}, 60, 10).filter(line => /^(?:A: | {3}\S)/.test(line)).length).toBeGreaterThanOrEqual(4);
		for (const rows of [30, 36, 44]) {
			const lines = formatTurnToFit(turn, {number: 1, total: 1}, 60, rows);
			expect(lines.length).toBeLessThanOrEqual(rows);
			expect(lines.filter(line => line.startsWith('  · '))).toHaveLength(reasons.length);
			expect(lines.at(-1) === undefined || lines.some(line => /Score \d+\/100/.test(line))).toBe(true);
		}
		// A short turn is left whole.
		const short = makeRecord({turns: 1}).turns[0]!;
		expect(formatTurnToFit(short, {number: 1, total: 1}, 60, 40)).toEqual(formatTurn(short, {number: 1, total: 1}, {width: 60}));
	});

	it("counts an answer's words the same way in its score line and in the cut note", () => {
		const base = makeRecord({turns: 1}).turns[0]!;
		// Dashes and slashes between spaces are not words; a split on whitespace would count them.
		const answer = Array.from({length: 40}, (_, i) => `point ${i} — eval / rubric`).join('\n');
		const turn = {...base, answer, analysis: {...base.analysis!, words: countWords(answer)}};
		const text = formatTurn(turn, {number: 1, total: 1}, {width: 80, maxAnswerLines: 3}).join('\n');
		const scored = /Score \d+\/100 · (\d+) words/.exec(text)?.[1];
		const inAll = /\((\d+) words in all/.exec(text)?.[1];
		expect(inAll).toBe(String(countWords(answer)));
		expect(scored).toBe(inAll);
	});
});

describe('markdown report', () => {
	it('keeps answers from breaking the document structure', () => {
		const record = makeRecord({turns: 1});
		record.turns[0]!.answer = '# not a heading\n| not | a table |\n\nSecond paragraph with *stars*';
		const md = sessionMarkdown(record);
		expect(md).toContain('> \\# not a heading');
		expect(md).toContain('> \\| not \\| a table \\|');
		expect(md).toContain('>\n> Second paragraph with \\*stars\\*');
		expect(md).not.toMatch(/\n{3}/);
	});

	it('reports an incomplete session without a recap', () => {
		expect(sessionMarkdown(makeRecord({complete: false}))).toMatch(/## No recap yet/);
	});
});

describe('sortNewestFirst', () => {
	it('sorts by date (any ISO form), then id, and keeps an already sorted list as is', () => {
		const items = [
			{id: 'a', startedAt: '2025-01-01T10:00:00Z'},
			{id: 'c', startedAt: '2025-03-01T09:00:00.000+01:00'},
			{id: 'b', startedAt: '2025-03-01T08:00:00.000Z'},
			{id: 'd', startedAt: '2025-03-01T08:00:00.000Z'},
		];
		expect(sortNewestFirst(items).map(item => item.id)).toEqual(['d', 'c', 'b', 'a']);
		const sorted = [
			{id: 'z', startedAt: '2025-03-01T08:00:00.000Z'},
			{id: 'y', startedAt: '2025-03-01T08:00:00.000Z'},
			{id: 'x', startedAt: '2024-03-01T08:00:00.000Z'},
		];
		expect(sortNewestFirst(sorted)).toBe(sorted);
	});
});
