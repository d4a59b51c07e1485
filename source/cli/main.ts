import {COMMANDS, findCommand} from './commands/index.js';
import type {CommandContext, CommandHandler} from './commands/types.js';
import {COMMON_FLAGS, FLAGS, flagToOption, type FlagName, type Flags} from './flags.js';
import {processIo, UsageError, writeLine, type CommandIo} from './io.js';
import {FOCUS_AREAS} from '../core/taxonomy/index.js';

declare const __VERSION__: string | undefined;

const APP_FLAGS: FlagName[] = ['focus', 'script', 'offline', 'model', 'baseUrl', 'resume', 'level', 'count', 'seed', 'drill'];

function mainHelp(): string {
	const width = Math.max(...COMMANDS.map(c => c.name.length));
	const commands = COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
	const focuses = Object.values(FOCUS_AREAS)
		.map(f => `  ${f.id.padEnd(15)} ${f.trains}`)
		.join('\n');
	return `ai-pm-sim: practise AI product-manager interviews against an interviewer that listens.

Usage
  $ ai-pm-sim                      open the interactive interview
  $ ai-pm-sim --focus evaluation   start straight at the first question
  $ ai-pm-sim <command> [options]

Commands
${commands}

Options
  --focus, -f ID      focus area (below)
  --script, -s ID     a specific script (see \`ai-pm-sim scripts\`)
  --level L           junior, mid (default) or senior: which questions, how many follow-ups
  --count N           opening questions per interview (default 3; 6 for mixed; at most 12)
  --seed N            the same seed plans the same interview (recent history is then ignored)
  --drill             open the three-minute evaluation drill
  --questions DIR     also load scripts from DIR
  --offline           use the built-in interviewer even when an API key is set
  --help, -h          help for the app or a command
  --version, -v       version

Focus areas
${focuses}

Run \`ai-pm-sim <command> --help\` for a command's options.`;
}

function version(): string {
	return typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
}

/** Runs the CLI and resolves to an exit code; never calls process.exit. */
export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
	// The bare command opens the app: nothing to parse, so the parser's load time is not paid.
	if (argv.length === 0) return runHandler((await import('./app.js')).default, {args: [], flags: {save: true}, io});
	const {default: meow} = await import('meow');
	let parsed;
	try {
		parsed = meow({
			importMeta: import.meta,
			// Given, so meow does not search for and read package.json at every start.
			pkg: {name: 'ai-pm-sim', version: version()},
			argv,
			flags: FLAGS,
			autoHelp: false,
			autoVersion: false,
			allowUnknownFlags: true,
			booleanDefault: undefined,
		});
	} catch (error) {
		writeLine(io.stderr, `ai-pm-sim: ${(error as Error).message}`);
		return 2;
	}
	const flags = parsed.flags as Flags;
	const [name, ...args] = parsed.input;
	const command = name === undefined ? undefined : findCommand(name);

	if (flags.version) {
		writeLine(io.stdout, version());
		return 0;
	}
	if (name !== undefined && !command) {
		writeLine(io.stderr, `ai-pm-sim: unknown command "${name}". Commands: ${COMMANDS.map(c => c.name).join(', ')}. See \`ai-pm-sim --help\`.`);
		return 2;
	}
	if (flags.help) {
		writeLine(io.stdout, command ? command.help : mainHelp());
		return 0;
	}

	const allowed = new Set<string>([...COMMON_FLAGS, ...(command ? command.flags : APP_FLAGS), 'version']);
	const shortFlags = new Set<string>(Object.values(FLAGS).flatMap(f => ('shortFlag' in f ? [f.shortFlag] : [])));
	const unknown = Object.keys(parsed.unnormalizedFlags).filter(key => !allowed.has(key) && !shortFlags.has(key) && parsed.unnormalizedFlags[key] !== undefined && !(key === 'save' && parsed.unnormalizedFlags[key] === true));
	if (unknown.length > 0) {
		const where = command ? `\`${command.name}\`` : 'the app';
		const typed = unknown.map(key => (parsed.unnormalizedFlags[key] === false && key in FLAGS && FLAGS[key as FlagName].type === 'boolean' ? `--no-${flagToOption(key).slice(2)}` : flagToOption(key)));
		writeLine(io.stderr, `ai-pm-sim: ${typed.join(', ')} ${typed.length > 1 ? 'are not options' : 'is not an option'} of ${where}. See \`ai-pm-sim ${command ? `${command.name} ` : ''}--help\`.`);
		return 2;
	}

	return runHandler(command ? await command.load() : (await import('./app.js')).default, {args, flags, io});
}

async function runHandler(handler: CommandHandler, context: CommandContext): Promise<number> {
	try {
		return await handler(context);
	} catch (error) {
		if (error instanceof UsageError) {
			writeLine(context.io.stderr, `ai-pm-sim: ${error.message}`);
			return error.exitCode;
		}
		throw error;
	}
}
