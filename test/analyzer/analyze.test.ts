import {describe, expect, it} from 'vitest';
import {analyzeAnswer, SCRIPT_REASON, type AnalyzeInput, type AnswerAnalysis} from '../../source/core/analyzer/index.js';
import {DIMENSION_IDS, type WeaknessId} from '../../source/core/taxonomy/ids.js';
import * as ex from './examples.js';

const ids = (a: AnswerAnalysis) => a.weaknesses.map(w => w.id);
const finding = (a: AnswerAnalysis, id: WeaknessId) => a.weaknesses.find(w => w.id === id);

const cases: Array<[WeaknessId, AnalyzeInput, AnalyzeInput]> = [
	['no-eval-framework', ex.evalWeak, ex.evalStrong],
	['over-technical', ex.overTechnical, ex.technicalTied],
	['generic-ai-talk', ex.aiTalk, ex.aiTalkTricky],
	['skips-ethics', ex.ethicsWeak, ex.ethicsStrong],
	['generic-pm', ex.genericPm, ex.aiDesignStrong],
];

describe('weakness detection', () => {
	for (const [id, clear, tricky] of cases) {
		it(`detects ${id} on a clear example, with verbatim evidence`, () => {
			const result = analyzeAnswer(clear);
			const f = finding(result, id);
			expect(f, `${id} should be found`).toBeDefined();
			expect(f!.source).toBe('offline');
			expect(f!.confidence).toBeGreaterThanOrEqual(0.5);
			expect(f!.confidence).toBeLessThanOrEqual(1);
			expect(Math.round(f!.confidence * 100) / 100).toBe(f!.confidence);
			expect(f!.evidence.length).toBeGreaterThan(0);
			expect(f!.evidence.length).toBeLessThanOrEqual(160);
			expect(clear.answer.includes(f!.evidence)).toBe(true);
		});

		it(`does not report ${id} on its tricky negative`, () => {
			const result = analyzeAnswer(tricky);
			expect(ids(result)).not.toContain(id);
		});
	}

	it('quotes the sentence that shows the weakness', () => {
		expect(finding(analyzeAnswer(ex.evalWeak), 'no-eval-framework')!.evidence).toMatch(/NPS and DAU/);
		expect(finding(analyzeAnswer(ex.ethicsWeak), 'skips-ethics')!.evidence).toMatch(/Fairness and transparency/);
		expect(finding(analyzeAnswer(ex.aiTalk), 'generic-ai-talk')!.evidence).toMatch(/AI will transform/);
		expect(finding(analyzeAnswer(ex.overTechnical), 'over-technical')!.evidence).toMatch(/attention|softmax|transformer|embedding|cross-entropy|optimizer|logits/);
	});

	it('a strong answer scores at least 80, one clear weakness lands mid-range, several weaknesses lower', () => {
		const strong = analyzeAnswer(ex.evalStrong);
		expect(strong.weaknesses).toEqual([]);
		expect(strong.score).toBeGreaterThanOrEqual(80);
		const one = analyzeAnswer(ex.ethicsWeak);
		expect(one.weaknesses).toHaveLength(1);
		expect(one.score).toBeGreaterThanOrEqual(35);
		expect(one.score).toBeLessThanOrEqual(70);
		const several = analyzeAnswer({...ex.evalWeak, probes: ['no-eval-framework', 'generic-pm', 'generic-ai-talk']});
		expect(several.weaknesses.length).toBeGreaterThanOrEqual(2);
		expect(several.score).toBeLessThan(one.score!);
	});
});

describe('applicability', () => {
	it('reports only weaknesses the question invites', () => {
		// an opinion-only answer to a design question: generic-ai-talk is not in play
		const result = analyzeAnswer({...ex.aiTalk, focus: 'product-sense', question: ex.designQ, probes: undefined});
		expect(result.applicable).not.toContain('generic-ai-talk');
		expect(ids(result)).not.toContain('generic-ai-talk');
		for (const w of result.weaknesses) expect(result.applicable).toContain(w.id);
	});

	it('uses the given probes instead of inferring', () => {
		const result = analyzeAnswer({...ex.evalWeak, probes: ['over-technical']});
		expect(result.applicable).toEqual(['over-technical']);
		expect(ids(result)).toEqual([]);
	});

	it("adds a script's probes to what the wording invites, and says which came from where", () => {
		const question = 'Design an AI triage assistant for a clinic.';
		const read = analyzeAnswer({...ex.evalWeak, focus: 'product-sense', question, probes: undefined});
		const both = analyzeAnswer({...ex.evalWeak, focus: 'product-sense', question, probes: undefined, scriptProbes: ['generic-ai-talk']});
		expect(read.applicable).toEqual(['generic-pm', 'over-technical', 'no-eval-framework', 'skips-ethics']);
		expect(both.applicable).toEqual(['generic-pm', 'over-technical', 'no-eval-framework', 'generic-ai-talk', 'skips-ethics']);
		expect(both.invited!.find(i => i.id === 'generic-ai-talk')!.reason).toBe(SCRIPT_REASON);
		for (const invitation of read.invited!) expect(both.invited).toContainEqual(invitation);
		// exact probes (labelled answers) still replace the reading
		expect(analyzeAnswer({...ex.evalWeak, focus: 'product-sense', question, probes: ['generic-pm'], scriptProbes: ['generic-ai-talk']}).applicable).toEqual(['generic-pm']);
	});

	it('fills every dimension, null where not applicable, communication always a number', () => {
		const result = analyzeAnswer(ex.ethicsWeak);
		expect(Object.keys(result.dimensions).sort()).toEqual([...DIMENSION_IDS].sort());
		expect(result.dimensions['skips-ethics']).toBeTypeOf('number');
		expect(result.dimensions['skips-ethics']!).toBeLessThan(50);
		expect(result.dimensions['generic-ai-talk']).toBeNull();
		expect(result.dimensions.communication).toBeTypeOf('number');
	});
});

describe('evidence for a weakness that is an absence', () => {
	it('never quotes the sentence that shows the missing thing', () => {
		const answer = 'We would talk to customers and watch NPS. Then there is the eval set the data team keeps somewhere. And we would decide.';
		const analysis = analyzeAnswer({focus: 'evaluation', question: 'How would you know the ticket router works?', probes: ['no-eval-framework'], answer});
		const found = finding(analysis, 'no-eval-framework');
		expect(found).toBeDefined();
		expect(answer).toContain(found!.evidence);
		expect(found!.evidence).not.toContain('eval set');
	});
});
