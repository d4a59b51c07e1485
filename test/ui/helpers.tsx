import {act, type ReactElement} from 'react';
import {render} from 'ink-testing-library';
import {KeypressProvider, useKeypress} from '../../source/ui/keys/index.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
// The testing library's stdout has columns but no rows, so Ink asks the real terminal for
// its size by spawning `tput` on every frame (about 60 ms each). A fixed size keeps the
// tests fast and the same whatever terminal runs them.
process.env['COLUMNS'] ??= '100';
process.env['LINES'] ??= '24';

export const KEYS = {
	enter: '\r',
	ctrlJ: '\n',
	backspace: '\u007F',
	left: '\u001B[D',
	right: '\u001B[C',
	up: '\u001B[A',
	down: '\u001B[B',
	home: '\u001B[H',
	end: '\u001B[F',
	esc: '\u001B',
	ctrlC: '\u0003',
	ctrlU: '\u0015',
	ctrlE: '\u0005',
	altEnter: '\u001B\r',
	pasteStart: '\u001B[200~',
	pasteEnd: '\u001B[201~',
} as const;

export type Ui = ReturnType<typeof render> & {
	/** Writes to stdin inside act(), so React has rendered when it resolves. */
	write(data: string): Promise<void>;
	/** Writes several chunks inside one act(): they all arrive before React renders. */
	writeAll(chunks: string[]): Promise<void>;
	/** Types text one character at a time. */
	type(text: string): Promise<void>;
	frame(): string;
	unmount(): void;
	/** Runs a state change (e.g. a fake session update) inside act(). */
	act(change: () => void): Promise<void>;
};

const mounted: Array<() => void> = [];

/**
 * Ink holds a lone trailing ESC for a moment to tell Esc from the start of a sequence;
 * the probe lets a write wait for that key to be delivered instead of sleeping.
 */
function escapeProbe() {
	let waiters: Array<() => void> = [];
	function Probe() {
		useKeypress(
			(_input, key) => {
				if (!key.escape) return;
				const ready = waiters;
				waiters = [];
				for (const resolve of ready) resolve();
			},
			{isActive: true},
		);
		return null;
	}
	return {Probe, next: () => new Promise<void>(resolve => waiters.push(resolve))};
}

/** Renders inside a KeypressProvider, with every update wrapped in act(). */
export function renderUi(tree: ReactElement): Ui {
	let r!: ReturnType<typeof render>;
	const probe = escapeProbe();
	act(() => {
		r = render(
			<KeypressProvider>
				<probe.Probe />
				{tree}
			</KeypressProvider>,
		);
	});
	const send = async (chunks: string[]) => {
		const escape = chunks.at(-1)?.endsWith('\u001B') ? probe.next() : null;
		await act(async () => {
			for (const chunk of chunks) r.stdin.write(chunk);
			await escape;
		});
	};
	const unmount = () => act(() => r.unmount());
	mounted.push(unmount);
	return {
		...r,
		unmount,
		write: async (data: string) => send([data]),
		writeAll: send,
		async type(text: string) {
			for (const char of text) {
				await act(async () => {
					r.stdin.write(char);
				});
			}
		},
		frame: () => r.lastFrame() ?? '',
		async act(change: () => void) {
			await act(async () => {
				change();
			});
		},
	};
}

/** Unmounts everything rendered by renderUi (call from afterEach). */
export function cleanupUi(): void {
	while (mounted.length > 0) {
		try {
			mounted.pop()!();
		} catch {
			// already unmounted
		}
	}
}

/** Lets pending promises settle inside act() (no fixed sleeps). */
export async function flush(times = 3): Promise<void> {
	for (let i = 0; i < times; i++) {
		await act(async () => {
			await Promise.resolve();
		});
	}
}

/** Re-checks an assertion after letting the event loop run, up to a deadline. */
export async function waitFor(assertion: () => void, timeoutMs = 3000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			assertion();
			return;
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await act(async () => {
				await new Promise(resolve => setImmediate(resolve));
			});
		}
	}
}
