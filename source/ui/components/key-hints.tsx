import {Text} from './text.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {columnsOf, packItems} from '../../core/util/wrap.js';
import type {Binding} from '../keys/bindings.js';

/** A key and what it does; `optional` hints are left out first when the line is too narrow. */
export type Hint = [key: string, action: string, optional?: 'optional'];

const SEPARATOR = ' · ';

/** The hint for a key of the binding table; `does` overrides what it says where the screen knows better. */
export function hintOf(binding: Binding, does?: string): Hint {
	const text = does ?? binding.hint.does;
	return binding.optional ? [binding.hint.keys, text, 'optional'] : [binding.hint.keys, text];
}

/**
 * The hints that fit on one line of `width`: optional ones are dropped from the right first;
 * when even the rest do not fit, they are packed onto several lines, never split inside a hint.
 */
export function hintLines(hints: Hint[], width: number): string[] {
	const text = (list: Hint[]) => list.map(([key, action]) => `${key} ${action}`);
	let shown = [...hints];
	const fits = (list: Hint[]) => columnsOf(text(list).join(SEPARATOR)) <= width;
	for (let i = shown.length - 1; i >= 0 && !fits(shown); i--) {
		if (shown[i]![2] === 'optional') shown = [...shown.slice(0, i), ...shown.slice(i + 1)];
	}
	return packItems(text(shown), width, SEPARATOR);
}

/** The line of keys at the bottom of every screen: "Enter start · ↑↓ move · q quit". */
export function KeyHints({hints, width}: {hints: Hint[]; width?: number}) {
	const {columns} = useTerminalSize();
	return <Text dimColor>{hintLines(hints, width ?? columns).join('\n')}</Text>;
}
