import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import {parseScript} from '../../source/core/script/load.js';
import {WEAKNESS_IDS} from '../../source/core/taxonomy/ids.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'scripts');

/** A small valid script as plain data; each test breaks one thing. */
function script(): any {
	return {
		id: 'unit-script',
		focus: 'evaluation',
		title: 'Unit test script',
		questions: [
			{
				id: 'first-question',
				text: 'How would you know the smart-reply feature works?',
				probes: ['no-eval-framework', 'generic-pm'],
				talkingPoints: [{text: 'Model quality and product success, measured separately', cues: ['eval set']}],
				strongAnswer: 'Separate model evaluation from product evaluation and connect them.',
				followUps: {
					'no-eval-framework': {
						phrasings: ['You said {quote}. What would you measure about the model?', 'What would you measure about the model?'],
						followUps: {deeper: {phrasings: ['Who scores the examples?']}},
					},
					'generic-pm': {phrasings: ['What is special about measuring a model?']},
					deeper: {phrasings: ['How do you keep the eval set fresh?']},
				},
			},
			{
				id: 'second-question',
				text: 'What bar must the model clear before launch?',
				probes: ['no-eval-framework'],
				talkingPoints: [{text: 'A threshold per criterion'}],
				strongAnswer: 'A threshold per quality criterion on a held-out set.',
				followUps: {'no-eval-framework': {phrasings: ['What accuracy, on what data?']}},
			},
		],
	};
}

function errorOf(data: unknown, file = 'unit.yaml'): string {
	const {script: parsed, error} = parseScript(stringify(data), file);
	expect(parsed).toBeUndefined();
	expect(error).toBeDefined();
	expect(error!.file).toBe(file);
	return error!.message;
}

describe('parseScript: valid scripts', () => {
	it('parses a valid YAML script', () => {
		const {script: parsed, error} = parseScript(stringify(script()), 'unit.yaml');
		expect(error).toBeUndefined();
		expect(parsed!.id).toBe('unit-script');
		expect(parsed!.questions.map(q => q.id)).toEqual(['first-question', 'second-question']);
		expect(parsed!.questions[0]!.followUps['no-eval-framework']!.followUps!.deeper!.phrasings).toEqual(['Who scores the examples?']);
	});

	it('parses the same script written as JSON', () => {
		const {script: parsed, error} = parseScript(JSON.stringify(script()), 'unit.json');
		expect(error).toBeUndefined();
		expect(parsed!.id).toBe('unit-script');
	});

	it('parses the good fixture', () => {
		const file = path.join(FIXTURES, 'good', 'team-eval.yaml');
		const {script: parsed, error} = parseScript(readFileSync(file, 'utf8'), file);
		expect(error).toBeUndefined();
		expect(parsed!.questions).toHaveLength(2);
	});

	it('accepts a follow-up branch the question does not probe, and a talking point without cues', () => {
		const data = script();
		data.questions[1].followUps['over-technical'] = {phrasings: ['Say it for a non-engineer.']};
		expect(parseScript(stringify(data), 'unit.yaml').error).toBeUndefined();
	});
});

describe('parseScript: errors name the field by its path', () => {
	it('a follow-up with an empty phrasings list', () => {
		const data = script();
		data.questions[0].followUps['generic-pm'].phrasings = [];
		expect(errorOf(data)).toMatch(/^questions\[0\]\.followUps\.generic-pm\.phrasings(?=[\s:]).*phrasing/);
	});

	it('a blank phrasing', () => {
		const data = script();
		data.questions[0].followUps['generic-pm'].phrasings = ['   '];
		expect(errorOf(data)).toMatch(/^questions\[0\]\.followUps\.generic-pm\.phrasings\[0\](?=[\s:]).*empty/);
	});

	it('a nested follow-up with no phrasings', () => {
		const data = script();
		data.questions[0].followUps['no-eval-framework'].followUps.deeper.phrasings = [];
		expect(errorOf(data)).toMatch(/^questions\[0\]\.followUps\.no-eval-framework\.followUps\.deeper\.phrasings(?=[\s:])/);
	});

	it('an unknown weakness id in probes, listing the valid ids', () => {
		const data = script();
		data.questions[1].probes = ['no-eval-framework', 'rambling'];
		const message = errorOf(data);
		expect(message).toMatch(/^questions\[1\]\.probes\[1\]/);
		for (const id of WEAKNESS_IDS) expect(message).toContain(id);
	});

	it('a probed weakness without a follow-up branch', () => {
		const data = script();
		delete data.questions[0].followUps['generic-pm'];
		const message = errorOf(data);
		expect(message).toMatch(/^questions\[0\]\.followUps\.generic-pm(?=[\s:])/);
		expect(message).toContain('"generic-pm"');
	});

	it('an unknown branch key under followUps', () => {
		const data = script();
		data.questions[0].followUps.rambling = {phrasings: ['Shorter, please.']};
		expect(errorOf(data)).toMatch(/^questions\[0\]\.followUps(?=[\s:]).*rambling/);
	});

	it('no probes', () => {
		const data = script();
		data.questions[1].probes = [];
		expect(errorOf(data)).toMatch(/^questions\[1\]\.probes(?=[\s:])/);
	});

	it('an unknown field in a question, naming the field', () => {
		const data = script();
		data.questions[1].difficulty = 'hard';
		expect(errorOf(data)).toMatch(/^questions\[1\](?=[\s:]).*difficulty/);
	});

	it('an unknown field in a talking point', () => {
		const data = script();
		data.questions[0].talkingPoints[0].weight = 2;
		expect(errorOf(data)).toMatch(/^questions\[0\]\.talkingPoints\[0\](?=[\s:]).*weight/);
	});

	it('an unknown field at the top level', () => {
		const data = script();
		data.author = 'someone';
		expect(errorOf(data)).toMatch(/author/);
	});

	it('a missing required field', () => {
		const data = script();
		delete data.questions[1].strongAnswer;
		expect(errorOf(data)).toMatch(/^questions\[1\]\.strongAnswer(?=[\s:])/);
	});

	it('a duplicate question id, at the second occurrence', () => {
		const data = script();
		data.questions[1].id = 'first-question';
		const message = errorOf(data);
		expect(message).toMatch(/^questions\[1\]\.id(?=[\s:])/);
		expect(message).toContain('first-question');
	});

	it('a question id that is not lowercase-with-dashes', () => {
		const data = script();
		data.questions[0].id = 'First_Question';
		expect(errorOf(data)).toMatch(/^questions\[0\]\.id(?=[\s:])/);
	});

	it('focus `mixed`', () => {
		const data = script();
		data.focus = 'mixed';
		expect(errorOf(data)).toMatch(/^focus(?=[\s:]).*mixed/);
	});

	it('an unknown focus', () => {
		const data = script();
		data.focus = 'strategy';
		expect(errorOf(data)).toMatch(/^focus(?=[\s:])/);
	});

	it('no questions', () => {
		const data = script();
		data.questions = [];
		expect(errorOf(data)).toMatch(/^questions(?=[\s:])/);
	});

	it('errors inside a question also name the question id', () => {
		const data = script();
		data.questions[1].followUps['no-eval-framework'].phrasings = [];
		expect(errorOf(data)).toContain('"second-question"');
	});

	it('several problems are all reported, not only the first', () => {
		const data = script();
		data.title = '';
		data.questions[1].probes = [];
		const message = errorOf(data);
		expect(message).toMatch(/\btitle\b/);
		expect(message).toMatch(/questions\[1\]\.probes/);
	});
});

describe('parseScript: files that are not scripts at all', () => {
	it('invalid YAML is reported with its line, on one line', () => {
		const {error} = parseScript('id: x\nquestions: [a, b\nfocus: ethics\n', 'broken.yaml');
		expect(error!.message).toMatch(/^not valid YAML/);
		expect(error!.message).toMatch(/line \d+/);
		expect(error!.message).not.toContain('\n');
	});

	it('duplicate keys in YAML are an error', () => {
		const {error} = parseScript('id: x\nid: y\n', 'dup.yaml');
		expect(error!.message).toMatch(/YAML/);
	});

	it('invalid JSON in a .json file', () => {
		const {error} = parseScript('{"id": ', 'broken.json');
		expect(error!.file).toBe('broken.json');
		expect(error!.message).toMatch(/^not valid JSON/);
	});

	it.each([
		['an empty file', ''],
		['a list', '- a\n- b\n'],
		['a bare string', 'just some text'],
	])('%s is an error, not a crash', (_name, text) => {
		const {script: parsed, error} = parseScript(text, 'odd.yaml');
		expect(parsed).toBeUndefined();
		expect(error!.message).not.toBe('');
	});

	it('the invalid-YAML fixture names its line', () => {
		const file = path.join(FIXTURES, 'broken', 'invalid-yaml.yaml');
		const {error} = parseScript(readFileSync(file, 'utf8'), file);
		expect(error!.file).toBe(file);
		expect(error!.message).toMatch(/^not valid YAML.*line 9/);
	});
});

describe('parseScript: messages read well for people editing YAML', () => {
	it('says a missing field is required, names unknown fields and the expected kind', () => {
		const yaml = 'id: x\nfocus: evaluation\ntitle: T\nextra: 1\nquestions:\n  - id: a\n    text: hi\n    probes: [generic-pm]\n    followUps: []\n';
		const message = parseScript(yaml, 'mine.yaml').error!.message;
		expect(message).toContain('questions[0].talkingPoints (question "a"): is required');
		expect(message).toContain('questions[0].strongAnswer (question "a"): is required');
		expect(message).toContain('questions[0].followUps (question "a"): should be a mapping of keys to values');
		expect(message).toContain('(top level): unknown field "extra"');
		expect(message).not.toContain('received undefined');
	});
});
