import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ANSWERING, MENUS, answeringAction, helpItems, markdownTable} from '../../source/ui/keys/bindings.js';
import {emptyKey, type Key} from '../../source/ui/keys/parse.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The Markdown table that follows the line `lead` in the README. */
function tableAfter(lead: string): string[] {
	const lines = readme.split('\n');
	const at = lines.findIndex(line => line.startsWith(lead));
	expect(at, `README has no line starting "${lead}"`).toBeGreaterThanOrEqual(0);
	const start = lines.findIndex((line, i) => i > at && line.startsWith('|'));
	const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
	return lines.slice(start, end);
}

const key = (fields: Partial<Key>): Key => ({...emptyKey(), ...fields});

describe('the key binding table', () => {
	it('is the README key tables, row for row', () => {
		expect(tableAfter('While answering')).toEqual(markdownTable(ANSWERING));
		expect(tableAfter('On menus and lists')).toEqual(markdownTable(MENUS));
	});

	it('is the /help text: every binding is listed with what it does', () => {
		const items = helpItems(ANSWERING);
		expect(items).toHaveLength(Object.keys(ANSWERING).length);
		expect(items).toContain('Ctrl+U: clear the answer');
		expect(items.join(' ')).not.toContain('`');
	});

	it('tells Enter from the keys that add a line', () => {
		expect(answeringAction('', key({return: true}))).toBe('submit');
		expect(answeringAction('', key({return: true, shift: true}))).toBe('newLine');
		expect(answeringAction('', key({return: true, meta: true}))).toBe('newLine');
		expect(answeringAction('j', key({ctrl: true}))).toBe('newLine');
		expect(answeringAction('x\ny', key({paste: true}))).toBeNull();
		expect(answeringAction('u', key({ctrl: true}))).toBe('clear');
		expect(answeringAction('u', key({}))).toBeNull();
	});
});
