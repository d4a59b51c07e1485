// The built-in scripts as the build left them: parsed and validated, keyed by a hash of each
// file's content. Installed packages reset file times, so only the content can tell whether a
// file is the one the build saw. Kept free of the YAML parser and the schema library, which
// are the slowest part of starting an interview otherwise.
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Script} from './schema.js';

export const SCRIPT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The package root: found by walking up from this module (source/ or dist/). */
function packageRoot(): string {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'questions'))) return dir;
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error('the built-in questions folder is missing from this installation');
		dir = parent;
	}
}

export function builtInQuestionsDir(root = packageRoot()): string {
	return path.join(root, 'questions');
}

/** Where the build leaves the built-in scripts, already parsed and validated. */
export const PARSED_CACHE_FILE = path.join('dist', 'questions-cache.json');

/** File name → the SHA-256 of its text and the script the build validated from that text. */
export type ParsedCache = Record<string, {sha256: string; script: Script}>;

/** SHA-256 of a file's text; the same for its bytes, which spares decoding files only to check them. */
export function contentHash(text: string | Uint8Array): string {
	return createHash('sha256').update(text).digest('hex');
}

export async function readParsedCache(root = packageRoot()): Promise<ParsedCache> {
	try {
		return JSON.parse(await readFile(path.join(root, PARSED_CACHE_FILE), 'utf8')) as ParsedCache;
	} catch {
		return {};
	}
}

/**
 * The built-in scripts straight from the build's cache, when every file in the questions folder
 * is there with the same content (and no id is used twice); otherwise null, and the caller loads
 * and validates the files themselves.
 */
export async function cachedBuiltInScripts(root = packageRoot()): Promise<Script[] | null> {
	const dir = builtInQuestionsDir(root);
	const [cache, entries] = await Promise.all([readParsedCache(root), readdir(dir, {withFileTypes: true})]);
	const names = entries
		.filter(entry => entry.isFile() && SCRIPT_EXTENSIONS.has(path.extname(entry.name)))
		.map(entry => entry.name)
		.sort();
	const files = await Promise.all(names.map(name => readFile(path.join(dir, name))));
	const scripts: Script[] = [];
	for (const [i, name] of names.entries()) {
		const cached = cache[name];
		if (!cached || cached.sha256 !== contentHash(files[i]!)) return null;
		scripts.push(cached.script);
	}
	return new Set(scripts.map(s => s.id)).size === scripts.length ? scripts : null;
}
