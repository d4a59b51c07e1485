import type {CommandSpec} from './types.js';

// Commands load lazily so `--help` and the interactive app do not pay for each other.
export const COMMANDS: CommandSpec[] = [
	{
		name: 'analyze',
		summary: 'Analyze one answer to one question',
		help: `Usage
  $ ai-pm-sim analyze --focus F --question "TEXT" [--answer-file FILE] [--json]

The answer is read from --answer-file, --answer "TEXT" or standard input.

Example
  $ echo "We'd track NPS and DAU." | ai-pm-sim analyze --focus evaluation \\
      --question "How would you know a smart-reply feature works?" --json`,
		flags: ['focus', 'question', 'answer', 'answerFile', 'json'],
		load: async () => (await import('./analyze.js')).default,
	},
	{
		name: 'run',
		summary: 'Play a whole session from a file of answers, without the terminal UI',
		help: `Usage
  $ ai-pm-sim run (--focus F | --script ID) --answers FILE [--json] [--seed N] [--no-save]

FILE is a JSON array of answers, or plain text with answers separated by lines of ---.
The session ends when the answers run out. "/skip" as an answer skips that question.

Example
  $ ai-pm-sim run --focus evaluation --answers answers.txt --json`,
		flags: ['focus', 'script', 'answers', 'json', 'seed', 'save', 'offline', 'model', 'baseUrl'],
		load: async () => (await import('./run.js')).default,
	},
	{
		name: 'scripts',
		summary: 'List interview scripts, or validate a script file or folder',
		help: `Usage
  $ ai-pm-sim scripts [--json]
  $ ai-pm-sim scripts --validate PATH

Example
  $ ai-pm-sim scripts --validate my-questions/`,
		flags: ['json', 'validate'],
		load: async () => (await import('./scripts.js')).default,
	},
];

export function findCommand(name: string): CommandSpec | undefined {
	return COMMANDS.find(command => command.name === name);
}
