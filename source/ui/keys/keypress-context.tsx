import type {EventEmitter} from 'node:events';
import {createContext, useCallback, useEffect, useMemo, useRef, type ReactNode} from 'react';
import {useStdin} from 'ink';
import {emptyKey, normalizePaste, splitChunk, type Key} from './parse.js';

export type KeypressHandler = (input: string, key: Key) => void;

type Registry = {
	subscribe(handler: {current: KeypressHandler}): () => void;
};

export const KeypressContext = createContext<Registry | null>(null);


type Props = {
	children: ReactNode;
	/** Ask the terminal to mark pastes (ESC[200~ … ESC[201~); turned off again on unmount. */
	bracketedPaste?: boolean;
};

/** Re-sent after an external editor, which leaves the terminal with paste marking off. */
export const ENABLE_BRACKETED_PASTE = '\u001B[?2004h';

/** Ink's stdin context also carries the emitter its input parser writes to; it is not in the public type. */
type StdinWithEmitter = ReturnType<typeof useStdin> & {
	internal_eventEmitter: EventEmitter;
	setBracketedPasteMode: (enabled: boolean) => void;
};

/**
 * The only place that reads keys. Ink splits stdin into events (text runs and escape
 * sequences) and collects a bracketed paste into one 'paste' event; this turns them into
 * (input, key) pairs for every active `useKeypress`. A paste is delivered once, with
 * `key.paste` set and its newlines kept, so it can never submit.
 */
export function KeypressProvider({children, bracketedPaste = false}: Props) {
	const {internal_eventEmitter: emitter, setRawMode, setBracketedPasteMode, isRawModeSupported} = useStdin() as StdinWithEmitter;
	const handlers = useRef(new Set<{current: KeypressHandler}>());

	const dispatch = useCallback((input: string, key: Key) => {
		for (const handler of [...handlers.current]) handler.current(input, key);
	}, []);

	useEffect(() => {
		if (!isRawModeSupported) return;
		setRawMode(true);
		return () => setRawMode(false);
	}, [isRawModeSupported, setRawMode]);

	// Ink writes the terminal's paste-mode switch (only on a TTY) and turns it off on exit.
	useEffect(() => {
		if (!bracketedPaste) return;
		setBracketedPasteMode(true);
		return () => setBracketedPasteMode(false);
	}, [bracketedPaste, setBracketedPasteMode]);

	useEffect(() => {
		const onInput = (data: string) => {
			for (const {input, key} of splitChunk(data)) dispatch(input, key);
		};
		const onPaste = (data: string) => {
			const text = normalizePaste(data);
			if (text) dispatch(text, {...emptyKey(), paste: true});
		};
		emitter.on('input', onInput);
		emitter.on('paste', onPaste);
		return () => {
			emitter.removeListener('input', onInput);
			emitter.removeListener('paste', onPaste);
		};
	}, [emitter, dispatch]);

	const registry = useMemo<Registry>(
		() => ({
			subscribe(handler) {
				handlers.current.add(handler);
				return () => {
					handlers.current.delete(handler);
				};
			},
		}),
		[],
	);

	return <KeypressContext.Provider value={registry}>{children}</KeypressContext.Provider>;
}
