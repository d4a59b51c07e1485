import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {FOCUS_IDS, isFocusId, type FocusId} from '../core/taxonomy/ids.js';
import {type CommandIo, UsageError} from './io.js';

export function parseFocus(value: string | undefined): FocusId | undefined {
	if (value === undefined) return undefined;
	if (!isFocusId(value)) throw new UsageError(`unknown focus "${value}". Valid focus areas: ${FOCUS_IDS.join(', ')}.`);
	return value;
}

export async function readTextFile(io: CommandIo, file: string, what: string): Promise<string> {
	try {
		return await readFile(path.resolve(io.cwd, file), 'utf8');
	} catch (error) {
		throw new UsageError(`cannot read ${what} "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
}

export async function readStdin(io: CommandIo): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}
