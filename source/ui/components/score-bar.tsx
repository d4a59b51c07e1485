import {Text} from './text.js';
import {useContext} from 'react';
import {PlainContext} from '../plain.js';
import {filledCells} from '../../core/history/format.js';

/** A fixed-width bar with the number: readable without colour (█ filled, ░ empty). */
export function ScoreBar({label, score, labelWidth, barWidth = 20}: {label: string; score: number | null; labelWidth: number; barWidth?: number}) {
	const name = label.padEnd(labelWidth);
	const plain = useContext(PlainContext);
	if (score === null) {
		return (
			<Text>
				{name} <Text dimColor>{'·'.repeat(barWidth)} not asked</Text>
			</Text>
		);
	}
	const value = Math.max(0, Math.min(100, Math.round(score)));
	const filled = filledCells(value, barWidth);
	const color = plain ? undefined : value >= 70 ? 'green' : value >= 50 ? 'yellow' : 'red';
	return (
		<Text>
			{name} <Text color={color}>{'█'.repeat(filled)}</Text>
			<Text dimColor>{'░'.repeat(barWidth - filled)}</Text>
			{` ${String(value).padStart(3)}`}
		</Text>
	);
}
