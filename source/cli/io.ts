import type {Readable, Writable} from 'node:stream';
import {safeJson, safeText} from '../core/text/sanitize.js';

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

// Every command prints through these three, so no text from outside reaches a terminal with its
// control sequences (see core/text/sanitize.ts). Nothing else in the CLI writes to stdout or stderr.

/** Text as it is, apart from control sequences. */
export function writeText(stream: Writable, text: string): void {
	stream.write(safeText(text));
}

export function writeLine(stream: Writable, text = ''): void {
	writeText(stream, `${text}\n`);
}

/** JSON with every value exact, and no byte a terminal would act on. */
export function writeJson(stream: Writable, value: unknown): void {
	stream.write(`${safeJson(value, 2)}\n`);
}
