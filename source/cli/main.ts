import {COMMANDS, findCommand} from './commands/index.js';
import type {CommandContext, CommandHandler} from './commands/types.js';
import {COMMON_FLAGS, type FlagName} from './flags.js';
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
  --resume            continue the latest unfinished session
  --questions DIR     also load scripts from DIR
  --data-dir DIR      where settings and sessions live
  --offline           use the built-in interviewer even when an API key is set
  --model NAME        the LLM model (an OpenAI-compatible server)
  --base-url URL      an OpenAI-compatible server
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
	let parsed;
	try {
		parsed = (await import('./parse-args.js')).parseCommandLine(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		writeLine(io.stderr, `ai-pm-sim: ${error.message} See \`ai-pm-sim --help\`.`);
		return error.exitCode;
	}
	const {flags, input, typed} = parsed;
	const [name, ...args] = input;
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

	const allowed = new Set<FlagName>([...COMMON_FLAGS, ...(command ? command.flags : APP_FLAGS), 'version']);
	// `--save` is the default, so typing it is harmless anywhere; `--no-save` is not.
	const unknown = typed.filter(t => t.flag === null || (!allowed.has(t.flag) && t.typed !== '--save')).map(t => t.typed);
	if (unknown.length > 0) {
		const where = command ? `\`${command.name}\`` : 'the app';
		const list = [...new Set(unknown)];
		writeLine(
			io.stderr,
			`ai-pm-sim: ${list.join(', ')} ${list.length > 1 ? 'are not options' : 'is not an option'} of ${where}. See \`ai-pm-sim ${command ? `${command.name} ` : ''}--help\`.`,
		);
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
