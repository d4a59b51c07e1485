import {Box, Text} from 'ink';
import {FOCUS_AREAS, FOCUS_IDS, type FocusId} from '../../core/taxonomy/index.js';
import {useKeypress} from '../keys/use-keypress.js';
import {useSelection} from '../hooks/use-selection.js';
import {KeyHints} from '../components/key-hints.js';
import {Title} from '../components/title.js';

export type FocusScreenProps = {
	isActive: boolean;
	/** Preselected: the last focus used, else the default from settings. */
	initial?: FocusId;
	onPick(focus: FocusId): void;
	onBack(): void;
};

export function FocusScreen({isActive, initial, onPick, onBack}: FocusScreenProps) {
	const {selected, current, move} = useSelection(FOCUS_IDS.length, Math.max(0, initial ? FOCUS_IDS.indexOf(initial) : 0));

	useKeypress(
		(input, key) => {
			if (key.upArrow) return move(-1);
			if (key.downArrow || key.tab) return move(1);
			if (key.return) return onPick(FOCUS_IDS[current()]!);
			if (key.escape || input === 'q') return onBack();
			const digit = Number(input);
			if (Number.isInteger(digit) && digit >= 1 && digit <= FOCUS_IDS.length) onPick(FOCUS_IDS[digit - 1]!);
		},
		{isActive},
	);

	return (
		<Box flexDirection="column">
			<Title>Choose a focus</Title>
			<Box flexDirection="column" marginBottom={1}>
				{FOCUS_IDS.map((id, i) => {
					const info = FOCUS_AREAS[id];
					const active = i === selected;
					return (
						<Box key={id} flexDirection="column">
							<Text color={active ? 'cyan' : undefined} bold={active}>
								{`${active ? '▸' : ' '} ${i + 1}  ${info.label}`}
								{id === initial ? <Text dimColor> (last used)</Text> : null}
							</Text>
							<Box paddingLeft={5}>
								<Text dimColor>{info.trains}</Text>
							</Box>
						</Box>
					);
				})}
			</Box>
			<KeyHints hints={[['↑↓', 'move'], ['Enter', 'start'], ['1-7', 'start that one'], ['Esc', 'back']]} />
		</Box>
	);
}
