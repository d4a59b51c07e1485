// First frame of the interactive app: time from process start to the home screen being drawn,
// and to the first question of `--focus evaluation`, in a real pseudo-terminal, against `node -e`
// printing one line and a minimal bundled Ink app drawing one line, alternating runs in the same
// session; plus resident memory at those frames. The targets are against the minimal app as Ink
// ships; a second build of it with the CLI's own steps for Ink (bundle-plugins.mjs) gives the
// like-for-like figure, which shows what the app adds on top of Ink.
// Run: node --import tsx bench/first-frame.ts   (builds dist/ first when it is missing)
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build, type BuildOptions} from 'esbuild';
import {inkPlugins} from '../bundle-plugins.mjs';
import {hasScript, timeToFrame} from './first-frame-pty.js';
import {formatMs, median} from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
// AI_PM_SIM_BENCH_ROUNDS lowers the count for a quick look; the figures to report use the default.
const ROUNDS = Number(process.env['AI_PM_SIM_BENCH_ROUNDS']) || 11;
const TARGET_RATIO = 1.3;
const TARGET_RSS_MIB = 80;
const QUESTION_TARGET_RATIO = 1.3;
const QUESTION_GOAL_RATIO = 1.1;
const QUESTION_TARGET_RSS_MIB = 70;
const HOME_MARKER = 'New interview';
const QUESTION_MARKER = 'Q1:';
const QUESTION_RSS_LINE = /first-question rss=(\d+)/;
const MINIMAL_MARKER = 'minimal ink ready';
const NODE_MARKER = 'node ready';
const RSS_LINE = /first-frame rss=(\d+)/;

/**
 * A one-line Ink app, bundled with the real CLI's options; with `withInkPlugins`, also with the
 * build steps the CLI applies to Ink itself, for a like-for-like figure.
 */
async function buildMinimalInk(dir: string, withInkPlugins: boolean): Promise<string> {
	const outdir = path.join(dir, withInkPlugins ? 'minimal-ink-like' : 'minimal-ink');
	await build({
		stdin: {
			contents: `import {render, Text} from 'ink';
render(<Text color="cyan">${MINIMAL_MARKER}</Text>, {exitOnCtrlC: false, patchConsole: false});
if (process.env.AI_PM_SIM_REPORT_FIRST_FRAME === '1') process.stderr.write('first-frame rss=' + process.memoryUsage().rss + '\\n');
setInterval(() => {}, 1000);`,
			resolveDir: root,
			loader: 'tsx',
		},
		outdir,
		entryNames: 'minimal',
		outExtension: {'.js': '.mjs'},
		// As in the real build (Ink's devtools stay a chunk that is never loaded).
		...(JSON.parse(readFileSync(path.join(root, 'bundle-options.json'), 'utf8')) as BuildOptions),
		plugins: withInkPlugins ? inkPlugins : [],
	});
	return path.join(outdir, 'minimal.mjs');
}

function mib(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export default async function bench(): Promise<void> {
	if (!hasScript()) {
		console.log('first-frame: skipped (needs `script` from util-linux to open a pseudo-terminal)');
		return;
	}
	if (!existsSync(cli)) spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
	const dir = mkdtempSync(path.join(tmpdir(), 'ai-pm-sim-first-frame-'));
	try {
		const [minimal, minimalLike] = await Promise.all([buildMinimalInk(dir, false), buildMinimalInk(dir, true)]);
		const env: NodeJS.ProcessEnv = {...process.env, AI_PM_SIM_DATA_DIR: path.join(dir, 'data'), AI_PM_SIM_REPORT_FIRST_FRAME: '1', TERM: 'xterm-256color'};
		delete env['CI'];
		delete env['CONTINUOUS_INTEGRATION'];
		delete env['OPENAI_API_KEY'];
		delete env['TMUX'];

		const runs = {
			node: () => timeToFrame([process.execPath, '-e', `process.stdout.write(${JSON.stringify(NODE_MARKER)})`], NODE_MARKER, env),
			ink: () => timeToFrame([process.execPath, minimal], MINIMAL_MARKER, env, {extra: RSS_LINE}),
			inkLike: () => timeToFrame([process.execPath, minimalLike], MINIMAL_MARKER, env, {extra: RSS_LINE}),
			app: () => timeToFrame([process.execPath, cli], HOME_MARKER, env, {extra: RSS_LINE}),
			question: () => timeToFrame([process.execPath, cli, '--focus', 'evaluation'], QUESTION_MARKER, env, {extra: QUESTION_RSS_LINE}),
			// The very first start after an install, before Node's compile cache holds the bundle.
			cold: () => timeToFrame([process.execPath, cli, '--focus', 'evaluation'], QUESTION_MARKER, {...env, NODE_DISABLE_COMPILE_CACHE: '1'}, {extra: QUESTION_RSS_LINE}),
		};
		// Warm-up: file cache and the JIT of this process.
		for (const run of Object.values(runs)) await run();

		const times = {node: [] as number[], ink: [] as number[], inkLike: [] as number[], app: [] as number[], question: [] as number[], cold: [] as number[]};
		const rss = {ink: [] as number[], inkLike: [] as number[], app: [] as number[], question: [] as number[], cold: [] as number[]};
		const ratios: number[] = [];
		const questionRatios: number[] = [];
		const questionLikeRatios: number[] = [];
		const coldRatios: number[] = [];
		for (let i = 0; i < ROUNDS; i++) {
			// Rotate the order so no variant always runs first.
			const order = (['node', 'ink', 'inkLike', 'app', 'question', 'cold'] as const).map((_, j, all) => all[(i + j) % all.length]!);
			const round: Partial<Record<keyof typeof runs, number>> = {};
			for (const name of order) {
				const result = await runs[name]();
				times[name].push(result.ms);
				round[name] = result.ms;
				const match = (name === 'question' || name === 'cold' ? QUESTION_RSS_LINE : RSS_LINE).exec(result.output);
				if (match && name !== 'node') rss[name].push(Number(match[1]));
			}
			ratios.push(round.app! / round.ink!);
			questionRatios.push(round.question! / round.ink!);
			questionLikeRatios.push(round.question! / round.inkLike!);
			coldRatios.push(round.cold! / round.ink!);
		}

		const appMs = median(times.app);
		const coldMs = median(times.cold);
		const inkMs = median(times.ink);
		const nodeMs = median(times.node);
		const ratio = median(ratios);
		const appRss = median(rss.app);
		const inkRss = median(rss.ink);
		console.log(`first frame   node -e (one line)   ${formatMs(nodeMs).padStart(9)}`);
		console.log(`first frame   minimal Ink app      ${formatMs(inkMs).padStart(9)}   rss ${mib(inkRss)}`);
		console.log(`first frame   minimal Ink app with the bundle's Ink steps ${formatMs(median(times.inkLike)).padStart(9)}   rss ${mib(median(rss.inkLike))}`);
		console.log(`first frame   ai-pm-sim home       ${formatMs(appMs).padStart(9)}   rss ${mib(appRss)}`);
		const questionMs = median(times.question);
		const questionRatio = median(questionRatios);
		const questionRss = median(rss.question);
		console.log(`first question --focus evaluation  ${formatMs(questionMs).padStart(9)}   rss ${mib(questionRss)}`);
		console.log(
			`first question ratio /minimal Ink x${questionRatio.toFixed(2)} (target ≤ x${QUESTION_TARGET_RATIO}, goal x${QUESTION_GOAL_RATIO}) ` +
				`${questionRatio <= QUESTION_GOAL_RATIO ? 'goal met' : questionRatio <= QUESTION_TARGET_RATIO ? 'ok' : 'OVER'}   ` +
				`rss ${mib(questionRss)} (goal ≤ ${QUESTION_TARGET_RSS_MIB} MiB) ${questionRss <= QUESTION_TARGET_RSS_MIB * 1024 * 1024 ? 'ok' : 'over'}`,
		);
		console.log(`first question ratio /minimal Ink with the same Ink build steps (like for like) x${median(questionLikeRatios).toFixed(2)}`);
		console.log(`first question, first start after install (no compile cache yet) ${formatMs(coldMs).padStart(9)}   x${median(coldRatios).toFixed(2)} /minimal Ink`);
		console.log(
			`first frame   ratio app/minimal Ink x${ratio.toFixed(2)} (target ≤ x${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'ok' : 'OVER'}   ` +
				`app/node x${(appMs / nodeMs).toFixed(2)}   rss ${mib(appRss)} (target ≤ ${TARGET_RSS_MIB} MiB) ${appRss <= TARGET_RSS_MIB * 1024 * 1024 ? 'ok' : 'OVER'}`,
		);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();
