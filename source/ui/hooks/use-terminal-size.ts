import {useSyncExternalStore} from 'react';
import {useStdout} from 'ink';

type Size = {columns: number; rows: number};
type Stream = NodeJS.WriteStream;

/** One resize listener per output stream, however many components ask for the size. */
type Watch = {size: Size; listeners: Set<() => void>; onResize(): void};
const watches = new WeakMap<Stream, Watch>();

const read = (stdout: Stream): Size => ({columns: stdout.columns || 80, rows: stdout.rows || 24});

function watchOf(stdout: Stream): Watch {
	let watch = watches.get(stdout);
	if (!watch) {
		const created: Watch = {
			size: read(stdout),
			listeners: new Set(),
			onResize() {
				created.size = read(stdout);
				for (const listener of [...created.listeners]) listener();
			},
		};
		watch = created;
		watches.set(stdout, watch);
	}
	return watch;
}

/**
 * Columns and rows, updated on resize. Falls back to 80x24. Not Ink's useWindowSize: that adds a
 * resize listener per component (a screen of paragraphs passes Node's limit of ten and prints a
 * warning over the UI), and without a row count it asks the terminal by spawning `tput`.
 */
export function useTerminalSize(): Size {
	// Ink types its stdout as a plain writable; it is the TTY stream render() was given.
	const stdout = useStdout().stdout as Stream;
	const watch = watchOf(stdout);
	return useSyncExternalStore(
		listener => {
			if (watch.listeners.size === 0) stdout.on('resize', watch.onResize);
			watch.listeners.add(listener);
			return () => {
				watch.listeners.delete(listener);
				if (watch.listeners.size === 0) stdout.off('resize', watch.onResize);
			};
		},
		() => {
			// A size read before the first subscriber may be stale.
			if (watch.listeners.size === 0) watch.size = sameOr(watch.size, read(stdout));
			return watch.size;
		},
	);
}

function sameOr(old: Size, next: Size): Size {
	return old.columns === next.columns && old.rows === next.rows ? old : next;
}
