import {Box} from 'ink';
import {Text} from './text.js';
import type {TrendRow} from '../../core/history/trend.js';

/** One trend line: label, ▁▂▃▄▅▆▇█ on a fixed 0..100 scale, then first → last (words carry the change, not colour). */
export function Sparkline({row, labelWidth = 24, width = 30}: {row: TrendRow; labelWidth?: number; width?: number}) {
	return (
		<Box>
			<Text>{`  ${row.label.padEnd(labelWidth)}`}</Text>
			<Text>{row.spark.padEnd(Math.min(row.values.length, width))}</Text>
			<Text>{`  ${row.numbers}`}</Text>
		</Box>
	);
}
