import {useReducer, useRef} from 'react';
import {Text} from './text.js';
import {useKeypress} from '../keys/use-keypress.js';
import * as B from '../editor/buffer.js';

export type LineInputProps = {
	isActive: boolean;
	initialValue?: string;
	/** Show each character as • (for secrets); the value is never drawn. */
	mask?: boolean;
	placeholder?: string;
	onSubmit(value: string): void;
	onCancel(): void;
};

/** A single-line field on the shared keypress owner. Newlines in a paste are dropped. */
export function LineInput({isActive, initialValue = '', mask = false, placeholder, onSubmit, onCancel}: LineInputProps) {
	const buffer = useRef(B.bufferOf(initialValue));
	const [, rerender] = useReducer((n: number) => n + 1, 0);
	const apply = (next: B.EditorBuffer) => {
		buffer.current = next;
		rerender();
	};
	useKeypress(
		(input, key) => {
			const b = buffer.current;
			if (key.paste) return apply(B.insert(b, input.replace(/\n/g, '').trim()));
			if (key.return) return onSubmit(b.text.trim());
			if (key.escape) return onCancel();
			if (key.backspace) return apply(B.backspace(b));
			if (key.delete) return apply(B.deleteForward(b));
			if (key.leftArrow) return apply(B.left(b));
			if (key.rightArrow) return apply(B.right(b));
			if (key.home) return apply({...b, cursor: 0});
			if (key.end) return apply({...b, cursor: b.text.length});
			if (key.ctrl && input === 'u') return apply(B.emptyBuffer);
			if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow) return;
			if (input) apply(B.insert(b, input));
		},
		{isActive, text: true},
	);
	const {text, cursor} = buffer.current;
	if (!text && placeholder) {
		return (
			<Text>
				<Text inverse> </Text>
				<Text dimColor>{placeholder}</Text>
			</Text>
		);
	}
	const shown = mask ? '•'.repeat(text.length) : text;
	return (
		<Text>
			{shown.slice(0, cursor)}
			<Text inverse>{shown.slice(cursor, cursor + 1) || ' '}</Text>
			{shown.slice(cursor + 1)}
		</Text>
	);
}
