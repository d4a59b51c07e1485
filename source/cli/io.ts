import type {Readable, Writable} from 'node:stream';

/** Everything a command touches outside itself, so tests can run commands in process. */
export type CommandIo = {
	stdin: Readable & {isTTY?: boolean};
	stdout: Writable & {isTTY?: boolean; columns?: number; rows?: number};
	stderr: Writable;
	env: NodeJS.ProcessEnv;
	cwd: string;
};

export function processIo(): CommandIo {
	return {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd()};
}

/** A user-facing failure: printed as one line, never with a stack trace. */
export class UsageError extends Error {
	constructor(
		message: string,
		readonly exitCode = 2,
	) {
		super(message);
	}
}

export function writeLine(stream: Writable, text = ''): void {
	stream.write(`${text}\n`);
}

export function writeJson(stream: Writable, value: unknown): void {
	stream.write(`${JSON.stringify(value, null, 2)}\n`);
}
