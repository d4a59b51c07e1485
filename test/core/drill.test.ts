import {describe, expect, it} from 'vitest';
import {checkDrill, clockText, DRILL_SECONDS, drillRecapLines} from '../../source/core/drill/check.js';
import {DRILL_FEATURES, findDrillFeature, pickDrillFeature} from '../../source/core/drill/features.js';
import {seededRandom} from '../../source/core/util/random.js';

const replies = findDrillFeature('smart-replies')!;
const STRONG =
	"Three criteria: the reply is correct about the order, it's usable without much editing, and it's safe, so no refund promises. " +
	"I'd build a test set of 50 real customer messages from last month, anonymised, with angry customers and refunds included. " +
	'Bars: 95% correct, 60% usable with at most a small edit, and zero unsafe replies.';
const METRICS_ONLY = "I'd look at adoption and NPS and see whether agents like it. If usage goes up it works.";

const statuses = (answer: string) => Object.fromEntries(checkDrill(answer, replies, null).parts.map(p => [p.id, p.status]));

describe('the evaluation drill check', () => {
	it('a strong answer meets all three parts and scores 100', () => {
		const result = checkDrill(STRONG, replies, 150);
		expect(result.parts.map(p => p.status)).toEqual(['met', 'met', 'met']);
		expect(result.score).toBe(100);
		expect(result.overTime).toBe(false);
		expect(result.parts[0]!.found).toEqual(expect.arrayContaining(['correct', 'usable', 'safe']));
		expect(result.parts[2]!.found).toEqual(expect.arrayContaining(['95%', '60%']));
	});

	it('product metrics alone meet none of the parts, and the advice names this feature’s strong version', () => {
		const result = checkDrill(METRICS_ONLY, replies, 60);
		expect(result.parts.map(p => p.status)).toEqual(['missing', 'missing', 'missing']);
		expect(result.score).toBe(0);
		expect(result.parts[0]!.advice).toContain('correct, usable as is, safe to show');
		expect(result.parts[1]!.advice).toContain('about 50 is enough to start');
		expect(result.parts[2]!.advice).toContain(replies.criteria[0].bar);
	});

	it('checks each part on its own', () => {
		expect(statuses('Accuracy and tone matter most. I would test it on 40 examples.')).toEqual({criteria: 'partial', 'test-set': 'partial', thresholds: 'missing'});
		expect(statuses('Criteria: correct, helpful, polite. A set of fifty real support conversations from the logs. At least 90% on each.')).toEqual({
			criteria: 'met',
			'test-set': 'met',
			thresholds: 'met',
		});
		// One bar for three criteria is not a bar for each.
		expect(statuses('It must be accurate, safe and concise, and pass 90% overall.').thresholds).toBe('partial');
	});

	it('marks an answer that took longer than the clock', () => {
		expect(checkDrill(STRONG, replies, DRILL_SECONDS + 40).overTime).toBe(true);
		const lines = drillRecapLines(checkDrill(STRONG, replies, DRILL_SECONDS + 40), replies);
		expect(lines).toContain('Time 3:40: 0:40 over the three minutes.');
		expect(drillRecapLines(checkDrill(STRONG, replies, null), replies).some(l => l.startsWith('Time'))).toBe(false);
	});

	it('the recap checks each part and ends with a strong version of the same feature', () => {
		const lines = drillRecapLines(checkDrill(METRICS_ONLY, replies, 90), replies);
		expect(lines[0]).toBe(`Evaluation drill: ${replies.name}`);
		expect(lines.filter(l => /^[✓~✗] /.test(l))).toHaveLength(3);
		const strong = lines.indexOf('A strong version for suggested replies in a customer-support inbox');
		expect(strong).toBeGreaterThan(0);
		for (const criterion of replies.criteria) expect(lines.slice(strong).join('\n')).toContain(criterion.bar);
	});

	it('every drill feature has three criteria with a numeric or zero bar, and a test set of about 50', () => {
		for (const feature of DRILL_FEATURES) {
			for (const criterion of feature.criteria) expect(criterion.bar, `${feature.id} ${criterion.name}`).toMatch(/\d|zero/);
			expect(feature.testSet).toMatch(/^50 real /);
			// The model answer passes its own check.
			const model = `${feature.criteria.map(c => `${c.name}: ${c.meaning}, bar ${c.bar}`).join('. ')}. Test set: ${feature.testSet}`;
			expect(checkDrill(model, feature, null).score, feature.id).toBeGreaterThanOrEqual(80);
		}
	});

	it('picks a feature reproducibly from a seed, never the one just practised', () => {
		expect(pickDrillFeature(seededRandom(4)).id).toBe(pickDrillFeature(seededRandom(4)).id);
		for (let seed = 0; seed < 20; seed++) expect(pickDrillFeature(seededRandom(seed), 'alt-text').id).not.toBe('alt-text');
	});

	it('shows the clock as minutes and seconds', () => {
		expect(clockText(180)).toBe('3:00');
		expect(clockText(65.7)).toBe('1:05');
		expect(clockText(-3)).toBe('0:00');
	});
});
