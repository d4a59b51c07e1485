import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {evaluate, loadFixtures, meetsTargets, parseFixtures, TARGETS, type LabelledAnswer} from '../../source/core/analyzer/evaluate.js';

const dir = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));
const files = ['dev.yaml', 'holdout.yaml'].map(f => dir + f);

describe('fixture evaluation', () => {
	it.runIf(files.every(f => existsSync(f)))('meets the quality targets on dev + holdout combined', async () => {
		const items: LabelledAnswer[] = [];
		for (const f of files) items.push(...(await loadFixtures(f)));
		expect(items.length).toBeGreaterThanOrEqual(100);
		const report = evaluate('combined', items);
		expect(report.macroF1).toBeGreaterThanOrEqual(TARGETS.macroF1);
		expect(report.strongFlaggedShare).toBeLessThanOrEqual(TARGETS.strongFlaggedShare);
		expect(meetsTargets(report)).toBe(true);
	});

	it('computes precision, recall and strong-answer flags correctly', () => {
		const items = parseFixtures(
			`
- id: a
  focus: evaluation
  question: How would you know it works?
  probes: [no-eval-framework]
  expect: [no-eval-framework]
  answer: We would track NPS, DAU and retention and call it a success if they grow.
- id: b
  focus: evaluation
  question: How would you know it works?
  probes: [no-eval-framework]
  expect: []
  answer: We would track NPS and DAU.
`,
			'inline',
		);
		const report = evaluate('inline', items);
		const m = report.perWeakness['no-eval-framework'];
		expect(m).toMatchObject({support: 1, tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1});
		expect(report.strong).toBe(1);
		expect(report.strongFlagged).toBe(1);
		expect(report.misclassified.map(x => x.id)).toEqual(['b']);
	});

	it('rejects fixtures with unknown weakness ids', () => {
		expect(() => parseFixtures('- {id: x, focus: evaluation, question: q, probes: [vague], expect: [], answer: a}', 'bad')).toThrow(/probes/);
	});
});
