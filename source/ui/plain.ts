import {createContext, useContext} from 'react';

/**
 * True under NO_COLOR (or a terminal without colours): components then print no colour at all.
 * Bold, dim and inverse stay: they are not colours, and every meaning is also in a mark or word.
 */
export const PlainContext = createContext(false);

/** The colour to use, or none when the app is plain. */
export function useColor<T extends string | undefined>(color: T): T | undefined {
	return useContext(PlainContext) ? undefined : color;
}
