import {readFileSync} from 'node:fs';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {DIMENSION_IDS, SCRIPT_FOCUS_IDS, WEAKNESS_IDS} from '../../source/core/taxonomy/ids.js';
import {BUILT_IN_FOCUS} from '../support/bank.js';
import {json, ROOT, runCli, scratchDir} from '../support/cli.js';
import {METRICS_ONLY_ANSWERS as WEAK} from '../support/answers.js';

type Turn = {
	kind: 'question' | 'follow-up';
	questionId: string;
	scriptId: string;
	question: string;
	targets: string | null;
	answer: string;
	skipped: boolean;
	analysis: {weaknesses: Array<{id: string; evidence: string}>; score: number; dimensions: Record<string, number | null>; words: number} | null;
};
type Session = {
	id: string;
	focus: string;
	engine: string;
	complete: boolean;
	turns: Turn[];
	recap: {overall: number; dimensions: Record<string, number | null>; actions: Array<{title: string; evidence: string[]}>} | null;
};

const textFile = (answers: string[]) => `${answers.join('\n---\n')}\n`;
const skips = (n: number) => Array.from({length: n}, () => '/skip');

async function answersFile(answers: string[], format: 'text' | 'json' = 'text'): Promise<string> {
	const dir = await scratchDir();
	const file = path.join(dir, format === 'json' ? 'answers.json' : 'answers.txt');
	await writeFile(file, format === 'json' ? JSON.stringify(answers) : textFile(answers));
	return file;
}

async function runSession(args: string[], answers: string[], options: {format?: 'text' | 'json'; dataDir?: string} = {}): Promise<Session> {
	const file = await answersFile(answers, options.format);
	const result = await runCli(['run', '--answers', file, '--json', ...args], {dataDir: options.dataDir});
	expect(result.stderr, result.stderr).toBe('');
	expect(result.code).toBe(0);
	return json<Session>(result);
}

const words = (text: string) =>
	text
		.replace(/[^\p{L}\p{N}%']+/gu, ' ')
		.trim()
		.toLowerCase()
		.split(' ')
		.filter(Boolean);

/** True when some run of `n` consecutive words of `answer` appears in `question`. */
function quotes(question: string, answer: string, n = 4): boolean {
	const q = ` ${words(question).join(' ')} `;
	const a = words(answer);
	for (let i = 0; i + n <= a.length; i++) if (q.includes(` ${a.slice(i, i + n).join(' ')} `)) return true;
	return false;
}

/** Opening questions, each with the follow-ups asked after it. */
function groups(turns: Turn[]): Turn[][] {
	const out: Turn[][] = [];
	for (const turn of turns) {
		if (turn.kind === 'question') out.push([turn]);
		else {
			expect(out.length, 'a follow-up came before any opening question').toBeGreaterThan(0);
			out.at(-1)!.push(turn);
		}
	}
	return out;
}

function scriptQuestions(id: string): Array<{id: string; text: string}> {
	const script = parse(readFileSync(path.join(ROOT, 'questions', `${id}.yaml`), 'utf8')) as {questions: Array<{id: string; text: string}>};
	return script.questions;
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => []);
	return entries.filter(e => e.isFile() && e.name.endsWith('.json')).map(e => path.join(e.parentPath, e.name));
}

describe.concurrent('run --json', () => {
	it('has the documented shape', async () => {
		const session = await runSession(['--focus', 'evaluation', '--seed', '11', '--no-save'], WEAK.slice(0, 4));
		expect(typeof session.id).toBe('string');
		expect(session.id).not.toBe('');
		expect(session.focus).toBe('evaluation');
		expect(session.engine).toBe('offline');
		expect(session.turns).toHaveLength(4);
		for (const [i, turn] of session.turns.entries()) {
			expect(['question', 'follow-up']).toContain(turn.kind);
			expect(turn.question.trim()).not.toBe('');
			expect(turn.answer).toBe(WEAK[i]);
			if (turn.targets !== null) expect(WEAKNESS_IDS).toContain(turn.targets);
			expect(turn.analysis).not.toBeNull();
			expect(turn.analysis!.score).toBeGreaterThanOrEqual(0);
			expect(turn.analysis!.score).toBeLessThanOrEqual(100);
			expect(Object.keys(turn.analysis!.dimensions).sort()).toEqual([...DIMENSION_IDS].sort());
			for (const finding of turn.analysis!.weaknesses) expect(turn.answer).toContain(finding.evidence);
		}
		expect(session.turns[0]!.kind).toBe('question');
		const recap = session.recap!;
		expect(recap).not.toBeNull();
		expect(Number.isInteger(recap.overall)).toBe(true);
		expect(recap.overall).toBeGreaterThanOrEqual(0);
		expect(recap.overall).toBeLessThanOrEqual(100);
		expect(Object.keys(recap.dimensions).sort()).toEqual([...DIMENSION_IDS].sort());
		expect(Array.isArray(recap.actions)).toBe(true);
		expect(recap.actions.length).toBeGreaterThan(0);
		// NPS-only answers to evaluation questions: the evaluation gap is among the things to work on.
		expect(recap.dimensions['no-eval-framework']).not.toBeNull();
		expect(recap.dimensions['no-eval-framework']!).toBeLessThan(50);
	});

	it('reads answers from a JSON array and from text separated by --- lines alike', async () => {
		const answers = WEAK.slice(0, 5);
		const [fromText, fromJson] = await Promise.all([
			runSession(['--focus', 'evaluation', '--seed', '5', '--no-save'], answers, {format: 'text'}),
			runSession(['--focus', 'evaluation', '--seed', '5', '--no-save'], answers, {format: 'json'}),
		]);
		expect(fromText.turns.map(t => t.answer)).toEqual(answers);
		expect(fromJson.turns.map(t => t.answer)).toEqual(answers);
		expect(fromJson.turns.map(t => t.question)).toEqual(fromText.turns.map(t => t.question));
	});

	// Bug: any file whose text starts with "[" is parsed as JSON, so a plain-text answer that opens
	// with a bracket ("[pause] ...") makes the whole file an error instead of being read as text.
	it('a text answer that starts with "[" is read as text', async () => {
		const answers = ['[pause] We would track NPS, DAU and retention after launch.', WEAK[1]!];
		const session = await runSession(['--focus', 'evaluation', '--no-save'], answers, {format: 'text'});
		expect(session.turns.map(t => t.answer)).toEqual(answers);
	});

	it('reads CRLF text files and a JSON array with a byte-order mark', async () => {
		const dir = await scratchDir();
		const [crlf, bom] = [path.join(dir, 'crlf.txt'), path.join(dir, 'bom.json')];
		await Promise.all([writeFile(crlf, `${WEAK[0]}\r\n---\r\n${WEAK[1]}\r\n`), writeFile(bom, `\uFEFF${JSON.stringify([WEAK[0], WEAK[1]])}`)]);
		const results = await Promise.all([crlf, bom].map(file => runCli(['run', '--focus', 'evaluation', '--seed', '3', '--answers', file, '--json', '--no-save'])));
		for (const result of results) {
			expect(result.code, result.stderr).toBe(0);
			expect(json<Session>(result).turns.map(t => t.answer)).toEqual([WEAK[0], WEAK[1]]);
		}
	});

	it('keeps multi-line answers whole in the text format', async () => {
		const dir = await scratchDir();
		const file = path.join(dir, 'answers.txt');
		await writeFile(file, `${WEAK[0]}\n\nAnd a second paragraph about the same answer.\n---\n  ${WEAK[1]}  \n`);
		const result = await runCli(['run', '--focus', 'evaluation', '--answers', file, '--json', '--no-save']);
		expect(result.code).toBe(0);
		const session = json<Session>(result);
		expect(session.turns.map(t => t.answer)).toEqual([`${WEAK[0]}\n\nAnd a second paragraph about the same answer.`, WEAK[1]]);
	});

	it('ends when the answers run out, before the plan does', async () => {
		const session = await runSession(['--focus', 'evaluation', '--seed', '2', '--no-save'], WEAK.slice(0, 2));
		expect(session.turns).toHaveLength(2);
		expect(session.complete).toBe(false);
		expect(session.recap).not.toBeNull();
	});

	it('follow-ups that quote take the words of the answer they follow, and an opening question gets at most 2', async () => {
		let quoting = 0;
		for (const seed of ['1', '4']) {
			const session = await runSession(['--focus', 'evaluation', '--seed', seed, '--no-save'], WEAK);
			expect(session.turns.length).toBeGreaterThanOrEqual(6);
			const followUps = session.turns.filter(t => t.kind === 'follow-up');
			expect(followUps.length).toBeGreaterThan(0);
			session.turns.forEach((turn, i) => {
				if (turn.kind !== 'follow-up') return;
				const previous = session.turns[i - 1]!;
				expect(previous.skipped).toBe(false);
				if (!turn.question.includes('"')) return;
				quoting++;
				expect(quotes(turn.question, previous.answer), `follow-up "${turn.question}" does not quote "${previous.answer}"`).toBe(true);
			});
			const perQuestion = groups(session.turns);
			for (const group of perQuestion) {
				expect(group.length - 1, `follow-ups after "${group[0]!.question}"`).toBeLessThanOrEqual(2);
				for (const turn of group) expect(turn.questionId).toBe(group[0]!.questionId);
			}
			// Weak answers throughout: the interviewer follows up. A reply is judged on the gap its follow-up
			// probed, so a second follow-up comes only when the reply shows a gap not yet probed.
			expect(perQuestion.some(group => group.length >= 2)).toBe(true);
		}
		expect(quoting).toBeGreaterThan(0);
	});

	it('/skip skips that question and moves to the next opening question', async () => {
		const session = await runSession(['--focus', 'evaluation', '--seed', '9', '--no-save'], ['/skip', WEAK[0]!, '/skip', WEAK[1]!]);
		expect(session.turns).toHaveLength(4);
		const [first, second] = session.turns;
		expect(first!.skipped).toBe(true);
		expect(first!.analysis).toBeNull();
		expect(first!.answer).not.toBe('/skip');
		expect(second!.kind).toBe('question');
		expect(second!.questionId).not.toBe(first!.questionId);
		expect(second!.answer).toBe(WEAK[0]);
		// A skip on a follow-up also moves on to a new opening question.
		const third = session.turns[2]!;
		expect(third.skipped).toBe(true);
		expect(session.turns[3]!.kind).toBe('question');
		expect(session.turns[3]!.answer).toBe(WEAK[1]);
		expect(new Set(session.turns.filter(t => t.kind === 'question').map(t => t.questionId)).size).toBe(session.turns.filter(t => t.kind === 'question').length);
	});

	it('the same --seed asks the same questions; other seeds change them', async () => {
		const seeds = ['1', '1', '2', '3'];
		const sessions = await Promise.all(seeds.map(seed => runSession(['--focus', 'evaluation', '--seed', seed, '--no-save'], skips(3))));
		const asked = sessions.map(s => s.turns.map(t => t.question));
		for (const questions of asked) expect(questions).toHaveLength(3);
		expect(asked[1]).toEqual(asked[0]);
		expect(new Set(asked.map(a => JSON.stringify(a))).size).toBeGreaterThan(1);
		// With answers (and so follow-ups) the same seed still gives the same interview.
		const [a, b] = await Promise.all([0, 1].map(() => runSession(['--focus', 'evaluation', '--seed', '21', '--no-save'], WEAK.slice(0, 6))));
		expect(a!.turns.map(t => t.question)).toEqual(b!.turns.map(t => t.question));
		expect(a!.id).not.toBe(b!.id);
		expect((a as Session & {seed: number}).seed).toBe(21);
	});

	it('a focus session asks questions of that focus only', async () => {
		const session = await runSession(['--focus', 'ethics', '--seed', '3', '--no-save'], skips(3));
		expect(session.focus).toBe('ethics');
		for (const turn of session.turns) {
			expect(BUILT_IN_FOCUS.get(turn.scriptId)).toBe('ethics');
			expect(scriptQuestions(turn.scriptId).map(q => q.id)).toContain(turn.questionId);
		}
	});

	it('--focus mixed draws one opening question from each focus area', async () => {
		const session = await runSession(['--focus', 'mixed', '--seed', '8', '--no-save'], skips(SCRIPT_FOCUS_IDS.length + 2));
		expect(session.focus).toBe('mixed');
		expect(session.turns).toHaveLength(SCRIPT_FOCUS_IDS.length);
		expect(session.turns.map(t => BUILT_IN_FOCUS.get(t.scriptId)).sort()).toEqual([...SCRIPT_FOCUS_IDS].sort());
		expect(session.complete).toBe(true);
	});

	it("--script runs that script's questions, all of them", async () => {
		const bank = scriptQuestions('technical');
		const session = await runSession(['--script', 'technical', '--no-save'], skips(bank.length + 1));
		expect(session.focus).toBe('technical');
		expect(session.turns.map(t => t.questionId).sort()).toEqual(bank.map(q => q.id).sort());
		for (const turn of session.turns) {
			expect(turn.scriptId).toBe('technical');
			expect(turn.question.replace(/\s+/g, ' ')).toBe(bank.find(q => q.id === turn.questionId)!.text.replace(/\s+/g, ' '));
		}
		expect(session.complete).toBe(true);
	});

	it('stops at the end of the plan even when answers are left', async () => {
		const session = await runSession(['--focus', 'evaluation', '--seed', '6', '--no-save'], skips(7));
		expect(session.turns).toHaveLength(3);
		expect(session.complete).toBe(true);
	});
});

// Not concurrent: the block above already runs many sessions at once.
describe('run: commands in the answers file', () => {
	it('/end ends the session there instead of being scored as an answer; /hint is not an answer either', async () => {
		const session = await runSession(['--focus', 'evaluation', '--seed', '9', '--no-save'], [WEAK[0]!, '/hint', '/end', WEAK[1]!]);
		expect(session.turns.map(t => t.answer)).toEqual([WEAK[0]]);
		expect(session.complete).toBe(false);
	});
});

describe.concurrent('run: saving', () => {
	it('saves the session as a .json file under the data folder', async () => {
		const dataDir = await scratchDir();
		const session = await runSession(['--focus', 'evaluation', '--seed', '12'], WEAK.slice(0, 3), {dataDir});
		const files = await jsonFilesUnder(dataDir);
		const saved = await Promise.all(files.map(async file => JSON.parse(await readFile(file, 'utf8')) as {id?: string}));
		const record = saved.find(s => s.id === session.id) as Session | undefined;
		expect(record, `no saved session ${session.id} among ${files.join(', ')}`).toBeDefined();
		expect(record!.turns.map(t => t.answer)).toEqual(WEAK.slice(0, 3));
	});

	it('--data-dir wins over the environment', async () => {
		const [envDir, flagDir] = await Promise.all([scratchDir(), scratchDir()]);
		const session = await runSession(['--focus', 'evaluation', '--data-dir', flagDir], skips(1), {dataDir: envDir});
		expect(await jsonFilesUnder(envDir)).toEqual([]);
		const files = await jsonFilesUnder(flagDir);
		expect(files.some(file => path.basename(file) === `${session.id}.json`)).toBe(true);
	});

	it('a data folder that cannot be written: the session is still printed, and the exit code says it was not saved', async () => {
		const dir = await scratchDir();
		const blocked = path.join(dir, 'not-a-folder');
		await writeFile(blocked, 'a file where the data folder should be');
		const file = await answersFile(skips(1));
		const result = await runCli(['run', '--focus', 'evaluation', '--answers', file, '--json'], {dataDir: blocked});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/the session was not saved/);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(json<Session>(result).turns).toHaveLength(1);
	});

	it('--no-save writes nothing', async () => {
		const dataDir = await scratchDir();
		await runSession(['--focus', 'evaluation', '--no-save'], WEAK.slice(0, 2), {dataDir});
		expect(await jsonFilesUnder(dataDir)).toEqual([]);
	});

	it('prints a readable transcript and recap without --json', async () => {
		const file = await answersFile(WEAK.slice(0, 3));
		const result = await runCli(['run', '--focus', 'evaluation', '--seed', '12', '--answers', file, '--no-save']);
		expect(result.code).toBe(0);
		expect(() => JSON.parse(result.stdout)).toThrow();
		expect(result.stdout).toMatch(/Overall \d+\/100/);
		expect(result.stdout).toContain('no-eval-framework');
	});
});

describe.concurrent('run: usage errors', () => {
	const expectUsage = (result: {code: number | null; stdout: string; stderr: string}, mention: RegExp) => {
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(result.stderr).toMatch(mention);
	};

	it('an unknown script id lists the scripts', async () => {
		const file = await answersFile(skips(1));
		const result = await runCli(['run', '--script', 'evaluations', '--answers', file]);
		expectUsage(result, /evaluations/);
		for (const id of SCRIPT_FOCUS_IDS) expect(result.stderr).toContain(id);
		expect(await jsonFilesUnder(result.dataDir)).toEqual([]);
	});

	it('without --focus or --script', async () => {
		const file = await answersFile(skips(1));
		expectUsage(await runCli(['run', '--answers', file]), /--focus|--script/);
	});

	it('without --answers', async () => {
		expectUsage(await runCli(['run', '--focus', 'evaluation']), /--answers/);
	});

	it('with an answers file that does not exist', async () => {
		expectUsage(await runCli(['run', '--focus', 'evaluation', '--answers', 'no-such-answers.txt']), /no-such-answers\.txt/);
	});

	it('with an answers file that holds no answers', async () => {
		const dir = await scratchDir();
		const file = path.join(dir, 'blank.txt');
		await writeFile(file, '\n---\n\n---\n');
		expectUsage(await runCli(['run', '--focus', 'evaluation', '--answers', file]), /blank\.txt/);
	});

	it('with a broken JSON array', async () => {
		const dir = await scratchDir();
		const file = path.join(dir, 'broken.json');
		await writeFile(file, '["first answer", ');
		expectUsage(await runCli(['run', '--focus', 'evaluation', '--answers', file]), /broken\.json/);
	});

	it('with a JSON array that is not all strings', async () => {
		const dir = await scratchDir();
		const file = path.join(dir, 'numbers.json');
		await writeFile(file, '["first answer", 42]');
		expectUsage(await runCli(['run', '--focus', 'evaluation', '--answers', file]), /numbers\.json/);
	});

	// Bug: `--seed abc` is parsed to NaN and accepted; the interview silently uses seed 0 and the
	// saved record has `"seed": null`, so the session cannot be reproduced. It should be a usage error.
	it('a --seed that is not a number is a usage error naming --seed', async () => {
		const file = await answersFile(skips(1));
		const result = await runCli(['run', '--focus', 'evaluation', '--seed', 'abc', '--answers', file, '--json']);
		expectUsage(result, /--seed/);
	});
});
