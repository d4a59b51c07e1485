import {main} from './main.js';
import {safeText} from '../core/text/sanitize.js';

// `ai-pm-sim history | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	// A bug, not a usage mistake: one line for the user, the stack only when asked for.
	const detail = process.env['AI_PM_SIM_DEBUG'] ? (error as Error).stack : (error as Error).message;
	process.stderr.write(safeText(`ai-pm-sim: unexpected error: ${detail}\n(set AI_PM_SIM_DEBUG=1 to see where it happened)\n`));
	process.exitCode = 1;
}
