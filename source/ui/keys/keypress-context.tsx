import {createContext, useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, type ReactNode} from 'react';
import {useInput, usePaste, useStdin, type Key as InkKey} from 'ink';
import {emptyKey, normalizePaste, parseKeySequence, splitChunk, toCsiU, type Key, type ParsedKey} from './parse.js';
import {ANSWERING} from './bindings.js';

/** Return true to consume the key: handlers of lower priority then do not see it. */
export type KeypressHandler = (input: string, key: Key) => boolean | void;

/** `text`: the handler is a text field, which takes a run of typed text in one piece. */
export type Subscription = {handler: {current: KeypressHandler}; priority: number; text: boolean};

type Registry = {
	subscribe(subscription: Subscription): () => void;
	/** While any hold is on, keys wait (in order) for the screen that is on its way. */
	hold(): () => void;
};

export const KeypressContext = createContext<Registry | null>(null);

/** Priorities: a confirmation or modal takes keys before the screen under it; the app's quit key first. */
export const PRIORITY = {screen: 0, modal: 10, app: 20} as const;

/** Re-sent after an external editor, which leaves the terminal with paste marking off. */
export const ENABLE_BRACKETED_PASTE = '\u001B[?2004h';

const NAMED_KEYS = ['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageUp', 'pageDown', 'home', 'end', 'return', 'escape', 'tab', 'backspace', 'delete'] as const;

const isQuitKey = ({input, key}: ParsedKey) => ANSWERING.quit.match(input, key);

/**
 * Ink's key for one of its input events, split further where Ink passes a run of text: keys
 * typed faster than they are read arrive as one run ("n2Hello", "hello⏎"), and each is its own key.
 */
function keysOf(input: string, inkKey: InkKey): ParsedKey[] {
	const named = NAMED_KEYS.some(name => inkKey[name]);
	// A named key carries no text (Ink passes Enter's "\r" along); Ctrl or Alt with a letter keeps the letter.
	if (named) return [{input: '', key: {...emptyKey(), ...inkKey}}];
	if (inkKey.ctrl || inkKey.meta) return [{input, key: {...emptyKey(), ...inkKey}}];
	return splitChunk(input);
}

/**
 * The only place that reads keys. Ink parses stdin into key events (useInput) and collects a
 * bracketed paste into one event (usePaste); this hands them to every active `useKeypress`, the
 * highest priority first, until one consumes the key. A paste is delivered once, with `key.paste`
 * set and its newlines kept, so it can never submit.
 *
 * Keys are delivered one at a time: after a key, the next waits until React has drawn what that
 * key did, so a key that opens a screen is followed by keys that reach the new screen (and
 * while a screen is loading it holds keys until it is there).
 */
export function KeypressProvider({children}: {children: ReactNode}) {
	const {stdin} = useStdin();
	const subscriptions = useRef<Subscription[]>([]);
	const queue = useRef<ParsedKey[]>([]);
	const holds = useRef(0);
	const waiting = useRef(false);
	const [drawn, redraw] = useReducer((n: number) => n + 1, 0);

	const dispatch = useCallback(({input, key}: ParsedKey) => {
		for (const {handler} of [...subscriptions.current]) {
			if (handler.current(input, key) === true) return;
		}
	}, []);

	const drain = useCallback(() => {
		if (waiting.current || holds.current > 0) return;
		let next = queue.current.shift();
		if (!next) return;
		if (next.typed && !subscriptions.current.some(s => s.text)) {
			// No text field to take the run: its first character is a key, the rest waits for what it does.
			const [first = '', ...rest] = next.input;
			if (rest.length > 0) queue.current.unshift({...next, input: rest.join('')});
			next = parseKeySequence(first);
		}
		dispatch(next);
		waiting.current = true;
		redraw();
	}, [dispatch]);

	const push = useCallback(
		(keys: ParsedKey[]) => {
			for (const parsed of keys) {
				// Quitting never waits for a screen that is still loading.
				if (holds.current > 0 && isQuitKey(parsed)) dispatch(parsed);
				else queue.current.push(parsed);
			}
			drain();
		},
		[dispatch, drain],
	);

	// Runs after the children's effects of the same commit, so a new screen has subscribed.
	useEffect(() => {
		waiting.current = false;
		drain();
	}, [drawn, drain]);

	// xterm's modifyOtherKeys form of a modified Enter (ESC[27;2;13~) names no key Ink knows, and
	// Ink drops it; rewritten to the CSI-u form (ESC[13;2u), Ink reads it as Shift+Enter.
	useLayoutEffect(() => {
		const original = stdin.read;
		stdin.read = function (this: typeof stdin, ...args: Parameters<typeof original>) {
			const chunk: unknown = original.apply(this, args);
			return typeof chunk === 'string' ? toCsiU(chunk) : chunk;
		} as typeof original;
		return () => {
			stdin.read = original;
		};
	}, [stdin]);

	useInput((input, key) => push(keysOf(input, key)));
	usePaste(text => {
		const pasted = normalizePaste(text);
		if (pasted) push([{input: pasted, key: {...emptyKey(), paste: true}}]);
	});

	const registry = useMemo<Registry>(
		() => ({
			subscribe(subscription) {
				// Stable order: higher priority first, then in the order handlers subscribed.
				const list = [...subscriptions.current, subscription];
				subscriptions.current = list.sort((a, b) => b.priority - a.priority);
				return () => {
					subscriptions.current = subscriptions.current.filter(s => s !== subscription);
				};
			},
			hold() {
				holds.current++;
				return () => {
					holds.current--;
					// Released by a commit: let the keys through once the new screen has subscribed.
					redraw();
				};
			},
		}),
		[],
	);

	return <KeypressContext.Provider value={registry}>{children}</KeypressContext.Provider>;
}
