import {constants} from 'node:os';

export const TERMINATION_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type TerminationSignal = (typeof TERMINATION_SIGNALS)[number];

/** A save that hangs (a dead disk, a stuck network folder) must not keep a killed app alive. */
const LAST_WORDS_MS = 3000;

/**
 * On SIGINT, SIGTERM or SIGHUP: runs `lastWords` (save, restore the terminal), then exits with
 * 128 + the signal number as a shell expects. Signals that arrive meanwhile are ignored: a
 * dependency's exit hook re-sends the signal to this process at once, which must not cut the
 * save short; the time limit bounds the wait instead. Returns a function that removes the handlers.
 */
export function onTermination(lastWords: (signal: TerminationSignal) => Promise<void>): () => void {
	let stopping = false;
	const handlers = TERMINATION_SIGNALS.map(signal => {
		const handler = () => {
			if (stopping) return;
			stopping = true;
			const code = 128 + constants.signals[signal];
			const timer = setTimeout(() => process.exit(code), LAST_WORDS_MS);
			void lastWords(signal)
				.catch(() => undefined)
				.finally(() => {
					clearTimeout(timer);
					process.exit(code);
				});
		};
		process.on(signal, handler);
		return [signal, handler] as const;
	});
	return () => {
		// Once a signal is being handled the handlers stay: a re-sent signal must still be caught.
		if (stopping) return;
		for (const [signal, handler] of handlers) process.off(signal, handler);
	};
}
