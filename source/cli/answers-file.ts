import {UsageError} from './io.js';

/** A JSON array of strings, or plain text with answers separated by lines of `---`. */
export function parseAnswers(text: string, file: string): string[] {
	const trimmed = text.trim();
	if (trimmed.startsWith('[')) {
		let data: unknown;
		try {
			data = JSON.parse(trimmed);
		} catch (error) {
			throw new UsageError(`${file}: not valid JSON (${(error as Error).message}).`);
		}
		if (!Array.isArray(data) || data.some(item => typeof item !== 'string')) throw new UsageError(`${file}: expected a JSON array of answer strings.`);
		return (data as string[]).filter(a => a.trim() !== '');
	}
	return text
		.split(/^\s*---\s*$/m)
		.map(a => a.trim())
		.filter(a => a !== '');
}
