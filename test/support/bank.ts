import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {ROOT} from './cli.js';

// The built-in bank grows over time: tests count it instead of hard-coding a number.

const files = readdirSync(path.join(ROOT, 'questions')).filter(name => name.endsWith('.yaml'));

export const BUILT_IN_SCRIPT_COUNT = files.length;

/** Script id to focus, for the built-in scripts. */
export const BUILT_IN_FOCUS: ReadonlyMap<string, string> = new Map(
	files.map(name => {
		const script = parse(readFileSync(path.join(ROOT, 'questions', name), 'utf8')) as {id: string; focus: string};
		return [script.id, script.focus];
	}),
);
