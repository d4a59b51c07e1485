// The command line, read with meow. Every flag of every command is read at once; each command
// then lists which it accepts. meow is told everything it would otherwise look up or act on
// (the package, help, version, unknown flags), so it never reads package.json, prints or exits:
// main() decides what to say and which exit code to give.
import meow from 'meow';
import {FLAGS, flagToOption, type FlagName, type Flags} from './flags.js';
import {UsageError} from './io.js';

/** A flag as the user typed it, and the known flag it is (null for an unknown one). */
export type TypedFlag = {flag: FlagName | null; typed: string};

export type ParsedArgs = {flags: Flags; input: string[]; typed: TypedFlag[]};

const FLAG_NAMES = Object.keys(FLAGS) as FlagName[];
const BY_OPTION = new Map(FLAG_NAMES.map(name => [flagToOption(name).slice(2), name]));
const BY_SHORT = new Map(FLAG_NAMES.flatMap(name => ('shortFlag' in FLAGS[name] ? [[FLAGS[name].shortFlag, name] as const] : [])));
/** meow reads these as values, never as flags. */
const NEGATIVE_NUMBER = /^-(?:\d+|\d*\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Flags in `--kebab-case`, `-x` short forms, `--flag=value`, `--no-flag` for a boolean, `--`
 * before arguments that look like flags. A string flag given no value is ''. A flag given twice
 * is a UsageError.
 */
export function parseCommandLine(given: string[]): ParsedArgs {
	const argv = attachedValuesApart(given);
	let parsed;
	try {
		parsed = meow({
			argv,
			importMeta: import.meta,
			// Given, so meow never searches for package.json; the name is the process title it sets.
			pkg: {name: 'ai-pm-sim'},
			description: false,
			flags: FLAGS,
			// Absent booleans stay absent, so a command can tell "not given" from `--no-x`.
			booleanDefault: undefined,
			autoHelp: false,
			autoVersion: false,
			// Unknown flags are reported by main(), per command and as typed, not by meow's exit.
			allowUnknownFlags: true,
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const typed = typedFlags(argv);
	const values: Record<string, unknown> = {};
	for (const name of FLAG_NAMES) {
		const value = parsed.flags[name];
		// meow reads `--no-focus` as focus: false; only a value of the flag's own type is kept (the
		// typed list reports `--no-focus` as unknown).
		if (typeof value === FLAGS[name].type) values[name] = value;
		// A number flag typed without a value is NaN, so the command's check names it, as for `--count x`.
		else if (FLAGS[name].type === 'number' && value === undefined && typed.some(t => t.flag === name)) values[name] = Number.NaN;
	}
	return {flags: values as Flags, input: parsed.input, typed};
}

/** A one-letter flag group as meow reads it: letters up to a `=`, a number or a sign. */
function isShortGroup(arg: string): boolean {
	return arg.startsWith('-') && !arg.startsWith('--') && arg !== '-' && !NEGATIVE_NUMBER.test(arg);
}

/**
 * `-fevaluation` and `-yfethics` as getopt reads them: the letters after a one-letter flag that
 * takes a value are its value. meow would read every letter as a flag (`-fevaluation` contains
 * `-v`, so it printed the version). Split apart here, they read as `-f evaluation`.
 */
function attachedValuesApart(argv: string[]): string[] {
	const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
	return argv.flatMap((arg, index) => {
		if (index >= end || !isShortGroup(arg)) return [arg];
		const letters = /^-([a-zA-Z]*)/.exec(arg)![1]!;
		const at = [...letters].findIndex(letter => {
			const flag = BY_SHORT.get(letter);
			return flag !== undefined && FLAGS[flag].type !== 'boolean';
		});
		// A value given with `=` (or nothing after the flag) is already read right.
		const value = at === -1 ? '' : arg.slice(at + 2);
		return value === '' || value.startsWith('=') ? [arg] : [arg.slice(0, at + 2), value];
	});
}

/**
 * The flags in `argv` as typed, so an error names what the user wrote (`-f`, `--no-save`), not
 * meow's camelCase key. Follows meow's reading: before `--`, every argument that starts with a
 * dash and is not a negative number is a flag, never a value; `-abc` is three flags up to a `=`,
 * a number or a sign.
 */
function typedFlags(argv: string[]): TypedFlag[] {
	const typed: TypedFlag[] = [];
	for (const arg of argv) {
		if (arg === '--') break;
		if (!arg.startsWith('--') && !isShortGroup(arg)) continue;
		if (arg.startsWith('--')) {
			const option = arg.slice(2).split('=')[0]!;
			const negated = option.startsWith('no-') ? BY_OPTION.get(option.slice(3)) : undefined;
			const flag = BY_OPTION.get(option) ?? (negated && FLAGS[negated].type === 'boolean' ? negated : null);
			typed.push({flag, typed: `--${option}`});
			continue;
		}
		const letters = arg.slice(1);
		for (let i = 0; i < letters.length; i++) {
			const letter = letters[i]!;
			typed.push({flag: BY_SHORT.get(letter) ?? null, typed: `-${letter}`});
			const rest = letters.slice(i + 1);
			if (rest === '' || rest.startsWith('=') || /^-?\d/.test(rest) || /^\W/.test(rest)) break;
		}
	}
	return typed;
}
