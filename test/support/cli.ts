// Runs the CLI with a clean environment (no CI flag, no OpenAI credentials, a fresh data folder
// unless the caller gives one). `runCli` calls `main(argv, io)` in this process, which is what
// every command does in the binary too, at a fraction of the cost of a process per case;
// `runBinary` spawns the built `dist/cli.js` the way a user would, for what only the real
// binary shows (the bin entry, the version baked in by the build, exit codes, signals).
import {spawn} from 'node:child_process';
import {PassThrough, Writable} from 'node:stream';
import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll} from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The bundle under test; AI_PM_SIM_TEST_CLI points at another build (e.g. an unpacked package). */
export const CLI = process.env.AI_PM_SIM_TEST_CLI ? path.resolve(process.env.AI_PM_SIM_TEST_CLI) : path.join(ROOT, 'dist', 'cli.js');

export type CliResult = {code: number | null; stdout: string; stderr: string; dataDir: string};

export type CliOptions = {
	/** Written to the child's stdin, which is then closed. Without it stdin is closed at once (empty). */
	stdin?: string;
	/** Variables added to the environment; `undefined` removes one. */
	env?: Record<string, string | undefined>;
	/** Data folder; by default a fresh temp folder, removed when the process has exited. */
	dataDir?: string;
	cwd?: string;
	timeoutMs?: number;
};

const REMOVED = ['CI', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'AI_PM_SIM_QUESTIONS', 'AI_PM_SIM_DATA_DIR', 'FORCE_COLOR', 'NO_COLOR'];

export function assertBuilt(): void {
	if (!existsSync(CLI)) throw new Error(`${path.relative(ROOT, CLI)} is missing: run \`npm run build\` first`);
}

export async function freshDataDir(): Promise<string> {
	return mkdtemp(path.join(tmpdir(), 'ai-pm-sim-cli-'));
}

const scratch: string[] = [];

/** A temp folder kept until the test file ends, so concurrent tests never lose each other's files. */
export async function scratchDir(): Promise<string> {
	const dir = await freshDataDir();
	scratch.push(dir);
	return dir;
}

afterAll(async () => {
	await Promise.all(scratch.splice(0).map(dir => rm(dir, {recursive: true, force: true})));
});

/** The environment a run gets: the caller's additions over this one, without credentials or CI. */
function cliEnv(dataDir: string, extra: CliOptions['env'] = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env};
	for (const name of REMOVED) delete env[name];
	env.AI_PM_SIM_DATA_DIR = dataDir;
	for (const [name, value] of Object.entries(extra)) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	return env;
}

class Collect extends Writable {
	text = '';
	isTTY = false;
	override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
		this.text += chunk.toString();
		done();
	}
}

const loadMain = () => import('../../source/cli/main.js');

/** The CLI in this process; with AI_PM_SIM_TEST_CLI set (testing a packed build), the binary. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
	if (process.env.AI_PM_SIM_TEST_CLI) return runBinary(args, options);
	const ownDataDir = options.dataDir === undefined;
	const dataDir = options.dataDir ?? (await freshDataDir());
	const stdin = Object.assign(new PassThrough(), {isTTY: false});
	stdin.end(options.stdin ?? '');
	const stdout = new Collect();
	const stderr = new Collect();
	const io = {stdin, stdout, stderr, env: cliEnv(dataDir, options.env), cwd: options.cwd ?? ROOT};
	let timer: NodeJS.Timeout | undefined;
	try {
		const {main} = await loadMain();
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(
				() => reject(new Error(`ai-pm-sim ${args.join(' ')} did not finish within ${options.timeoutMs ?? 15_000} ms\nstdout: ${stdout.text}\nstderr: ${stderr.text}`)),
				options.timeoutMs ?? 15_000,
			);
		});
		// As the binary does with an error no command expected: one line and exit 1.
		const code = await Promise.race([
			main(args, io).catch((error: unknown) => {
				stderr.write(`ai-pm-sim: unexpected error: ${(error as Error).message}\n`);
				return 1;
			}),
			timeout,
		]);
		return {code, stdout: stdout.text, stderr: stderr.text, dataDir};
	} finally {
		clearTimeout(timer);
		if (ownDataDir) await rm(dataDir, {recursive: true, force: true});
	}
}

/** The built binary in a child process. */
export async function runBinary(args: string[], options: CliOptions = {}): Promise<CliResult> {
	assertBuilt();
	const ownDataDir = options.dataDir === undefined;
	const dataDir = options.dataDir ?? (await freshDataDir());
	const env = cliEnv(dataDir, options.env);
	try {
		return await new Promise<CliResult>((resolve, reject) => {
			const child = spawn(process.execPath, [CLI, ...args], {cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe']});
			let stdout = '';
			let stderr = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
			child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(new Error(`ai-pm-sim ${args.join(' ')} did not finish within ${options.timeoutMs ?? 15_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
			}, options.timeoutMs ?? 15_000);
			child.on('error', error => {
				clearTimeout(timer);
				reject(error);
			});
			child.on('close', code => {
				clearTimeout(timer);
				resolve({code, stdout, stderr, dataDir});
			});
			// A child that exits before reading its stdin makes the write fail with EPIPE; that is fine.
			child.stdin.on('error', () => {});
			child.stdin.end(options.stdin ?? '');
		});
	} finally {
		if (ownDataDir) await rm(dataDir, {recursive: true, force: true});
	}
}

const memo = new Map<string, Promise<CliResult>>();

/**
 * `runCli` for runs without side effects (help, analyze, scripts, `run --no-save`): the same
 * arguments and stdin within one test file spawn once and share the result.
 */
export function runCliOnce(args: string[], options: Pick<CliOptions, 'stdin' | 'env'> = {}): Promise<CliResult> {
	const key = JSON.stringify([args, options.stdin ?? '', options.env ?? {}]);
	let result = memo.get(key);
	if (!result) {
		result = runCli(args, options);
		memo.set(key, result);
	}
	return result;
}

/** Parses stdout as JSON, with the whole output in the error when it is not. */
export function json<T = any>(result: CliResult): T {
	try {
		return JSON.parse(result.stdout) as T;
	} catch {
		throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
	}
}
