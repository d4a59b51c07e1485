import {UsageError} from './io.js';

/**
 * A JSON array of strings, or plain text with answers separated by lines of `---`.
 * A `.json` file must be JSON; other text that merely starts with "[" is read as text.
 */
export function parseAnswers(text: string, file: string): string[] {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed.startsWith('[')) {
		let data: unknown;
		try {
			data = JSON.parse(trimmed);
		} catch (error) {
			if (file.endsWith('.json')) throw new UsageError(`${file}: not valid JSON (${(error as Error).message}).`);
			return splitText(text);
		}
		if (!Array.isArray(data) || data.some(item => typeof item !== 'string')) throw new UsageError(`${file}: expected a JSON array of answer strings.`);
		return (data as string[]).map(a => a.trim()).filter(a => a !== '');
	}
	return splitText(text);
}

function splitText(text: string): string[] {
	return text
		.split(/^\s*---\s*$/m)
		.map(a => a.trim())
		.filter(a => a !== '');
}
