// How much does a long history cost? Times `history --json` as a whole process on a store
// of 1,000 realistic sessions (~20 KB each) against the same command on an empty store.
// Run: node --import tsx bench/history.ts   (builds dist/ first when it is missing)
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {openSessionStore} from '../source/storage/sessions.js';
import {makeRecord} from '../test/storage/fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const SESSIONS = 1000;
const ROUNDS = 15;

function timeRun(args: string[]): number {
	const start = performance.now();
	const result = spawnSync(process.execPath, [cli, ...args], {stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024});
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		throw new Error(`ai-pm-sim ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
	}
	return elapsed;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Alternates A and B (A B A B …) so drift in machine load hits both equally. */
function compare(a: string[], b: string[], rounds = ROUNDS): {a: number; b: number} {
	timeRun(a);
	timeRun(b);
	const times = {a: [] as number[], b: [] as number[]};
	for (let i = 0; i < rounds; i++) {
		times.a.push(timeRun(a));
		times.b.push(timeRun(b));
	}
	return {a: median(times.a), b: median(times.b)};
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

		const cold = timeRun(['history', '--json', '--data-dir', full]);
		console.log(`first listing (builds the index from every file): ${cold.toFixed(0)} ms`);

		const history = compare(['history', '--json', '--data-dir', full], ['history', '--json', '--data-dir', empty]);
		const ratio = history.a / history.b;
		console.log(`history --json, median of ${ROUNDS} alternating runs: 1,000 sessions ${history.a.toFixed(1)} ms, empty ${history.b.toFixed(1)} ms, ratio ${ratio.toFixed(2)}x (target ≤ 1.10x) ${ratio <= 1.1 ? 'OK' : 'OVER'}`);

		const table = compare(['history', '--data-dir', full], ['history', '--data-dir', empty]);
		console.log(`history (table + trend): 1,000 sessions ${table.a.toFixed(1)} ms, empty ${table.b.toFixed(1)} ms, ratio ${(table.a / table.b).toFixed(2)}x`);

		const startup = compare(['--version'], ['--help']);
		console.log(`start-up for context: --version ${startup.a.toFixed(1)} ms, --help ${startup.b.toFixed(1)} ms`);
	} finally {
		await rm(full, {recursive: true, force: true});
		await rm(empty, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await bench();
}
