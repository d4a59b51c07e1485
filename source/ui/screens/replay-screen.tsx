import {useMemo, useState} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import {formatHeader, formatRecap, formatTurnToFit} from '../../core/history/index.js';
import type {SessionRecord} from '../../core/session/record.js';
import {KeyHints, type Hint} from '../components/key-hints.js';
import {Title} from '../components/title.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useKeypress} from '../keys/use-keypress.js';

export type ReplayScreenProps = {
	record: SessionRecord;
	onBack(): void;
};

/** Lines that open a section read as headings; everything else is plain text. */
function isHeading(line: string): boolean {
	return line.startsWith('──') || line.startsWith('Overall ') || line === 'Top actions:' || line === 'Findings:';
}

/** Steps through a saved session one turn at a time with ←/→; the last step is the recap. */
export function ReplayScreen({record, onBack}: ReplayScreenProps) {
	const {columns, rows} = useTerminalSize();
	const width = Math.max(40, Math.min(80, columns));
	const total = record.turns.length + 1;
	const [step, setStep] = useState(0);

	useKeypress(
		(input, key) => {
			if (key.escape || input === 'q') return onBack();
			if (key.rightArrow || input === 'l' || input === ' ' || key.return) {
				setStep(current => Math.min(total - 1, current + 1));
			} else if (key.leftArrow || input === 'h') {
				setStep(current => Math.max(0, current - 1));
			} else if (key.home || input === 'g') {
				setStep(0);
			} else if (key.end || input === 'G') {
				setStep(total - 1);
			}
		},
		{isActive: true},
	);

	const header = formatHeader(record, width);
	// Keep a turn on one screen: what is around it (title, header, step line, hints and the gaps
	// between them) takes header + 6 rows; a long answer is cut with a note saying what was left out.
	const turnRows = rows - header.length - 6;
	const lines = useMemo(() => {
		const turn = record.turns[step];
		return turn ? formatTurnToFit(turn, {number: step + 1, total: record.turns.length}, width, turnRows) : formatRecap(record, width);
	}, [record, step, width, turnRows]);
	const position = step < record.turns.length ? `turn ${step + 1} of ${record.turns.length}` : 'recap';
	const dots = Array.from({length: total}, (_, i) => (i === step ? '●' : '○')).join('');

	const hints: Hint[] = [
		...(step > 0 ? ([['←', 'previous']] as Hint[]) : []),
		...(step < total - 1 ? ([['→', step === total - 2 ? 'recap' : 'next']] as Hint[]) : []),
		['Esc/q', 'back'],
	];

	return (
		<Box flexDirection="column">
			<Title detail={position}>Replay</Title>
			{header.map(line => (
				<Text key={line}>{line}</Text>
			))}
			<Text>{total <= width - 10 ? `Step ${dots}` : `Step ${step + 1} of ${total}`}</Text>
			<Box flexDirection="column" marginTop={1}>
				{lines.map((line, i) => (
					// Lines of a fixed text: their position is their identity.
					<Text key={i} bold={isHeading(line)}>
						{line === '' ? ' ' : line}
					</Text>
				))}
			</Box>
			<Box marginTop={1}>
				<KeyHints hints={hints} />
			</Box>
		</Box>
	);
}
