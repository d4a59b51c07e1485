import {createContext, useCallback, useEffect, useMemo, useRef, type ReactNode} from 'react';
import {useStdin, useStdout} from 'ink';
import {emptyKey, normalizePaste, splitChunk, type Key} from './parse.js';

export type KeypressHandler = (input: string, key: Key) => void;

type Registry = {
	subscribe(handler: {current: KeypressHandler}): () => void;
};

export const KeypressContext = createContext<Registry | null>(null);

const PASTE_START = '\u001B[200~';
const PASTE_END = '\u001B[201~';
export const ENABLE_BRACKETED_PASTE = '\u001B[?2004h';
export const DISABLE_BRACKETED_PASTE = '\u001B[?2004l';

type Props = {
	children: ReactNode;
	/** Ask the terminal to mark pastes (ESC[200~ … ESC[201~); turned off again on unmount. */
	bracketedPaste?: boolean;
};

/**
 * The only place that reads keys. Ink splits stdin into events (text runs and escape
 * sequences); this turns them into (input, key) pairs for every active `useKeypress`.
 * A bracketed paste is collected whole and delivered once, with `key.paste` set and its
 * newlines kept, so it can never submit.
 */
export function KeypressProvider({children, bracketedPaste = false}: Props) {
	const {internal_eventEmitter: emitter, setRawMode, isRawModeSupported} = useStdin();
	const {stdout} = useStdout();
	const handlers = useRef(new Set<{current: KeypressHandler}>());
	const paste = useRef<string[] | null>(null);

	const dispatch = useCallback((input: string, key: Key) => {
		for (const handler of [...handlers.current]) handler.current(input, key);
	}, []);

	useEffect(() => {
		if (!isRawModeSupported) return;
		setRawMode(true);
		return () => setRawMode(false);
	}, [isRawModeSupported, setRawMode]);

	useEffect(() => {
		if (!bracketedPaste || !stdout.isTTY) return;
		stdout.write(ENABLE_BRACKETED_PASTE);
		const off = () => stdout.write(DISABLE_BRACKETED_PASTE);
		process.once('exit', off);
		return () => {
			process.removeListener('exit', off);
			off();
		};
	}, [bracketedPaste, stdout]);

	useEffect(() => {
		const onInput = (data: string) => {
			if (data === PASTE_START) {
				paste.current = [];
				return;
			}
			if (paste.current) {
				if (data === PASTE_END) {
					const text = normalizePaste(paste.current.join(''));
					paste.current = null;
					if (text) dispatch(text, {...emptyKey(), paste: true});
					return;
				}
				// Escape sequences inside a paste are dropped; text is kept as is.
				if (!data.startsWith('\u001B')) paste.current.push(data);
				return;
			}
			if (data === PASTE_END) return;
			for (const {input, key} of splitChunk(data)) dispatch(input, key);
		};
		emitter.on('input', onInput);
		return () => {
			emitter.removeListener('input', onInput);
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
