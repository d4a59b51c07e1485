import {Box} from 'ink';
import {Text} from './text.js';
import type {TrendRow} from '../../core/history/trend.js';

/**
 * One trend line: label, ▁▂▃▄▅▆▇█ on a fixed 0..100 scale, then first → last (words carry the
 * change, not colour). `stacked` puts the label on a line of its own, for narrow screens.
 */
export function Sparkline({row, labelWidth = 24, width = 30, stacked = false}: {row: TrendRow; labelWidth?: number; width?: number; stacked?: boolean}) {
	const chart = `${row.spark.padEnd(Math.min(row.values.length, width))}  ${row.numbers}`;
	if (stacked) {
		return (
			<Box flexDirection="column">
				<Text>{`  ${row.label}`}</Text>
				<Text>{`    ${chart}`}</Text>
			</Box>
		);
	}
	return <Text>{`  ${row.label.padEnd(labelWidth)}${chart}`}</Text>;
}
