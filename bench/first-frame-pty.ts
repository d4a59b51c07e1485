// Runs a command in a fresh pseudo-terminal (util-linux `script`, or tmux when it is missing)
// and times spawn → the moment a marker string appears in what the command draws.
import {spawn, spawnSync} from 'node:child_process';

export type FrameRun = {ms: number; output: string};

function quote(arg: string): string {
	return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function hasScript(): boolean {
	return spawnSync('script', ['--version'], {stdio: 'ignore'}).status === 0;
}

/**
 * Starts `argv` at 80x24 in a new pty and resolves when `marker` has been drawn (plus, if
 * given, `extra` matched on the output so far). The process group is then ended.
 */
export function timeToFrame(argv: string[], marker: string, env: NodeJS.ProcessEnv, options: {extra?: RegExp; timeoutMs?: number} = {}): Promise<FrameRun> {
	const command = `stty cols 80 rows 24; exec ${argv.map(quote).join(' ')}`;
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const child = spawn('script', ['-qfec', command, '/dev/null'], {stdio: ['pipe', 'pipe', 'ignore'], env, detached: true});
		let output = '';
		let seenAt: number | null = null;
		let done = false;
		const finish = (error?: Error) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				// already gone
			}
			if (error) reject(error);
			else resolve({ms: seenAt!, output});
		};
		const timer = setTimeout(
			() => finish(new Error(`no frame with "${marker}" within ${options.timeoutMs ?? 10_000} ms; output: ${JSON.stringify(output.slice(-400))}`)),
			options.timeoutMs ?? 10_000,
		);
		child.on('error', finish);
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (seenAt === null && output.includes(marker)) seenAt = Number(process.hrtime.bigint() - started) / 1e6;
			if (seenAt !== null && (!options.extra || options.extra.test(output))) finish();
		});
		child.on('exit', () => {
			if (seenAt !== null) finish();
			else finish(new Error(`exited before drawing "${marker}"; output: ${JSON.stringify(output.slice(-400))}`));
		});
	});
}
