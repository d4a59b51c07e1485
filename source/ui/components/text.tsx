import {Text as InkText} from 'ink';
import type {ComponentProps, ReactNode} from 'react';
import {safeText} from '../../core/text/sanitize.js';

/** Strings anywhere in the children, cleaned; elements are left alone (a nested Text cleans its own). */
function clean(children: ReactNode): ReactNode {
	if (typeof children === 'string') return safeText(children);
	if (Array.isArray(children)) return children.map(child => clean(child as ReactNode));
	return children;
}

/**
 * Ink's Text, with control sequences removed from its strings. Ink keeps OSC sequences in text on
 * purpose (hyperlinks), so an OSC 52 in a follow-up or a script would reach the terminal; every
 * screen imports Text from here, which makes this the one place untrusted text enters the view.
 */
export function Text({children, ...props}: ComponentProps<typeof InkText>) {
	return <InkText {...props}>{clean(children)}</InkText>;
}
