import {execFileSync, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';

export function hasTmux(): boolean {
	return spawnSync('tmux', ['-V'], {stdio: 'ignore'}).status === 0;
}

/** The environment for tmux itself: never nested in another tmux session. */
function tmuxEnv(): NodeJS.ProcessEnv {
	const env = {...process.env};
	delete env['TMUX'];
	return env;
}

/** One private tmux server (its own socket) holding one pane that runs a command. */
export class TmuxPane {
	readonly socket = `ai-pm-sim-test-${process.pid}-${randomBytes(3).toString('hex')}`;
	private started = false;

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8', env: tmuxEnv()});
	}

	/** Starts `command` (argv) at the given size; `env` is applied inside the pane; `unset` names are removed. */
	start(command: string[], options: {columns: number; rows: number; env: Record<string, string>; unset: string[]}): void {
		const envArgs = [...options.unset.flatMap(name => ['-u', name]), ...Object.entries(options.env).map(([k, v]) => `${k}=${v}`)];
		// `remain-on-exit` keeps the last screen readable after the app quits.
		this.tmux('new-session', '-d', '-s', 'app', '-x', String(options.columns), '-y', String(options.rows), 'env', ...envArgs, ...command);
		this.started = true;
		this.tmux('set-option', '-t', 'app', 'remain-on-exit', 'on');
	}

	capture(history = 0): string {
		return this.tmux('capture-pane', '-p', '-t', 'app', ...(history > 0 ? ['-S', `-${history}`] : []));
	}

	/** Types text literally (no key names). */
	type(text: string): void {
		this.tmux('send-keys', '-t', 'app', '-l', text);
	}

	keys(...names: string[]): void {
		this.tmux('send-keys', '-t', 'app', ...names);
	}

	/** Pastes text as the terminal would: bracketed when the app asked for it. */
	paste(file: string): void {
		this.tmux('load-buffer', '-b', 'answer', file);
		this.tmux('paste-buffer', '-p', '-d', '-b', 'answer', '-t', 'app');
	}

	paneDead(): boolean {
		return this.tmux('display-message', '-p', '-t', 'app', '#{pane_dead}').trim() === '1';
	}

	/** Polls the screen until `test` passes or the deadline is reached. */
	async waitFor(test: (screen: string) => boolean, what: string, timeoutMs = 15_000, history = 0): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		let screen = '';
		while (Date.now() < deadline) {
			screen = this.capture(history);
			if (test(screen)) return screen;
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
	}

	/** From the first question: one answer, then /end, up to the recap's score line. */
	async answerOnceAndEnd(answer: string): Promise<string> {
		await this.waitFor(s => s.includes('Q1:') && s.includes('Type your answer'), 'the first question');
		this.type(answer);
		this.keys('Enter');
		// A follow-up, or the next question when the answer left nothing to probe (the first question is random).
		await this.waitFor(s => (s.includes('Follow-up:') || s.includes('Q2:')) && s.includes('Type your answer'), 'the next prompt');
		this.type('/end');
		this.keys('Enter');
		return this.waitFor(s => /Overall \d{1,3}\/100/.test(s) && s.includes('q quit'), 'the recap');
	}

	kill(): void {
		if (!this.started) return;
		spawnSync('tmux', ['-L', this.socket, 'kill-server'], {stdio: 'ignore', env: tmuxEnv()});
		this.started = false;
	}
}

/** Polls `read` until it returns a value (not undefined) or the deadline passes. */
export async function until<T>(read: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const value = read();
		if (value !== undefined) return value;
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	throw new Error(`timed out waiting for ${what}`);
}
