import {existsSync} from 'node:fs';
import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse, YAMLParseError} from 'yaml';
import type {z} from 'zod';
import {scriptSchema, type Script} from './schema.js';

export type ScriptError = {file: string; message: string};
export type LoadedScripts = {scripts: Script[]; errors: ScriptError[]; sources: Map<string, string>};

const SCRIPT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The bundled `questions/` folder: found by walking up from this module (source/ or dist/). */
export function builtInQuestionsDir(): string {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = path.join(dir, 'questions');
		if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate)) return candidate;
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error('the built-in questions folder is missing from this installation');
		dir = parent;
	}
}

function formatPath(segments: ReadonlyArray<PropertyKey>): string {
	return segments.reduce<string>((out, segment) => {
		if (typeof segment === 'number') return `${out}[${segment}]`;
		return out === '' ? String(segment) : `${out}.${String(segment)}`;
	}, '');
}

function describeIssues(error: z.ZodError, data: unknown): string {
	return error.issues
		.map(issue => {
			const where = formatPath(issue.path) || '(top level)';
			const questionId = questionIdAt(data, issue.path);
			return `${where}${questionId ? ` (question "${questionId}")` : ''}: ${issue.message}`;
		})
		.join('; ');
}

function questionIdAt(data: unknown, segments: ReadonlyArray<PropertyKey>): string | undefined {
	if (segments[0] !== 'questions' || typeof segments[1] !== 'number') return undefined;
	const questions = (data as {questions?: unknown})?.questions;
	const question = Array.isArray(questions) ? (questions[segments[1]] as {id?: unknown}) : undefined;
	return typeof question?.id === 'string' ? question.id : undefined;
}

/** Parses and validates one script file's text; errors name the field that is wrong. */
export function parseScript(text: string, file: string): {script?: Script; error?: ScriptError} {
	let data: unknown;
	try {
		data = file.endsWith('.json') ? JSON.parse(text) : parse(text, {prettyErrors: true});
	} catch (error) {
		const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : (error as Error).message;
		return {error: {file, message: `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${detail}`}};
	}
	const result = scriptSchema.safeParse(data);
	if (!result.success) return {error: {file, message: describeIssues(result.error, data)}};
	return {script: result.data};
}

async function scriptFiles(target: string): Promise<string[]> {
	const info = await stat(target);
	if (info.isFile()) return [target];
	const entries = await readdir(target, {withFileTypes: true});
	return entries
		.filter(entry => entry.isFile() && SCRIPT_EXTENSIONS.has(path.extname(entry.name)))
		.map(entry => path.join(target, entry.name))
		.sort();
}

/**
 * Loads the built-in scripts plus any extra files or folders. A broken file is reported
 * and skipped; the others still load. A script id seen twice keeps the first.
 */
export async function loadScripts(options: {extraDirs?: string[]; builtIn?: boolean} = {}): Promise<LoadedScripts> {
	const targets = [...(options.builtIn === false ? [] : [builtInQuestionsDir()]), ...(options.extraDirs ?? [])];
	const scripts: Script[] = [];
	const errors: ScriptError[] = [];
	const sources = new Map<string, string>();
	for (const target of targets) {
		let files: string[];
		try {
			files = await scriptFiles(target);
		} catch (error) {
			errors.push({file: target, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`});
			continue;
		}
		for (const file of files) {
			const {script, error} = parseScript(await readFile(file, 'utf8'), file);
			if (error) errors.push(error);
			if (!script) continue;
			const earlier = sources.get(script.id);
			if (earlier) {
				errors.push({file, message: `id: script id "${script.id}" is already used by ${earlier}; this file was skipped`});
				continue;
			}
			sources.set(script.id, file);
			scripts.push(script);
		}
	}
	return {scripts, errors, sources};
}
