import {Box, Text} from 'ink';
import {sparkline} from '../../core/history/sparkline.js';

export type SparklineProps = {
	label: string;
	values: ReadonlyArray<number | null>;
	/** e.g. "48 → 71 (+23)"; the words carry the change, so nothing depends on colour. */
	numbers: string;
	labelWidth?: number;
	/** Characters of sparkline: the last `width` values are drawn. */
	width?: number;
};

/** One trend line: label, ▁▂▃▄▅▆▇█ on a fixed 0..100 scale, then first → last. */
export function Sparkline({label, values, numbers, labelWidth = 24, width = 30}: SparklineProps) {
	const shown = Math.min(values.length, width);
	return (
		<Box>
			<Text>{`  ${label.padEnd(labelWidth)}`}</Text>
			<Text>{sparkline(values, width).padEnd(shown)}</Text>
			<Text>{`  ${numbers}`}</Text>
		</Box>
	);
}
