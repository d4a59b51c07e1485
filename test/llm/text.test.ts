import {describe, expect, it} from 'vitest';
import {classifyFailure} from '../../source/llm/errors.js';
import {extractJson, findVerbatim} from '../../source/llm/findings.js';
import {FollowUpCleaner} from '../../source/llm/text.js';

const clean = (chunks: string[]) => {
	const cleaner = new FollowUpCleaner();
	const shown = chunks.map(c => cleaner.push(c)).join('');
	const {tail, text} = cleaner.finish();
	return {shown: shown + tail, text};
};

describe('FollowUpCleaner', () => {
	it('passes plain text through at once', () => {
		const cleaner = new FollowUpCleaner();
		expect(cleaner.push('What')).toBe('What');
		expect(cleaner.push(' next?')).toBe(' next?');
	});

	it('removes labels, markdown and wrapping quotes', () => {
		expect(clean(['**Interviewer:** ', '“How', ' so?”'])).toEqual({shown: 'How so?', text: 'How so?'});
		expect(clean(['Q', ': Why', '?'])).toEqual({shown: 'Why?', text: 'Why?'});
		expect(clean(['Follow-up question: ', 'Why?'])).toEqual({shown: 'Why?', text: 'Why?'});
	});

	it('keeps a closing quote that belongs to a quotation', () => {
		expect(clean(['You called it ', '"good enough', '"'])).toEqual({shown: 'You called it "good enough"', text: 'You called it "good enough"'});
	});

	it('does not hold back ordinary words that merely start like a label', () => {
		expect(clean(['Quick', ' one: why?']).text).toBe('Quick one: why?');
	});
});

describe('findVerbatim', () => {
	it('matches across whitespace differences and returns the original span', () => {
		expect(findVerbatim('We track  NPS\nand DAU weekly.', 'NPS and DAU')).toBe('NPS\nand DAU');
		expect(findVerbatim('We track NPS.', 'We tracked NPS')).toBeNull();
		expect(findVerbatim('We track NPS.', '   ')).toBeNull();
	});
});

describe('extractJson', () => {
	it('reads bare, fenced and embedded JSON', () => {
		expect(extractJson('{"a":1}')).toEqual({a: 1});
		expect(extractJson('Sure:\n```json\n{"a":2}\n```')).toEqual({a: 2});
		expect(extractJson('Result: {"a":3} done')).toEqual({a: 3});
		expect(() => extractJson('no json here')).toThrow();
	});
});

describe('notices', () => {
	it('name the cause without leaking details', () => {
		const context = {model: 'm', host: 'h:1'};
		const auth = classifyFailure(Object.assign(new Error('Incorrect API key sk-abc'), {status: 401}), context).notice;
		expect(auth).toBe('The server at h:1 rejected the API key (HTTP 401); the rest of this session uses the offline interviewer. Fix: check OPENAI_API_KEY or the apiKey setting.');
		expect(auth).not.toContain('sk-abc');
		expect(classifyFailure(Object.assign(new Error('x'), {status: 502}), context).notice).toBe('LLM unavailable (server error 502); this turn was handled offline.');
	});
});

describe('reasoning blocks', () => {
	it('stripThink removes closed blocks, an unclosed tail, and a reply that holds only the end of one', async () => {
		const {stripThink} = await import('../../source/llm/think.js');
		expect(stripThink('<think>plan</think>\n\nWhat would you measure?')).toBe('What would you measure?');
		expect(stripThink('What would you measure?<think>more')).toBe('What would you measure?');
		expect(stripThink('reasoning here</think>What would you measure?')).toBe('What would you measure?');
		expect(stripThink('<THINK>a</THINK>b<think>c</think>d')).toBe('bd');
	});
});

describe('LLM settings', () => {
	it('are checked when set: numbers in range, header lists, API versions', async () => {
		const {settingProblem} = await import('../../source/storage/settings.js');
		expect(settingProblem('llmTimeout', '90')).toBeNull();
		expect(settingProblem('llmTimeout', 'soon')).toBe('must be a number from 1 to 3600');
		expect(settingProblem('llmRetries', '11')).toBe('must be a number from 0 to 10');
		expect(settingProblem('llmHeaders', 'X-Title: ai-pm-sim; HTTP-Referer: https://x.org')).toBeNull();
		expect(settingProblem('llmHeaders', 'no colon here')).toMatch(/Name: value/);
		expect(settingProblem('apiVersion', '2024-10-21')).toBeNull();
		expect(settingProblem('apiVersion', 'a b')).not.toBeNull();
	});
});
