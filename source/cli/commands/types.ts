import type {CommandIo} from '../io.js';
import type {FlagName, Flags} from '../flags.js';

export type CommandContext = {
	/** Positional arguments after the command name. */
	args: string[];
	flags: Flags;
	io: CommandIo;
};

/** Resolves to the process exit code. Throw UsageError for a one-line user-facing failure. */
export type CommandHandler = (context: CommandContext) => Promise<number>;

export type CommandSpec = {
	name: string;
	summary: string;
	/** Full help text for `ai-pm-sim <name> --help`. */
	help: string;
	flags: FlagName[];
	load: () => Promise<CommandHandler>;
};
