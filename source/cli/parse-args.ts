// The command line, read with Node's own parser: a third-party parser cost more start-up time
// than everything else before the first question. Every flag of every command is read at once;
// each command then lists which it accepts.
import {parseArgs, type ParseArgsOptionsConfig} from 'node:util';
import {FLAGS, flagToOption, type FlagName, type Flags} from './flags.js';

/** A flag as the user typed it, and the known flag it is (null for an unknown one). */
export type TypedFlag = {flag: FlagName | null; typed: string};

export type ParsedArgs = {flags: Flags; input: string[]; typed: TypedFlag[]};

const toCamel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const OPTIONS: ParseArgsOptionsConfig = Object.fromEntries(
	Object.entries(FLAGS).map(([name, spec]) => [
		flagToOption(name).slice(2),
		{type: spec.type === 'boolean' ? 'boolean' : 'string', ...('shortFlag' in spec ? {short: spec.shortFlag} : {})},
	]),
);

function isFlag(name: string): name is FlagName {
	return Object.hasOwn(FLAGS, name);
}

/**
 * Flags in `--kebab-case`, `-x` short forms, `--flag=value`, `--no-flag` for a
 * boolean, `--` before arguments that look like flags. A string flag given no value is ''.
 */
export function parseCommandLine(argv: string[]): ParsedArgs {
	const {tokens} = parseArgs({args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true});
	const values: Record<string, unknown> = {};
	const input: string[] = [];
	const typed: TypedFlag[] = [];
	for (const token of tokens) {
		if (token.kind === 'positional') input.push(token.value);
		if (token.kind !== 'option') continue;
		const name = toCamel(token.name);
		const negated = toCamel(token.name.replace(/^no-/, ''));
		if (Object.hasOwn(OPTIONS, token.name) && isFlag(name)) {
			const spec = FLAGS[name];
			const raw = token.value ?? (spec.type === 'boolean' ? true : '');
			values[name] = spec.type === 'number' ? Number(raw) : spec.type === 'boolean' ? raw !== 'false' : raw;
			typed.push({flag: name, typed: token.rawName});
		} else if (token.name.startsWith('no-') && Object.hasOwn(OPTIONS, token.name.slice(3)) && isFlag(negated) && FLAGS[negated].type === 'boolean') {
			values[negated] = false;
			typed.push({flag: negated, typed: token.rawName});
		} else {
			typed.push({flag: null, typed: token.rawName});
		}
	}
	return {flags: {save: true, ...values} as Flags, input, typed};
}
