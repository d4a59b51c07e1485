import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {auc, evaluate, loadFixtures, meetsTargets, parseFixtures, TARGETS, type LabelledAnswer} from '../../source/core/analyzer/evaluate.js';
import {LABELLED_SETS, OPEN_SETS} from '../../source/core/analyzer/labelled-sets.js';

const dir = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));
// Each labelled set must meet the targets on its own: a set written independently of the tuning
// sets is the check that the analyzer generalises. Sets not written yet are skipped. EVAL_TUNING=1
// leaves the sealed sets out, as `npm run eval -- --tuning` does, so whoever tunes does not even
// see whether they pass.
const sets = (process.env.EVAL_TUNING === '1' ? OPEN_SETS : LABELLED_SETS).map(({name}) => ({name, path: `${dir}${name}.yaml`}));
const present = sets.filter(s => existsSync(s.path));

/** A labelled answer that relies on product metrics only, in the fixture format. */
const metricsOnly = (id: string) => `- id: ${id}
  focus: evaluation
  question: How would you know it works?
  probes: [no-eval-framework]
  expect: [no-eval-framework]
  answer: We would track NPS, DAU and retention and call it a success if they grow.
`;

describe('fixture evaluation', () => {
	for (const {name, path} of sets) {
		it.runIf(existsSync(path))(`meets the quality targets on ${name}`, async () => {
			const report = evaluate(name, await loadFixtures(path));
			expect(report.size).toBeGreaterThanOrEqual(20);
			expect(report.macroF1).toBeGreaterThanOrEqual(TARGETS.macroF1);
			expect(report.strongFlaggedShare).toBeLessThanOrEqual(TARGETS.strongFlaggedShare);
			expect(report.auc ?? 1).toBeGreaterThanOrEqual(TARGETS.auc);
			expect(meetsTargets(report)).toBe(true);
		});
	}

	it.runIf(present.length > 1)('meets the quality targets on all present sets combined', async () => {
		const items: LabelledAnswer[] = [];
		for (const {path} of present) items.push(...(await loadFixtures(path)));
		expect(items.length).toBeGreaterThanOrEqual(100);
		const report = evaluate('combined', items);
		expect(report.macroF1).toBeGreaterThanOrEqual(TARGETS.macroF1);
		expect(report.strongFlaggedShare).toBeLessThanOrEqual(TARGETS.strongFlaggedShare);
		expect(report.auc ?? 1).toBeGreaterThanOrEqual(TARGETS.auc);
	});

	it('reads follow-up replies and non-answers, and ranks scores with AUC', () => {
		const items = parseFixtures(
			`
- id: fu
  focus: evaluation
  question: Design an AI email summariser.
  probes: [generic-pm, over-technical, no-eval-framework]
  followUp: {question: How would you know it works?, targets: no-eval-framework, opening: We would watch NPS.}
  expect: []
  answer: Sixty real threads, two people grade each summary, nine in ten must pass before launch, checked per language.
- id: na
  focus: evaluation
  question: How would you know it works?
  probes: [no-eval-framework]
  answered: false
  expect: []
  answer: "🤷"
${metricsOnly('weak')}`,
			'inline',
		);
		expect(items[0]!.followUp?.targets).toBe('no-eval-framework');
		expect(items[1]!.answered).toBe(false);
		const report = evaluate('inline', items);
		expect(report).toMatchObject({strong: 1, strongFlagged: 0, nonAnswers: 1, nonAnswersCaught: 1, falseNonAnswers: 0, auc: 1});
		expect(auc([3, 1], [2])).toBe(0.5);
		expect(auc([], [1])).toBeNull();
	});

	it('computes precision, recall and strong-answer flags correctly', () => {
		const items = parseFixtures(
			`
${metricsOnly('a')}- id: b
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
