import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {main} from '../../source/cli/main.js';
import {MIXED_LOOP_ORDER} from '../../source/core/interview/plan-options.js';
import {fakeIo} from '../history/fake-io.js';
import {METRICS_ONLY_ANSWERS as WEAK} from '../support/answers.js';
import {BUILT_IN_FOCUS} from '../support/bank.js';

type Turn = {kind: 'question' | 'follow-up'; scriptId: string; questionId: string; skipped: boolean};

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(dir => rm(dir, {recursive: true, force: true}))));

async function scratch(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ai-pm-sim-plan-'));
	dirs.push(dir);
	return dir;
}

/** `run` in-process with answers from a file; resolves to the exit code, the session and stderr. */
async function run(args: string[], answers: string[], dataDir?: string) {
	const dir = dataDir ?? (await scratch());
	const file = path.join(dir, 'answers.json');
	await writeFile(file, JSON.stringify(answers));
	const io = fakeIo({env: {AI_PM_SIM_DATA_DIR: dir}});
	const code = await main(['run', ...args, '--answers', file, '--json', '--offline'], io);
	return {code, stderr: io.stderr.text, turns: code === 0 ? (JSON.parse(io.stdout.text) as {turns: Turn[]}).turns : []};
}

const skips = (n: number) => Array.from({length: n}, () => '/skip');

/** Follow-ups asked after each opening question. */
function followUpRuns(turns: Turn[]): number[] {
	const runs: number[] = [];
	for (const turn of turns) {
		if (turn.kind === 'question') runs.push(0);
		else runs[runs.length - 1]!++;
	}
	return runs;
}

describe('run: planning flags', () => {
	it('--count sets the loop length and the loop keeps the interview order', async () => {
		const {code, turns} = await run(['--focus', 'mixed', '--count', '4', '--seed', '5', '--no-save'], skips(6));
		expect(code).toBe(0);
		expect(turns).toHaveLength(4);
		const order = turns.map(t => MIXED_LOOP_ORDER.indexOf(BUILT_IN_FOCUS.get(t.scriptId) as (typeof MIXED_LOOP_ORDER)[number]));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('--level junior moves on after one follow-up where senior keeps probing', async () => {
		const args = ['--focus', 'evaluation', '--count', '1', '--seed', '1', '--no-save'];
		const junior = await run([...args, '--level', 'junior'], WEAK.slice(0, 4));
		const senior = await run([...args, '--level', 'senior'], WEAK.slice(0, 4));
		expect(junior.turns[0]!.questionId).toBe(senior.turns[0]!.questionId);
		expect(followUpRuns(junior.turns)).toEqual([1]);
		expect(followUpRuns(senior.turns)[0]).toBeGreaterThan(1);
	});

	it('rejects a count or level it cannot use, naming the flag', async () => {
		const zero = await run(['--focus', 'ethics', '--count', '0', '--no-save'], skips(1));
		expect(zero.code).toBe(2);
		expect(zero.stderr).toContain('--count takes a whole number from 1 to 12');
		const level = await run(['--focus', 'ethics', '--level', 'expert', '--no-save'], skips(1));
		expect(level.code).toBe(2);
		expect(level.stderr).toContain('unknown level "expert". Valid levels: junior, mid, senior.');
	});

	it('without a seed, the next session avoids the questions of the last ones', async () => {
		const dir = await scratch();
		const seen: string[] = [];
		for (let day = 0; day < 4; day++) {
			const {turns} = await run(['--focus', 'ethics'], WEAK.slice(0, 3), dir);
			seen.push(...turns.filter(t => t.kind === 'question').map(t => t.questionId));
		}
		expect(seen.length).toBeGreaterThanOrEqual(4);
		expect(new Set(seen).size).toBe(seen.length);
	});
});
