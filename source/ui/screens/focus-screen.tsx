import {Box} from 'ink';
import {Text} from '../components/text.js';
import {FOCUS_AREAS, FOCUS_IDS, type FocusId} from '../../core/taxonomy/index.js';
import {useKeypress} from '../keys/use-keypress.js';
import {useSelection} from '../hooks/use-selection.js';
import {hintOf, KeyHints} from '../components/key-hints.js';
import {MENUS} from '../keys/bindings.js';
import {Paragraph, paragraphLines} from '../components/paragraph.js';
import {Title} from '../components/title.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useColor} from '../plain.js';

export type FocusScreenProps = {
	isActive: boolean;
	/** The Default focus setting: preselected when set. */
	defaultFocus?: FocusId;
	/** The focus used last: preselected when there is no default. */
	lastFocus?: FocusId;
	onPick(focus: FocusId): void;
	onBack(): void;
};

export function FocusScreen({isActive, defaultFocus, lastFocus, onPick, onBack}: FocusScreenProps) {
	const initial = defaultFocus ?? lastFocus;
	const {selected, current, move} = useSelection(FOCUS_IDS.length, Math.max(0, initial ? FOCUS_IDS.indexOf(initial) : 0));
	const {columns, rows} = useTerminalSize();
	const highlight = useColor('cyan');
	// Each area's line wraps under its name while the list fits the screen (title, gap and keys
	// take four rows); otherwise lines are cut to one, so the list never scrolls.
	const INDENT = 5;
	const linesOf = (id: FocusId) => paragraphLines(FOCUS_AREAS[id].trains, {width: columns - INDENT}).length;
	const room = rows - 1 - 4;
	const wrapped = FOCUS_IDS.reduce((n, id) => n + 1 + linesOf(id), 0);
	const selectedExtra = linesOf(FOCUS_IDS[selected]!) - 1;
	// Cut: every line but the selected one's, when even that fits; else all of them.
	const cut = wrapped <= room ? 'none' : FOCUS_IDS.length * 2 + selectedExtra <= room ? 'others' : 'all';

	useKeypress(
		(input, key) => {
			if (MENUS.move.match(input, key)) return move(key.upArrow ? -1 : 1);
			if (MENUS.choose.match(input, key)) return onPick(FOCUS_IDS[current()]!);
			if (MENUS.back.match(input, key)) return onBack();
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
							<Text color={active ? highlight : undefined} bold={active}>
								{`${active ? '▸' : ' '} ${i + 1}  ${info.label}`}
								{id === defaultFocus || id === lastFocus ? (
									<Text dimColor>{` (${[id === defaultFocus ? 'default' : '', id === lastFocus ? 'last used' : ''].filter(Boolean).join(', ')})`}</Text>
								) : null}
							</Text>
							<Box paddingLeft={INDENT}>
								<Paragraph indent={INDENT} maxLines={cut === 'all' || (cut === 'others' && !active) ? 1 : undefined} dimColor>
									{info.trains}
								</Paragraph>
							</Box>
						</Box>
					);
				})}
			</Box>
			<KeyHints hints={[hintOf(MENUS.move), hintOf(MENUS.choose, 'start'), [`1-${FOCUS_IDS.length}`, 'start that one'], hintOf(MENUS.back)]} />
		</Box>
	);
}
