import {useContext, useEffect, useLayoutEffect, useRef} from 'react';
import {KeypressContext, type KeypressHandler} from './keypress-context.js';

export type {Key} from './parse.js';
export type {KeypressHandler} from './keypress-context.js';

/**
 * Subscribe to keys from the surrounding KeypressProvider while `isActive`.
 * The latest handler is always called (no stale closures), and changing it never re-subscribes.
 */
export function useKeypress(handler: KeypressHandler, options: {isActive: boolean}): void {
	const registry = useContext(KeypressContext);
	if (!registry) throw new Error('useKeypress must be used inside <KeypressProvider>');
	const ref = useRef(handler);
	useLayoutEffect(() => {
		ref.current = handler;
	});
	useEffect(() => {
		if (!options.isActive) return;
		return registry.subscribe(ref);
	}, [registry, options.isActive]);
}
