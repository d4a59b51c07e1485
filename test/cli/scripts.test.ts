import {copyFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {BUILT_IN_SCRIPT_COUNT} from '../support/bank.js';
import {SCRIPT_FOCUS_IDS} from '../../source/core/taxonomy/ids.js';
import {json, ROOT, runCli, runCliOnce, scratchDir} from '../support/cli.js';

type Row = {id: string; focus: string; questionCount: number; followUpCount: number};

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'scripts');
const GOOD = path.join(FIXTURES, 'good', 'team-eval.yaml');
const BROKEN = path.join(FIXTURES, 'broken');
const EXTRA = path.join(FIXTURES, 'extra');

// Each broken fixture, and the field its error must name.
const BROKEN_FILES: Record<string, RegExp> = {
	'invalid-yaml.yaml': /YAML.*line 9/,
	'unknown-weakness.yaml': /questions\[0\]\.probes\[1\].*(generic-pm|skips-ethics)/,
	'missing-branch.yaml': /questions\[0\]\.followUps\.generic-pm(?=[\s:]).*generic-pm/,
	'empty-phrasings.yaml': /questions\[0\]\.followUps\.generic-pm\.phrasings(?=[\s:])/,
	'unknown-field.yaml': /questions\[0\].*difficulty/,
	'duplicate-question.yaml': /questions\[1\]\.id.*only-question/,
	'focus-mixed.yaml': /focus(?=[\s:]).*mixed/,
};

describe.concurrent('scripts', () => {
	it('--json lists the built-in scripts, covering every focus, each with at least 4 questions', async () => {
		const result = await runCliOnce(['scripts', '--json']);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		const {scripts} = json<{scripts: Row[]}>(result);
		expect(scripts).toHaveLength(BUILT_IN_SCRIPT_COUNT);
		expect(new Set(scripts.map(s => s.focus))).toEqual(new Set(SCRIPT_FOCUS_IDS));
		for (const row of scripts) {
			expect(typeof row.id).toBe('string');
			expect(Number.isInteger(row.questionCount)).toBe(true);
			expect(row.questionCount).toBeGreaterThanOrEqual(4);
			expect(Number.isInteger(row.followUpCount)).toBe(true);
			// Every question branches on at least the weaknesses it probes.
			expect(row.followUpCount).toBeGreaterThanOrEqual(row.questionCount);
		}
		expect(new Set(scripts.map(s => s.id)).size).toBe(BUILT_IN_SCRIPT_COUNT);
	});

	it('the table lists the same scripts and counts', async () => {
		const [table, data] = await Promise.all([runCli(['scripts']), runCliOnce(['scripts', '--json'])]);
		expect(table.code).toBe(0);
		for (const row of json<{scripts: Row[]}>(data).scripts) {
			expect(table.stdout).toMatch(new RegExp(`^${row.id}\\s+${row.focus}\\s+${row.questionCount}\\s+${row.followUpCount}\\s*$`, 'm'));
		}
	});
});

describe.concurrent('scripts --validate', () => {
	it('a good file passes with exit 0', async () => {
		const result = await runCli(['scripts', '--validate', GOOD]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('team-eval');
	});

	it('a good folder passes, and --json reports it valid with no errors', async () => {
		const result = await runCli(['scripts', '--validate', path.dirname(GOOD), '--json']);
		expect(result.code).toBe(0);
		const report = json<{valid: Row[]; errors: unknown[]}>(result);
		expect(report.errors).toEqual([]);
		expect(report.valid).toMatchObject([{id: 'team-eval', focus: 'evaluation', questionCount: 2}]);
	});

	it('a relative path is resolved against the working directory', async () => {
		const result = await runCli(['scripts', '--validate', 'team-eval.yaml'], {cwd: path.dirname(GOOD)});
		expect(result.code).toBe(0);
	});

	it('a folder of broken files fails with exit 1 and one error per file, naming the file and the field', async () => {
		const result = await runCli(['scripts', '--validate', BROKEN]);
		expect(result.code).toBe(1);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		const lines = result.stderr.trim().split('\n');
		for (const [file, field] of Object.entries(BROKEN_FILES)) {
			const line = lines.find(l => l.includes(file));
			expect(line, `no error names ${file}:\n${result.stderr}`).toBeDefined();
			expect(line).toMatch(field);
		}
	});

	it('--json reports each broken file with its own message', async () => {
		const result = await runCli(['scripts', '--validate', BROKEN, '--json']);
		expect(result.code).toBe(1);
		const report = json<{valid: Row[]; errors: Array<{file: string; message: string}>}>(result);
		expect(report.valid).toEqual([]);
		expect(report.errors.map(e => path.basename(e.file)).sort()).toEqual(Object.keys(BROKEN_FILES).sort());
		for (const error of report.errors) expect(error.message).toMatch(BROKEN_FILES[path.basename(error.file)]!);
	});

	it('one broken file among good ones still fails, and the good one is still reported valid', async () => {
		const dir = await scratchDir();
		await Promise.all([copyFile(GOOD, path.join(dir, 'good.yaml')), copyFile(path.join(BROKEN, 'missing-branch.yaml'), path.join(dir, 'bad.yml'))]);
		const result = await runCli(['scripts', '--validate', dir]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('team-eval');
		expect(result.stderr).toContain('bad.yml');
		expect(result.stderr).not.toContain('good.yaml');
	});

	it('a JSON script is validated like YAML', async () => {
		const dir = await scratchDir();
		await writeFile(path.join(dir, 'broken.json'), '{"id": "x", ');
		const result = await runCli(['scripts', '--validate', dir]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/broken\.json.*JSON/);
	});

	it('a path that does not exist fails and is named', async () => {
		const result = await runCli(['scripts', '--validate', 'no-such-scripts-folder']);
		expect(result.code).not.toBe(0);
		expect(result.stderr).toContain('no-such-scripts-folder');
		expect(result.stderr).not.toMatch(/^\s+at /m);
	});

	it('an empty folder is not a pass', async () => {
		const result = await runCli(['scripts', '--validate', await scratchDir()]);
		expect(result.code).toBe(1);
	});

	it('the built-in question bank validates', async () => {
		const result = await runCli(['scripts', '--validate', path.join(ROOT, 'questions')]);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
	});
});

describe.concurrent('--questions DIR', () => {
	it('adds a good extra script to `scripts --json` and warns about a broken one by file name', async () => {
		const result = await runCli(['scripts', '--json', '--questions', EXTRA]);
		expect(result.code).toBe(0);
		const {scripts} = json<{scripts: Row[]}>(result);
		expect(scripts).toHaveLength(BUILT_IN_SCRIPT_COUNT + 1);
		expect(scripts.find(s => s.id === 'team-onboarding')).toMatchObject({focus: 'product-sense', questionCount: 2});
		expect(scripts.find(s => s.id === 'broken-extra')).toBeUndefined();
		expect(result.stderr).toContain('broken-extra.yaml');
		expect(result.stderr).not.toContain('team-onboarding.yaml');
	});

	it('the AI_PM_SIM_QUESTIONS variable does the same', async () => {
		const result = await runCli(['scripts', '--json'], {env: {AI_PM_SIM_QUESTIONS: EXTRA}});
		expect(result.code).toBe(0);
		expect(json<{scripts: Row[]}>(result).scripts.map(s => s.id)).toContain('team-onboarding');
		expect(result.stderr).toContain('broken-extra.yaml');
	});

	it('an extra script can be run with `run --script`', async () => {
		const dir = await scratchDir();
		const answers = path.join(dir, 'answers.json');
		await writeFile(answers, JSON.stringify(['/skip', '/skip', '/skip']));
		const result = await runCli(['run', '--questions', EXTRA, '--script', 'team-onboarding', '--answers', answers, '--json', '--no-save']);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('broken-extra.yaml');
		const session = json<{focus: string; complete: boolean; turns: Array<{scriptId: string; questionId: string}>}>(result);
		expect(session.focus).toBe('product-sense');
		expect(session.turns.map(t => t.questionId).sort()).toEqual(['onboarding-assistant-metrics', 'onboarding-assistant-ux']);
		expect(session.turns.every(t => t.scriptId === 'team-onboarding')).toBe(true);
		expect(session.complete).toBe(true);
	});

	it('an extra script follows up on its own branches, quoting the answer', async () => {
		const dir = await scratchDir();
		const answers = path.join(dir, 'answers.txt');
		await writeFile(
			answers,
			'We would track NPS and weekly active users, and if both go up the classifier works.\n---\nStill NPS, and maybe the satisfaction survey after each ticket.\n',
		);
		const result = await runCli(['run', '--questions', path.dirname(GOOD), '--script', 'team-eval', '--answers', answers, '--json', '--no-save', '--seed', '1']);
		expect(result.code).toBe(0);
		const session = json<{turns: Array<{kind: string; question: string; questionId: string}>}>(result);
		expect(session.turns).toHaveLength(2);
		const [opening, followUp] = session.turns;
		expect(opening!.questionId).toBe('ticket-classifier-quality');
		expect(followUp!.kind).toBe('follow-up');
		expect(followUp!.questionId).toBe('ticket-classifier-quality');
		expect(followUp!.question).toMatch(/NPS/);
	});

	it('an extra script with the id of a built-in one is skipped with a warning', async () => {
		const dir = await scratchDir();
		await copyFile(path.join(ROOT, 'questions', 'ethics.yaml'), path.join(dir, 'my-ethics.yaml'));
		const result = await runCli(['scripts', '--json', '--questions', dir]);
		expect(result.code).toBe(0);
		expect(json<{scripts: Row[]}>(result).scripts).toHaveLength(BUILT_IN_SCRIPT_COUNT);
		expect(result.stderr).toMatch(/my-ethics\.yaml.*ethics/);
	});
});
