import fullWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import stringWidth, {isStandalone, isStandaloneText} from '../../source/core/util/text-width.js';

const standalone: string[] = [];
for (let code = 0; code <= 0xffff; code++) if (isStandalone(code)) standalone.push(String.fromCharCode(code));

/** A deterministic pseudo-random pick, so a failure names the same string every run. */
function* picks(seed: number): Generator<number> {
	let x = seed;
	for (;;) {
		x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
		yield x;
	}
}

describe('text width', () => {
	it('measures every standalone character as string-width does', () => {
		expect(standalone.length).toBeGreaterThan(4000);
		const differ = standalone.filter(c => stringWidth(c) !== fullWidth(c)).map(c => `U+${c.charCodeAt(0).toString(16)}`);
		expect(differ).toEqual([]);
	});

	it('measures strings of standalone characters, with and without colour, as string-width does', () => {
		const random = picks(7);
		for (let n = 0; n < 2000; n++) {
			const length = random.next().value % 12;
			let text = '';
			for (let i = 0; i < length; i++) text += standalone[random.next().value % standalone.length];
			const styled = `\u001B[1m${text}\u001B[22m`;
			const counted = {countAnsiEscapeCodes: true};
			expect([stringWidth(text), stringWidth(styled), stringWidth(text, counted), stringWidth(styled, counted)]).toEqual([
				fullWidth(text),
				fullWidth(styled),
				fullWidth(text, counted),
				fullWidth(styled, counted),
			]);
		}
	});

	it('hands text that needs segmenting to string-width', () => {
		const cases = ['日本語のテキスト', 'e\u0301cole', '👍🏽 done', '👩‍👩‍👧', '한국어', 'a\tb', 'line\u200Bbreak', 'x\u0007y', '🇬🇧 flag', '\u2764\uFE0F'];
		for (const text of cases) {
			expect(isStandaloneText(text)).toBe(false);
			expect(stringWidth(text)).toBe(fullWidth(text));
		}
		expect(stringWidth('全角', {ambiguousIsNarrow: false})).toBe(fullWidth('全角', {ambiguousIsNarrow: false}));
		expect(stringWidth('\u001B[31m±\u001B[39m', {countAnsiEscapeCodes: true})).toBe(fullWidth('\u001B[31m±\u001B[39m', {countAnsiEscapeCodes: true}));
	});

	it('knows the app’s own glyphs are standalone', () => {
		expect(isStandaloneText('⠋ Preparing your interview… · ▸ Q1: “quotes” — it’s naïve ▁▂▃█ ✓ ✗ ↑↓←→')).toBe(true);
	});
});
