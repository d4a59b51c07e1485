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
                 [--level junior|mid|senior] [--count N]

FILE is a JSON array of answers, or plain text with answers separated by lines of ---.
The session ends when the answers run out. An answer of "/skip" skips that question and
"/end" ends the session there; "/hint" and "/help" are ignored.

Options
  --level L     junior, mid (default) or senior: which questions, and 1, 2 or 3 follow-ups each
  --count N     opening questions (default 3 for a focus, 6 for mixed; at most 12)
  --seed N      the same seed plans the same questions; without one, questions from your
                recent sessions are asked last

Example
  $ ai-pm-sim run --focus evaluation --answers answers.txt --json`,
		flags: ['focus', 'script', 'answers', 'json', 'seed', 'level', 'count', 'save', 'offline', 'model', 'baseUrl'],
		load: async () => (await import('./run.js')).default,
	},
	{
		name: 'drill',
		summary: 'The evaluation drill without the clock: check a written answer',
		help: `Usage
  $ ai-pm-sim drill [--feature ID] [--answer-file FILE | --answer "TEXT"] [--json] [--seed N]

Name about 3 quality criteria for an AI feature, a test set of about 50 real examples, and a
threshold for each. Prints the check of each part and a strong version for the same feature.
Without --feature one is picked at random (the same one for the same --seed); an unknown id
lists them all. Without an answer on a terminal, prints the task. The timed version is
\`ai-pm-sim --drill\`.

Example
  $ ai-pm-sim drill --feature smart-replies --answer-file my-answer.txt`,
		flags: ['feature', 'answer', 'answerFile', 'json', 'seed'],
		load: async () => (await import('./drill.js')).default,
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
	{
		name: 'history',
		summary: 'List past sessions and your score trend; delete or clear them',
		help: `Usage
  $ ai-pm-sim history [--focus F] [--json]
  $ ai-pm-sim history --delete ID
  $ ai-pm-sim history --clear [--yes]

Shows every saved session (date, focus, engine, score, time, status, id) and how the
overall score and each dimension moved across sessions.

Options
  --focus, -f ID    only sessions of this focus area
  --json            print {"sessions": [...], "trend": {...}}
  --delete ID       delete one session (any unique start of its id)
  --clear           delete every session; asks first, or needs --yes when not on a terminal
  --data-dir DIR    where sessions and settings live (also AI_PM_SIM_DATA_DIR)

Example
  $ ai-pm-sim history --focus evaluation`,
		flags: ['json', 'focus', 'delete', 'clear', 'yes'],
		load: async () => (await import('./history.js')).default,
	},
	{
		name: 'replay',
		summary: 'Replay a saved session turn by turn, or export it as a report',
		help: `Usage
  $ ai-pm-sim replay <id|latest> [--markdown | --json] [--out FILE]

Prints each question (and why a follow-up was asked), your answer, the weaknesses found
with the words that showed them, the scores, then the recap.

Options
  --markdown        a shareable report in Markdown
  --json            the saved session record
  --out, -o FILE    write to FILE instead of standard output
  --data-dir DIR    where sessions live (also AI_PM_SIM_DATA_DIR)

Example
  $ ai-pm-sim replay latest --markdown --out interview.md`,
		flags: ['json', 'markdown', 'out'],
		load: async () => (await import('./replay.js')).default,
	},
	{
		name: 'config',
		summary: 'Show or change settings (default focus, engine, model, API key, base URL)',
		help: `Usage
  $ ai-pm-sim config [list] [--json]
  $ ai-pm-sim config get KEY
  $ ai-pm-sim config set KEY VALUE
  $ ai-pm-sim config unset KEY
  $ ai-pm-sim config path

Keys
  defaultFocus   focus area to start with (product-sense, evaluation, technical,
                 experience, ethics, prioritization, mixed)
  engine         auto (LLM when a key is set), offline or llm
  model          LLM model name
  apiKey         LLM API key; never printed in full. "set apiKey -" reads it from stdin
  baseUrl        an OpenAI-compatible endpoint, http(s)://...
  lastFocus      remembered by the app

Example
  $ ai-pm-sim config set defaultFocus evaluation`,
		flags: ['json'],
		load: async () => (await import('./config.js')).default,
	},
];

export function findCommand(name: string): CommandSpec | undefined {
	return COMMANDS.find(command => command.name === name);
}
