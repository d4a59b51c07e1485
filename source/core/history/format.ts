// Plain-text helpers shared by the history and replay output (terminal and Ink screens).
// Everything here reads without colour: marks and words carry the meaning.
import {wrapWords} from '../util/wrap.js';

export function pad2(value: number): string {
	return String(value).padStart(2, '0');
}

/** Local date and time, `2025-03-01 14:05`. */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) {
		return iso.slice(0, 16);
	}
	return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

export function formatDate(iso: string): string {
	return formatDateTime(iso).slice(0, 10);
}

/** `45s`, `12:05`, `1h02m`. */
export function formatDuration(seconds: number): string {
	const total = Math.max(0, Math.round(seconds));
	if (total < 60) {
		return `${total}s`;
	}
	if (total < 3600) {
		return `${Math.floor(total / 60)}:${pad2(total % 60)}`;
	}
	return `${Math.floor(total / 3600)}h${pad2(Math.floor((total % 3600) / 60))}m`;
}

/** Cuts to `width` characters, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
	const chars = [...text];
	if (chars.length <= width) {
		return text;
	}
	return width <= 1 ? chars.slice(0, width).join('') : `${chars.slice(0, width - 1).join('')}…`;
}

/** Word-wraps text to `width` (at least 10), keeping paragraph breaks; words longer than a line are split. */
export function wrap(text: string, width: number): string[] {
	return wrapWords(text, Math.max(10, width));
}

/** Wraps and indents every line (the first line may carry a different prefix, e.g. `Q: `). */
export function wrapIndented(text: string, width: number, indent: string, firstPrefix = indent): string[] {
	return wrap(text, width - Math.max(indent.length, firstPrefix.length)).map((line, i) => `${i === 0 ? firstPrefix : indent}${line}`);
}

/** How many of `width` cells a 0..100 score fills. */
export function filledCells(value: number, width: number): number {
	return Math.round((Math.max(0, Math.min(100, value)) / 100) * width);
}

/** `████████░░░░░░░░░░░░  42`: a 0..100 score as a bar; null reads as "not measured". */
export function scoreBar(value: number | null, width = 20): string {
	if (value === null) {
		return `${'·'.repeat(width)}  not measured`;
	}
	const filled = filledCells(value, width);
	return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${String(Math.round(Math.max(0, Math.min(100, value)))).padStart(3)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}
