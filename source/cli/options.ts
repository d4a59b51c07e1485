import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {LEVELS, MAX_QUESTIONS, type Level} from '../core/interview/plan-options.js';
import {FOCUS_IDS, isFocusId, type FocusId} from '../core/taxonomy/ids.js';
import type {Flags} from './flags.js';
import {checkDataDir} from '../storage/data-dir.js';
import {type CommandIo, UsageError} from './io.js';

export function parseFocus(value: string | undefined): FocusId | undefined {
	if (value === undefined) return undefined;
	if (!isFocusId(value)) throw new UsageError(`unknown focus "${value}". Valid focus areas: ${FOCUS_IDS.join(', ')}.`);
	return value;
}

export function parseLevel(value: string | undefined): Level | undefined {
	if (value === undefined) return undefined;
	if (!(LEVELS as readonly string[]).includes(value)) throw new UsageError(`unknown level "${value}". Valid levels: ${LEVELS.join(', ')}.`);
	return value as Level;
}

/** `--count N`: opening questions in the interview. */
export function parseCount(value: number | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!Number.isInteger(value) || value < 1 || value > MAX_QUESTIONS) throw new UsageError(`--count takes a whole number from 1 to ${MAX_QUESTIONS}, e.g. --count 6.`);
	return value;
}

/** `--seed N`: the same seed plans the same interview. */
export function parseSeed(value: number | undefined): number | undefined {
	if (value !== undefined && !Number.isInteger(value)) throw new UsageError('--seed takes a whole number, e.g. --seed 42.');
	return value;
}

export async function readTextFile(io: CommandIo, file: string, what: string): Promise<string> {
	try {
		return await readFile(path.resolve(io.cwd, file), 'utf8');
	} catch (error) {
		throw new UsageError(`cannot read ${what} "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
}

/** The answer to check, from --answer, --answer-file or standard input; never empty. */
export async function readAnswer(flags: Pick<Flags, 'answer' | 'answerFile'>, io: CommandIo): Promise<string> {
	let answer: string;
	if (flags.answer !== undefined) answer = flags.answer;
	else if (flags.answerFile !== undefined) answer = await readTextFile(io, flags.answerFile, 'answer file');
	else if (io.stdin.isTTY) throw new UsageError('give the answer on standard input, with --answer-file FILE or with --answer "TEXT".');
	else answer = await readStdin(io);
	if (!answer.trim()) throw new UsageError('the answer is empty.');
	return answer;
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
