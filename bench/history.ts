// How much does a long history cost? Times `history --json` as a whole process on a store
// of 1,000 realistic sessions (~20 KB each) against the same command on an empty store.
// Run: node --import tsx bench/history.ts   (builds dist/ first when it is missing)
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {openSessionStore} from '../source/storage/sessions.js';
import {makeRecord} from '../test/storage/fixtures.js';
import {hasScript, timeToFrame} from './first-frame-pty.js';
import {compareAlternating, formatMs, timeProcess, type Compared} from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const SESSIONS = 1000;
const ROUNDS = 15;

const timeCli = (args: string[]) => () => timeProcess(process.execPath, [cli, ...args]);

/** Time until the home screen offers to resume: the app has read the store by then. */
function timeHome(dataDir: string) {
	const env: NodeJS.ProcessEnv = {...process.env, AI_PM_SIM_DATA_DIR: dataDir, TERM: 'xterm-256color'};
	for (const name of ['CI', 'CONTINUOUS_INTEGRATION', 'OPENAI_API_KEY', 'TMUX']) delete env[name];
	return async () => (await timeToFrame([process.execPath, cli], 'Resume your', env)).ms;
}

function report(label: string, result: Compared, target?: number): void {
	const verdict = target === undefined ? '' : ` (target ≤ ${target.toFixed(2)}x) ${result.ratio <= target ? 'OK' : 'OVER'}`;
	console.log(`${label}: 1,000 sessions ${formatMs(result.a)}, baseline ${formatMs(result.b)}, ratio ${result.ratio.toFixed(2)}x${verdict}`);
}

export default async function bench(): Promise<void> {
	if (!existsSync(cli)) {
		const built = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
		if (built.status !== 0) {
			throw new Error('npm run build failed');
		}
	}
	const full = await mkdtemp(path.join(tmpdir(), 'ai-pm-sim-bench-full-'));
	const empty = await mkdtemp(path.join(tmpdir(), 'ai-pm-sim-bench-empty-'));
	const single = await mkdtemp(path.join(tmpdir(), 'ai-pm-sim-bench-single-'));
	try {
		const store = openSessionStore({dataDir: full, env: {}});
		const focuses = ['evaluation', 'product-sense', 'technical', 'ethics', 'experience', 'prioritization', 'mixed'] as const;
		const start = Date.UTC(2024, 0, 1);
		for (let i = 0; i < SESSIONS; i++) {
			await store.save(
				makeRecord({
					id: `bench-${String(i).padStart(4, '0')}`,
					focus: focuses[i % focuses.length],
					startedAt: new Date(start + i * 6 * 3600_000).toISOString(),
					overall: 30 + ((i * 7) % 60),
					complete: i % 10 !== 0,
					turns: 6,
					answerWords: 250,
				}),
			);
		}
		const names = (await readdir(store.dir)).filter(name => name.endsWith('.json') && !name.startsWith('.'));
		const sizes = await Promise.all(names.map(async name => (await stat(path.join(store.dir, name))).size));
		const total = sizes.reduce((sum, size) => sum + size, 0);
		console.log(`store: ${names.length} sessions, ${(total / 1024 / 1024).toFixed(1)} MB, ${(total / names.length / 1024).toFixed(1)} KB each on average`);

		const cold = await timeCli(['history', '--json', '--data-dir', full])();
		console.log(`first listing (builds the index from every file): ${formatMs(cold)}`);

		report('history --json', await compareAlternating(timeCli(['history', '--json', '--data-dir', full]), timeCli(['history', '--json', '--data-dir', empty]), ROUNDS), 1.1);
		report('history (table + trend)', await compareAlternating(timeCli(['history', '--data-dir', full]), timeCli(['history', '--data-dir', empty]), ROUNDS));

		// The app's start-up, until its home screen offers the latest unfinished session:
		// against a store holding that one session only.
		if (hasScript()) {
			await openSessionStore({dataDir: single, env: {}}).save(makeRecord({id: 'only-one', complete: false, turns: 6, answerWords: 250}));
			report('app start-up to home with resume offer', await compareAlternating(timeHome(full), timeHome(single), ROUNDS), 1.1);
		}
	} finally {
		await rm(full, {recursive: true, force: true});
		await rm(empty, {recursive: true, force: true});
		await rm(single, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await bench();
}
