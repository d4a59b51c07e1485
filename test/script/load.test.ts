import {copyFile, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {builtInQuestionsDir, loadScripts} from '../../source/core/script/load.js';
import {SCRIPT_FOCUS_IDS} from '../../source/core/taxonomy/ids.js';
import {BUILT_IN_SCRIPT_COUNT} from '../support/bank.js';
import {scratchDir as tempDir} from '../support/cli.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'scripts');

describe('loadScripts', () => {
	it('loads the built-in scripts without errors, covering every focus', async () => {
		const {scripts, errors, sources} = await loadScripts();
		expect(errors).toEqual([]);
		expect(scripts).toHaveLength(BUILT_IN_SCRIPT_COUNT);
		expect(new Set(scripts.map(s => s.focus))).toEqual(new Set(SCRIPT_FOCUS_IDS));
		for (const script of scripts) {
			expect(script.questions.length).toBeGreaterThanOrEqual(4);
			expect(path.dirname(sources.get(script.id)!)).toBe(builtInQuestionsDir());
		}
	});

	it('every built-in question branches on each weakness it probes', async () => {
		const {scripts} = await loadScripts();
		for (const question of scripts.flatMap(s => s.questions)) {
			for (const probe of question.probes) expect(question.followUps[probe], `${question.id} → ${probe}`).toBeDefined();
		}
	});

	it('reports every broken fixture by file, and loads none of them', async () => {
		const dir = path.join(FIXTURES, 'broken');
		const {scripts, errors} = await loadScripts({extraDirs: [dir], builtIn: false});
		expect(scripts).toEqual([]);
		const byFile = Object.fromEntries(errors.map(e => [path.basename(e.file), e.message]));
		expect(Object.keys(byFile).sort()).toEqual([
			'duplicate-question.yaml',
			'empty-phrasings.yaml',
			'focus-mixed.yaml',
			'invalid-yaml.yaml',
			'missing-branch.yaml',
			'unknown-field.yaml',
			'unknown-weakness.yaml',
		]);
		expect(byFile['empty-phrasings.yaml']).toMatch(/^questions\[0\]\.followUps\.generic-pm\.phrasings(?=[\s:])/);
		expect(byFile['missing-branch.yaml']).toMatch(/^questions\[0\]\.followUps\.generic-pm(?=[\s:])/);
		expect(byFile['unknown-weakness.yaml']).toMatch(/^questions\[0\]\.probes\[1\]/);
		expect(byFile['unknown-field.yaml']).toMatch(/difficulty/);
		expect(byFile['duplicate-question.yaml']).toMatch(/^questions\[1\]\.id(?=[\s:])/);
		expect(byFile['focus-mixed.yaml']).toMatch(/^focus(?=[\s:])/);
		expect(byFile['invalid-yaml.yaml']).toMatch(/^not valid YAML/);
	});

	it('a broken file does not stop the others in its folder from loading', async () => {
		const {scripts, errors} = await loadScripts({extraDirs: [path.join(FIXTURES, 'extra')]});
		expect(scripts.map(s => s.id)).toContain('team-onboarding');
		expect(scripts).toHaveLength(BUILT_IN_SCRIPT_COUNT + 1);
		expect(errors).toHaveLength(1);
		expect(path.basename(errors[0]!.file)).toBe('broken-extra.yaml');
		expect(errors[0]!.message).toMatch(/\btitle\b/);
	});

	it('accepts a single file as well as a folder', async () => {
		const file = path.join(FIXTURES, 'good', 'team-eval.yaml');
		const {scripts, errors, sources} = await loadScripts({extraDirs: [file], builtIn: false});
		expect(errors).toEqual([]);
		expect(scripts.map(s => s.id)).toEqual(['team-eval']);
		expect(sources.get('team-eval')).toBe(file);
	});

	it('reads .yaml, .yml and .json, and ignores other files', async () => {
		const dir = await tempDir();
		const good = path.join(FIXTURES, 'good', 'team-eval.yaml');
		await copyFile(good, path.join(dir, 'a.yml'));
		await writeFile(path.join(dir, 'notes.md'), '# not a script\n');
		await writeFile(path.join(dir, 'draft.txt'), 'id: [broken');
		await mkdir(path.join(dir, 'nested.yaml'));
		const json = {
			id: 'json-script',
			focus: 'ethics',
			title: 'A JSON script',
			questions: [
				{
					id: 'only',
					text: 'When would safety block a launch?',
					probes: ['skips-ethics'],
					talkingPoints: [{text: 'A concrete launch-blocking bar'}],
					strongAnswer: 'Name the failure modes and the bar.',
					followUps: {'skips-ethics': {phrasings: ['Who decides?']}},
				},
			],
		};
		await writeFile(path.join(dir, 'b.json'), JSON.stringify(json));
		const {scripts, errors} = await loadScripts({extraDirs: [dir], builtIn: false});
		expect(errors).toEqual([]);
		expect(scripts.map(s => s.id).sort()).toEqual(['json-script', 'team-eval']);
	});

	it('a script id seen twice keeps the first and names both files', async () => {
		const dir = await tempDir();
		const copy = path.join(dir, 'copy-of-ethics.yaml');
		await copyFile(path.join(builtInQuestionsDir(), 'ethics.yaml'), copy);
		const {scripts, errors, sources} = await loadScripts({extraDirs: [dir]});
		expect(scripts.filter(s => s.id === 'ethics')).toHaveLength(1);
		expect(sources.get('ethics')).toBe(path.join(builtInQuestionsDir(), 'ethics.yaml'));
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toBe(copy);
		expect(errors[0]!.message).toContain('ethics.yaml');
		expect(errors[0]!.message).toContain('"ethics"');
	});

	it('a folder that does not exist is an error naming it, not a crash', async () => {
		const missing = path.join(await tempDir(), 'nowhere');
		const {scripts, errors} = await loadScripts({extraDirs: [missing]});
		expect(scripts).toHaveLength(BUILT_IN_SCRIPT_COUNT);
		expect(errors).toEqual([{file: missing, message: expect.stringMatching(/ENOENT/)}]);
	});
});
