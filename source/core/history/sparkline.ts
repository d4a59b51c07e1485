export const SPARK_BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;
/** Drawn where a session has no value for the series (e.g. a dimension the questions did not invite). */
export const SPARK_GAP = '·';

/**
 * One character per value on a fixed 0..100 scale, so lines for different dimensions compare
 * directly: ▁ is 0–12, █ is 88–100. Only the last `width` values are drawn.
 */
export function sparkline(values: ReadonlyArray<number | null>, width = values.length): string {
	const shown = width > 0 ? values.slice(-width) : [];
	return shown
		.map(value => {
			if (value === null || !Number.isFinite(value)) {
				return SPARK_GAP;
			}
			const clamped = Math.max(0, Math.min(100, value));
			return SPARK_BLOCKS[Math.min(SPARK_BLOCKS.length - 1, Math.floor((clamped / 100) * SPARK_BLOCKS.length))]!;
		})
		.join('');
}
