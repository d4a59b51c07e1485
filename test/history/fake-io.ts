import {PassThrough, Writable} from 'node:stream';
import type {CommandIo} from '../../source/cli/io.js';

export class Capture extends Writable {
	text = '';
	override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
		this.text += chunk.toString();
		done();
	}
}

export type FakeIo = CommandIo & {stdout: Capture & {isTTY?: boolean; columns?: number}; stderr: Capture; stdin: PassThrough & {isTTY?: boolean}};

/** In-process io: read back what a command printed; `input` is what stdin delivers before closing. */
export function fakeIo(options: {input?: string; tty?: boolean; env?: NodeJS.ProcessEnv; cwd?: string; columns?: number} = {}): FakeIo {
	const stdin = new PassThrough() as PassThrough & {isTTY?: boolean};
	stdin.isTTY = options.tty ?? false;
	if (options.input !== undefined) {
		stdin.end(options.input);
	}
	const stdout = new Capture() as Capture & {isTTY?: boolean; columns?: number};
	stdout.isTTY = options.tty ?? false;
	if (options.columns !== undefined) {
		stdout.columns = options.columns;
	}
	return {stdin, stdout, stderr: new Capture(), env: options.env ?? {}, cwd: options.cwd ?? process.cwd()};
}
