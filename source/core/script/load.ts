import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {parse, YAMLParseError} from 'yaml';
import type {z} from 'zod';
import {scriptSchema, type Script} from './schema.js';
import {builtInQuestionsDir, contentHash, readParsedCache, SCRIPT_EXTENSIONS, type ParsedCache} from './builtin.js';

export type ScriptError = {file: string; message: string};
export type LoadedScripts = {scripts: Script[]; errors: ScriptError[]; sources: Map<string, string>};

export {builtInQuestionsDir} from './builtin.js';

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

/** Parses a script file's text into plain data (YAML or JSON by extension). */
export function parseScriptText(text: string, file: string): {data?: unknown; error?: ScriptError} {
	try {
		return {data: file.endsWith('.json') ? JSON.parse(text) : parse(text, {prettyErrors: true})};
	} catch (error) {
		const detail = error instanceof YAMLParseError ? error.message.split('\n')[0]!.replace(/:\s*$/, '') : (error as Error).message;
		return {error: {file, message: `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${detail}`}};
	}
}

/** Messages for people editing YAML: "is required" rather than "expected string, received undefined". */
const plainMessages: z.core.$ZodErrorMap = issue => {
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
	if (issue.code === 'invalid_type')
		return `should be ${issue.expected === 'record' ? 'a mapping of keys to values' : `a${/^[aeiou]/.test(issue.expected) ? 'n' : ''} ${issue.expected}`}`;
	if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(k => `"${k}"`).join(', ')}`;
	return undefined;
};

/** Validates parsed script data; errors name the field that is wrong. */
export function validateScript(data: unknown, file: string): {script?: Script; error?: ScriptError} {
	const result = scriptSchema.safeParse(data, {error: plainMessages});
	if (!result.success) return {error: {file, message: describeIssues(result.error, data)}};
	return {script: result.data};
}

/** Parses and validates one script file's text. */
export function parseScript(text: string, file: string): {script?: Script; error?: ScriptError} {
	const parsed = parseScriptText(text, file);
	return parsed.error ? {error: parsed.error} : validateScript(parsed.data, file);
}

/** Far above any real script (the built-in ones are about 35 KB); parsing more would cost gigabytes. */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

function reasonOf(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
	if (code === 'ENOENT') return 'does not exist (ENOENT)';
	return code ?? (error as Error).message;
}

async function readScript(file: string, cache: ParsedCache): Promise<{script?: Script; error?: ScriptError}> {
	try {
		const info = await stat(file);
		if (info.size > MAX_SCRIPT_BYTES) {
			return {error: {file, message: `skipped: ${Math.ceil(info.size / 1024)} KB is more than the ${MAX_SCRIPT_BYTES / 1024} KB a script file can be`}};
		}
		const text = await readFile(file, 'utf8');
		const cached = cache[path.basename(file)];
		// The same text the build parsed and validated: its result saves the YAML parse and the schema
		// (which would not accept its own output again: conditions are normalised on the way in).
		if (cached && cached.sha256 === contentHash(text)) return {script: cached.script};
		return parseScript(text, file);
	} catch (error) {
		return {error: {file, message: `skipped: cannot be read (${reasonOf(error)})`}};
	}
}

/** Script files in a folder; symlinks are followed, and one that leads nowhere is reported. */
async function scriptFiles(target: string): Promise<{files: string[]; errors: ScriptError[]}> {
	const info = await stat(target);
	if (info.isFile()) return {files: [target], errors: []};
	const entries = await readdir(target, {withFileTypes: true});
	const files: string[] = [];
	const errors: ScriptError[] = [];
	for (const entry of entries) {
		if (!SCRIPT_EXTENSIONS.has(path.extname(entry.name))) continue;
		const file = path.join(target, entry.name);
		if (entry.isFile()) files.push(file);
		else if (entry.isSymbolicLink()) {
			const linked = await stat(file).catch(() => null);
			if (linked?.isFile()) files.push(file);
			else errors.push({file, message: `skipped: a symlink to ${linked ? 'something that is not a file' : 'a file that does not exist'}`});
		}
	}
	return {files: files.sort(), errors};
}

/**
 * Loads the built-in scripts plus any extra files or folders. A broken file is reported
 * and skipped; the others still load. A script id seen twice keeps the first.
 */
export async function loadScripts(options: {extraDirs?: string[]; builtIn?: boolean} = {}): Promise<LoadedScripts> {
	const builtIn = options.builtIn === false ? undefined : builtInQuestionsDir();
	const targets = [...(builtIn ? [builtIn] : []), ...(options.extraDirs ?? [])];
	const cache = builtIn ? await readParsedCache() : {};
	const scripts: Script[] = [];
	const errors: ScriptError[] = [];
	const sources = new Map<string, string>();
	for (const target of targets) {
		let files: string[];
		try {
			const found = await scriptFiles(target);
			files = found.files;
			errors.push(...found.errors);
		} catch (error) {
			errors.push({file: target, message: `cannot read: ${reasonOf(error)}`});
			continue;
		}
		for (const file of files) {
			const {script, error} = await readScript(file, path.dirname(file) === builtIn ? cache : {});
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
