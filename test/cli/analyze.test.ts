import {readFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {DIMENSION_IDS, WEAKNESS_IDS} from '../../source/core/taxonomy/ids.js';
import {json, ROOT, runCli, runCliOnce, scratchDir, type CliResult} from '../support/cli.js';

type Analysis = {
	weaknesses: Array<{id: string; confidence: number; evidence: string}>;
	score: number;
	dimensions: Record<string, number | null>;
	talkingPoints: {covered: string[]; missed: string[]};
	words: number;
};

const AD_HOC_QUESTION = 'How would you know a smart-reply feature in our email app works?';

const WEAK_ANSWER = `We would track NPS, DAU and retention after launch.
If NPS goes up and people keep using smart replies every week, it works. We would also send a short satisfaction survey.`;

// The bank's writing-assistant question, answered the way the domain describes a strong answer.
const BANK_QUESTION = 'We just launched an AI writing assistant inside our document editor. It rewrites, shortens and changes the tone of text. How would you know it is working?';

const STRONG_ANSWER = `I would split this into model quality and product success, measured separately and then connected.

For the model, I'd pick three quality criteria for each action: meaning preserved, the requested change actually made, and no invented facts. We'd build an eval set of about fifty real user documents, with consent, and have two trained human raters score each rewrite against a rubric, with a threshold per criterion that must be met before launch. I'd check that quality holds across slices: long documents, technical writing and non-English text.

For the product, I'd watch the acceptance rate of suggestions, the undo rate, how much people edit what they kept, and repeat use. Then I'd connect the two layers: if acceptance drops for legal documents, I'd look at model scores on that slice before assuming it's a UX problem. When I ran a similar eval for a summarisation feature last year, the model hit 92% on meaning preserved overall but only 70% on long documents, so we gated that slice.`;

function bankTalkingPoints(questionId: string): string[] {
	const script = parse(readFileSync(path.join(ROOT, 'questions', 'evaluation.yaml'), 'utf8')) as {
		questions: Array<{id: string; text: string; talkingPoints: Array<{text: string}>}>;
	};
	const question = script.questions.find(q => q.id === questionId);
	if (!question) throw new Error(`no question ${questionId} in the evaluation script`);
	expect(question.text.replace(/\s+/g, ' ')).toBe(BANK_QUESTION);
	return question.talkingPoints.map(p => p.text);
}

const analyze = (answerArgs: string[], options: {stdin?: string; question?: string; focus?: string} = {}) =>
	runCliOnce(['analyze', '--focus', options.focus ?? 'evaluation', '--question', options.question ?? AD_HOC_QUESTION, ...answerArgs], {stdin: options.stdin});

function expectShape(analysis: Analysis, answer: string): void {
	expect(Array.isArray(analysis.weaknesses)).toBe(true);
	for (const finding of analysis.weaknesses) {
		expect(WEAKNESS_IDS).toContain(finding.id);
		expect(typeof finding.confidence).toBe('number');
		expect(finding.confidence).toBeGreaterThanOrEqual(0);
		expect(finding.confidence).toBeLessThanOrEqual(1);
		expect(typeof finding.evidence).toBe('string');
		// Evidence is quoted verbatim: the candidate must recognise their own words.
		expect(answer).toContain(finding.evidence);
	}
	expect(Number.isInteger(analysis.score)).toBe(true);
	expect(analysis.score).toBeGreaterThanOrEqual(0);
	expect(analysis.score).toBeLessThanOrEqual(100);
	expect(Object.keys(analysis.dimensions).sort()).toEqual([...DIMENSION_IDS].sort());
	for (const value of Object.values(analysis.dimensions)) {
		if (value !== null) {
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThanOrEqual(100);
		}
	}
	expect(Array.isArray(analysis.talkingPoints.covered)).toBe(true);
	expect(Array.isArray(analysis.talkingPoints.missed)).toBe(true);
	expect(Number.isInteger(analysis.words)).toBe(true);
	expect(analysis.words).toBe(answer.trim().split(/\s+/).length);
}

function expectUsageError(result: CliResult, ...mentions: RegExp[]): void {
	expect(result.code).toBe(2);
	expect(result.stdout).toBe('');
	const lines = result.stderr.trim().split('\n');
	expect(lines).toHaveLength(1);
	expect(result.stderr).not.toMatch(/^\s+at /m);
	expect(result.stderr).not.toMatch(/Error:/);
	for (const mention of mentions) expect(result.stderr).toMatch(mention);
}

describe.concurrent('analyze: where the answer comes from', () => {
	it('reads the answer from stdin, --answer-file and --answer alike', async () => {
		const dir = await scratchDir();
		const file = path.join(dir, 'answer.txt');
		await writeFile(file, WEAK_ANSWER);
		const results = await Promise.all([analyze(['--json'], {stdin: WEAK_ANSWER}), analyze(['--answer-file', file, '--json']), analyze(['--answer', WEAK_ANSWER, '--json'])]);
		for (const result of results) {
			expect(result.stderr).toBe('');
			expect(result.code).toBe(0);
		}
		const [fromStdin, fromFile, fromFlag] = results.map(r => json<Analysis>(r));
		expect(fromStdin!.words).toBeGreaterThan(20);
		expect(fromFile).toEqual(fromStdin);
		expect(fromFlag).toEqual(fromStdin);
	});

	it('resolves --answer-file against the working directory', async () => {
		const dir = await scratchDir();
		await writeFile(path.join(dir, 'mine.txt'), WEAK_ANSWER);
		const result = await runCli(['analyze', '--focus', 'evaluation', '--question', AD_HOC_QUESTION, '--answer-file', 'mine.txt', '--json'], {cwd: dir});
		expect(result.code).toBe(0);
		expect(json<Analysis>(result).words).toBeGreaterThan(20);
	});

	it('a missing answer file is a usage error naming the file', async () => {
		const result = await analyze(['--answer-file', 'no-such-answer.txt']);
		expectUsageError(result, /no-such-answer\.txt/);
	});
});

describe.concurrent('analyze --json', () => {
	it('has the documented shape, with evidence quoted verbatim from the answer', async () => {
		const result = await analyze(['--json'], {stdin: WEAK_ANSWER});
		expect(result.code).toBe(0);
		expectShape(json<Analysis>(result), WEAK_ANSWER);
	});

	it('an NPS/DAU-only answer to an evaluation question reports no-eval-framework with its evidence', async () => {
		const analysis = json<Analysis>(await analyze(['--json'], {stdin: WEAK_ANSWER}));
		const finding = analysis.weaknesses.find(f => f.id === 'no-eval-framework');
		expect(finding, JSON.stringify(analysis.weaknesses)).toBeDefined();
		expect(finding!.confidence).toBeGreaterThanOrEqual(0.5);
		expect(finding!.evidence).toMatch(/NPS|DAU|retention|satisfaction/);
		expect(analysis.dimensions['no-eval-framework']).not.toBeNull();
		expect(analysis.dimensions['no-eval-framework']!).toBeLessThan(50);
		expect(analysis.score).toBeLessThan(60);
	});

	it('a strong answer reports no weakness and scores well above a weak one', async () => {
		const [strong, weak] = await Promise.all([
			analyze(['--json'], {stdin: STRONG_ANSWER, question: BANK_QUESTION}),
			analyze(['--json'], {stdin: WEAK_ANSWER, question: BANK_QUESTION}),
		]);
		const strongAnalysis = json<Analysis>(strong);
		expectShape(strongAnalysis, STRONG_ANSWER);
		expect(strongAnalysis.weaknesses).toEqual([]);
		expect(strongAnalysis.score).toBeGreaterThanOrEqual(80);
		expect(strongAnalysis.score).toBeGreaterThan(json<Analysis>(weak).score + 30);
	});

	it("a question from the bank, asked verbatim, brings that question's talking points", async () => {
		const points = bankTalkingPoints('writing-assistant-works');
		const [strong, weak] = await Promise.all([
			analyze(['--json'], {stdin: STRONG_ANSWER, question: BANK_QUESTION}),
			analyze(['--json'], {stdin: WEAK_ANSWER, question: BANK_QUESTION}),
		]);
		for (const analysis of [json<Analysis>(strong), json<Analysis>(weak)]) {
			const {covered, missed} = analysis.talkingPoints;
			expect([...covered, ...missed].sort()).toEqual([...points].sort());
		}
		// The strong answer covers most points, the NPS-only answer almost none.
		expect(json<Analysis>(strong).talkingPoints.covered.length).toBeGreaterThanOrEqual(points.length - 1);
		expect(json<Analysis>(weak).talkingPoints.covered.length).toBeLessThanOrEqual(1);
	});

	it('a bank question is graded on its probes and on what its wording invites, each with its reason', async () => {
		// the bank lists generic-pm and skips-ethics; a design question also invites an evaluation plan
		const question = "Design an AI scribe that writes up doctors' visit notes.";
		const analysis = json<Analysis & {invited: Array<{id: string; reason: string}>}>(
			await analyze(['--json'], {stdin: 'The doctor reviews and signs every draft note before it is saved.', question, focus: 'product-sense'}),
		);
		expect(analysis.invited.map(i => i.id)).toEqual(['generic-pm', 'over-technical', 'no-eval-framework', 'skips-ethics']);
		expect(analysis.invited.find(i => i.id === 'no-eval-framework')!.reason).toMatch(/know it works/);
		expect(analysis.talkingPoints.covered.length + analysis.talkingPoints.missed.length).toBeGreaterThan(0);
	});

	it('short flags -f and -q work, and --questions DIR makes its questions part of the bank', async () => {
		const question = 'Our support-ticket classifier routes tickets to teams. How would you know whether it routes them well?';
		const answer = 'We would score a labelled test set of real tickets per category and watch how often agents re-route tickets.';
		const [withBank, without] = await Promise.all([
			runCli(['analyze', '-f', 'evaluation', '-q', question, '--answer', answer, '--json', '--questions', path.join(ROOT, 'test', 'fixtures', 'scripts', 'good')]),
			runCli(['analyze', '-f', 'evaluation', '-q', question, '--answer', answer, '--json']),
		]);
		expect(withBank.code, withBank.stderr).toBe(0);
		const points = json<Analysis>(withBank).talkingPoints;
		expect([...points.covered, ...points.missed].sort()).toEqual(['A labelled test set of real tickets with accuracy per category', 'Product signals such as re-routing rate']);
		expect(points.covered).toHaveLength(2);
		const adHoc = json<Analysis>(without).talkingPoints;
		expect([...adHoc.covered, ...adHoc.missed]).not.toContain('Product signals such as re-routing rate');
	});

	it("an ad-hoc question does not borrow a bank question's talking points", async () => {
		const points = bankTalkingPoints('writing-assistant-works');
		const analysis = json<Analysis>(await analyze(['--json'], {stdin: STRONG_ANSWER}));
		for (const point of [...analysis.talkingPoints.covered, ...analysis.talkingPoints.missed]) expect(points).not.toContain(point);
	});
});

describe.concurrent('analyze: text output', () => {
	it('names the weakness and quotes the evidence', async () => {
		const [text, data] = await Promise.all([analyze([], {stdin: WEAK_ANSWER}), analyze(['--json'], {stdin: WEAK_ANSWER})]);
		expect(text.code).toBe(0);
		const analysis = json<Analysis>(data);
		expect(text.stdout).toContain(`${analysis.score}/100`);
		for (const finding of analysis.weaknesses) {
			expect(text.stdout).toContain(finding.id);
			if (finding.evidence) expect(text.stdout).toContain(`"${finding.evidence}"`);
		}
		expect(() => JSON.parse(text.stdout)).toThrow();
	});
});

describe.concurrent('analyze: usage errors', () => {
	it('without --focus', async () => {
		const result = await runCli(['analyze', '--question', AD_HOC_QUESTION, '--answer', WEAK_ANSWER]);
		expectUsageError(result, /--focus/);
	});

	it('without --question', async () => {
		const result = await runCli(['analyze', '--focus', 'evaluation'], {stdin: WEAK_ANSWER});
		expectUsageError(result, /--question/);
	});

	it('with a blank --question', async () => {
		const result = await runCli(['analyze', '--focus', 'evaluation', '--question', '  '], {stdin: WEAK_ANSWER});
		expectUsageError(result, /--question/);
	});

	it('with an empty answer on stdin', async () => {
		const result = await analyze([], {stdin: ''});
		expectUsageError(result, /answer/i);
	});

	it('with a whitespace-only --answer', async () => {
		const result = await analyze(['--answer', ' \n\t ']);
		expectUsageError(result, /answer/i);
	});

	it('with an empty answer file', async () => {
		const dir = await scratchDir();
		const file = path.join(dir, 'empty.txt');
		await writeFile(file, '\n\n');
		const result = await analyze(['--answer-file', file, '--json']);
		expectUsageError(result, /answer/i);
	});
});
