import {useContext, useEffect, useLayoutEffect, useRef} from 'react';
import {KeypressContext, PRIORITY, type KeypressHandler} from './keypress-context.js';

export type {Key} from './parse.js';
export type {KeypressHandler} from './keypress-context.js';
export {PRIORITY} from './keypress-context.js';

function useRegistry() {
	const registry = useContext(KeypressContext);
	if (!registry) throw new Error('useKeypress must be used inside <KeypressProvider>');
	return registry;
}

/**
 * Subscribe to keys from the surrounding KeypressProvider while `isActive`. Handlers of a higher
 * `priority` see a key first; one that returns true consumes it. A text field says `text: true`
 * to get a run of typed text in one piece (other handlers get it one key at a time). The latest handler is always
 * called (no stale closures), and changing it never re-subscribes.
 */
export function useKeypress(handler: KeypressHandler, options: {isActive: boolean; priority?: number; text?: boolean}): void {
	const registry = useRegistry();
	const ref = useRef(handler);
	useLayoutEffect(() => {
		ref.current = handler;
	});
	const priority = options.priority ?? PRIORITY.screen;
	const text = options.text ?? false;
	useEffect(() => {
		if (!options.isActive) return;
		return registry.subscribe({handler: ref, priority, text});
	}, [registry, options.isActive, priority, text]);
}

/** While `active` (a screen still loading), keys wait for the screen that comes next; Ctrl+C does not. */
export function useHoldKeys(active: boolean): void {
	const registry = useRegistry();
	useEffect(() => {
		if (!active) return;
		return registry.hold();
	}, [registry, active]);
}
