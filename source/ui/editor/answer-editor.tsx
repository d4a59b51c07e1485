import {useReducer, useRef} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import {useKeypress, type Key} from '../keys/use-keypress.js';
import {answeringAction} from '../keys/bindings.js';
import * as B from './buffer.js';

export type AnswerEditorProps = {
	isActive: boolean;
	/** Text to start with (e.g. a restored draft). Changing `resetKey` loads it again. */
	initialText?: string;
	resetKey?: string | number;
	/** Columns available for text. */
	width: number;
	/** Lines shown at most; the rest is summarised as "… N lines above". */
	maxLines?: number;
	placeholder?: string;
	/** No colour: draw the cursor as a mark instead of inverse video. */
	plain?: boolean;
	onSubmit(text: string): void;
	/** Enter on an answer with nothing in it. */
	onEmptySubmit?(): void;
	onChange?(text: string): void;
	/** Opens an external editor on the text; resolves to the new text, or null to keep the old one. */
	onExternalEdit?(text: string): Promise<string | null>;
};

/**
 * A multi-line answer editor. The text lives in a ref, so every key and every paste chunk
 * is applied to the latest text even when several arrive before React renders.
 */
export function AnswerEditor({
	isActive,
	initialText = '',
	resetKey,
	width,
	maxLines = 10,
	placeholder,
	plain = false,
	onSubmit,
	onEmptySubmit,
	onChange,
	onExternalEdit,
}: AnswerEditorProps) {
	const buffer = useRef<B.EditorBuffer>(B.bufferOf(initialText));
	const loadedKey = useRef(resetKey);
	const externalBusy = useRef(false);
	const [, rerender] = useReducer((n: number) => n + 1, 0);

	if (loadedKey.current !== resetKey) {
		loadedKey.current = resetKey;
		buffer.current = B.bufferOf(initialText);
	}

	const apply = (next: B.EditorBuffer) => {
		if (next === buffer.current) return;
		const changed = next.text !== buffer.current.text;
		buffer.current = next;
		rerender();
		if (changed) onChange?.(next.text);
	};

	const moveOrEdit = (b: B.EditorBuffer, key: Key): B.EditorBuffer => {
		if (key.backspace) return B.backspace(b);
		if (key.delete) return B.deleteForward(b);
		if (key.leftArrow) return B.left(b);
		if (key.rightArrow) return B.right(b);
		if (key.upArrow) return B.verticalMove(b, -1);
		if (key.downArrow) return B.verticalMove(b, 1);
		if (key.home) return B.lineStart(b);
		return B.lineEnd(b);
	};

	useKeypress(
		(input: string, key: Key) => {
			if (externalBusy.current) return;
			const b = buffer.current;
			if (key.paste) return apply(B.insert(b, input));
			switch (answeringAction(input, key)) {
				case 'submit':
					if (b.text.trim()) onSubmit(b.text);
					else onEmptySubmit?.();
					return;
				case 'newLine':
					return apply(B.insert(b, '\n'));
				case 'clear':
					return apply(B.emptyBuffer);
				case 'edit':
					return apply(moveOrEdit(b, key));
				case 'externalEditor':
					if (!onExternalEdit) return;
					externalBusy.current = true;
					void onExternalEdit(b.text)
						.then(result => {
							if (result !== null) apply(B.bufferOf(result));
						})
						.finally(() => {
							externalBusy.current = false;
						});
					return;
				case 'cancel':
				case 'quit':
					return;
				case null:
					if (key.ctrl && input === 'a') return apply(B.lineStart(b));
					if (key.ctrl || key.meta || key.tab || key.pageUp || key.pageDown || key.return) return;
					if (input) apply(B.insert(b, input));
			}
		},
		{isActive, text: true},
	);

	const b = buffer.current;
	if (!b.text && placeholder) {
		return (
			<Box>
				<Cursor char=" " plain={plain} visible={isActive} />
				<Text dimColor>{placeholder}</Text>
			</Box>
		);
	}
	// One column is kept free so the cursor fits after a full line.
	const view = B.viewport(b, Math.max(8, width - 1), maxLines);
	return (
		<Box flexDirection="column">
			{view.above > 0 && <Text dimColor>{`… ${view.above} line${view.above === 1 ? '' : 's'} above`}</Text>}
			{view.lines.map((line, i) => {
				const shown = line.text.replace(/\t/g, ' ');
				if (i !== view.cursorRow || !isActive) return <Text key={line.start}>{shown || ' '}</Text>;
				const at = view.cursorColumn;
				const code = shown.codePointAt(at);
				const char = code === undefined ? '' : String.fromCodePoint(code);
				return (
					<Text key={line.start}>
						{shown.slice(0, at)}
						<Cursor char={char || ' '} plain={plain} visible />
						{shown.slice(at + char.length)}
					</Text>
				);
			})}
			{view.below > 0 && <Text dimColor>{`… ${view.below} line${view.below === 1 ? '' : 's'} below`}</Text>}
		</Box>
	);
}

function Cursor({char, plain, visible}: {char: string; plain: boolean; visible: boolean}) {
	if (!visible) return <Text>{char}</Text>;
	if (plain) return <Text>{char === ' ' ? '_' : `|${char}`}</Text>;
	return <Text inverse>{char}</Text>;
}
