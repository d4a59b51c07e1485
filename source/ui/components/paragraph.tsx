import {Text} from './text.js';
import type {ComponentProps} from 'react';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {clip, columnsOf, wrapWords} from '../../core/util/wrap.js';

export type ParagraphProps = {
	children: string;
	/** Columns for the text; by default the terminal width less `indent`. */
	width?: number;
	/** Columns the surrounding boxes take on the left (their padding), when `width` is not given. */
	indent?: number;
	/** Printed before the first line (e.g. "▸ Q1: "), in bold unless `leadStyle` says otherwise. */
	lead?: string;
	leadStyle?: Pick<ComponentProps<typeof Text>, 'bold' | 'dimColor' | 'color'>;
	/** Spaces before every line after the first (a hanging indent under the lead). */
	hang?: number;
	/** Show at most this many lines; the last one then ends with "…". */
	maxLines?: number;
} & Pick<ComponentProps<typeof Text>, 'bold' | 'dimColor' | 'color' | 'italic'>;

/** The lines a Paragraph prints, without styles (for sizing and tests). */
export function paragraphLines(text: string, options: {width: number; lead?: string; hang?: number; maxLines?: number}): string[] {
	const width = Math.max(10, options.width);
	const lead = options.lead ?? '';
	const hang = Math.min(options.hang ?? 0, width - 10);
	const first = Math.max(1, width - columnsOf(lead));
	let lines = wrapWords(text, width - hang, first);
	if (options.maxLines !== undefined && lines.length > options.maxLines) {
		const keep = Math.max(1, options.maxLines);
		lines = lines.slice(0, keep);
		const room = keep === 1 ? first : width - hang;
		const last = lines[keep - 1]!;
		lines[keep - 1] = columnsOf(last) < room ? `${last}…` : clip(last, room);
	}
	return lines.map((line, i) => (i === 0 ? `${lead}${line}` : `${' '.repeat(hang)}${line}`));
}

/**
 * Text wrapped at word boundaries by us, one printed line per wrapped line, so no continuation
 * line starts with the space it was broken at (Ink's wrap keeps that space).
 */
export function Paragraph({children, width, indent = 0, lead = '', leadStyle = {bold: true}, hang = 0, maxLines, ...style}: ParagraphProps) {
	const {columns} = useTerminalSize();
	const lines = paragraphLines(children, {width: width ?? columns - indent, lead, hang, maxLines});
	const [first = '', ...rest] = lines;
	return (
		<Text {...style}>
			{lead ? <Text {...leadStyle}>{lead}</Text> : null}
			{first.slice(lead.length)}
			{rest.length > 0 ? `\n${rest.join('\n')}` : ''}
		</Text>
	);
}
