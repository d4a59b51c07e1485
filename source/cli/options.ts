import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {FOCUS_IDS, isFocusId, type FocusId} from '../core/taxonomy/ids.js';
import {checkDataDir} from '../storage/data-dir.js';
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

/** `--data-dir`, relative to where the command was run; refused when it cannot be an ordinary folder. */
export function dataDirFlag(dataDir: string | undefined, io: CommandIo): string | undefined {
	if (!dataDir) return undefined;
	const resolved = path.resolve(io.cwd, dataDir);
	try {
		checkDataDir(resolved);
	} catch (error) {
		throw new UsageError(`--data-dir: ${(error as Error).message}`);
	}
	return resolved;
}

/** Columns for plain output: the terminal's, at most 80; 80 when not a terminal. */
export function outputWidth(io: CommandIo): number {
	const columns = io.stdout.columns;
	return typeof columns === 'number' && columns >= 40 ? Math.min(80, columns) : 80;
}

/** The user's script folder, from `--questions DIR` or AI_PM_SIM_QUESTIONS. */
export function extraScriptDirs(io: CommandIo, questionsDir?: string): string[] {
	const extra = questionsDir ?? io.env['AI_PM_SIM_QUESTIONS'];
	return extra ? [path.resolve(io.cwd, extra)] : [];
}
