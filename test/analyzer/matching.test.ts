import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {loadFixtures} from '../../source/core/analyzer/evaluate.js';
import {firstChars} from '../../source/core/analyzer/first-chars.js';
import {findHits} from '../../source/core/analyzer/match.js';
import {FAMILIES} from '../../source/core/analyzer/signals.js';
import {countWords, flattenWhitespace, splitSentences} from '../../source/core/analyzer/text.js';
import type {Lexicon} from '../../source/core/analyzer/lexicons/types.js';

const LETTER = '[A-Za-z0-9\\u00C0-\\u024F]';

/** The plain reading: one alternation with a group per term; the term is the group that took part. */
function plainTerms(text: string, lexicon: Lexicon): Array<[number, string]> {
	const body = lexicon.terms.map(t => `(${t.re.endsWith(' ') ? `${t.re.slice(0, -1)}(?= )` : t.re})`).join('|');
	const re = new RegExp(`(?<!${LETTER})(?:${body})(?!${LETTER})`, 'gi');
	const out: Array<[number, string]> = [];
	for (const m of text.matchAll(re)) {
		if (m[0].length > 0) out.push([m.index, lexicon.terms[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!.concept]);
	}
	return out;
}

async function labelledTexts(): Promise<string[]> {
	const dir = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));
	const texts: string[] = [];
	for (const name of readdirSync(dir).filter(n => n.endsWith('.yaml') && !n.startsWith('sealed')))
		for (const item of await loadFixtures(dir + name)) texts.push(item.answer, item.question);
	return texts;
}

describe('lexicon matching', () => {
	it('reads which characters a term can begin with, and says "any" when unsure', () => {
		expect(firstChars('eval(?:uation)? sets?')).toEqual(new Set(['e']));
		expect(firstChars('(?:an? |our )?(?:human|person)s?')).toEqual(new Set(['a', 'o', 'h', 'p']));
		expect(firstChars('(?<!(?:my|i) )guess\\w*')).toEqual(new Set(['g']));
		expect(firstChars('\\d+ (?:in|of) \\d+|half')).toEqual(new Set([...'0123456789', 'h']));
		expect(firstChars('[- ]?Ranking')).toEqual(new Set(['-', ' ', 'r']));
		expect(firstChars('\\w+ing')).toBeNull();
		expect(firstChars('(?:foo)?')).toBeNull();
	});

	it('finds the same terms at the same places as one plain alternation, on every labelled answer', async () => {
		const texts = [...(await labelledTexts()), 'É ÉVALUATION Über 50 % İstanbul: “quoted” TEST SET, $5 per ticket; 1.5k emails'];
		let compared = 0;
		for (const text of texts) {
			const flat = flattenWhitespace(text);
			const sentences = splitSentences(text);
			for (const lexicon of Object.values(FAMILIES)) {
				const found = findHits(flat, sentences, lexicon).map(h => [h.start, h.concept]);
				expect(found).toEqual(plainTerms(flat, lexicon));
				compared += found.length;
			}
		}
		expect(compared).toBeGreaterThan(10_000);
	});

	it('counts words as the word pattern does, across scripts, emoji and joiners', () => {
		const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
		for (const text of ["it's a co-op_x -- '' ’tis", '日本語 のテキスト 😀👍🏽 x-😀', 'é-ü 12,5% x2 ẞ 𝐀𝐁', 'e\u0301cole re-\u0301do']) {
			expect(countWords(text)).toBe((text.match(WORD) ?? []).length);
		}
	});
});
