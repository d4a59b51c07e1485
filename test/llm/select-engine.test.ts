import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {chooseEngine} from '../../source/llm/config.js';

// Counts real imports of the LLM engine module and of the openai package.
const loaded = vi.hoisted(() => ({openai: 0, engine: 0}));
vi.mock('openai', async importOriginal => {
	loaded.openai++;
	return importOriginal();
});
vi.mock('../../source/llm/engine.js', async importOriginal => {
	loaded.engine++;
	return importOriginal();
});

const base = {env: {}, settings: {}};

describe('chooseEngine', () => {
	it('is offline without a key', () => {
		expect(chooseEngine(base)).toEqual({kind: 'offline', description: 'offline interviewer'});
	});

	it('uses the LLM when OPENAI_API_KEY or settings.apiKey is set, env first', () => {
		const fromEnv = chooseEngine({...base, env: {OPENAI_API_KEY: 'sk-env'}, settings: {apiKey: 'sk-settings'}});
		expect(fromEnv).toMatchObject({kind: 'llm', config: {apiKey: 'sk-env', model: 'gpt-4o-mini'}, description: 'LLM · gpt-4o-mini'});
		expect(chooseEngine({...base, settings: {apiKey: 'sk-settings'}})).toMatchObject({kind: 'llm', config: {apiKey: 'sk-settings'}});
	});

	it('takes the per-call timeout from AI_PM_SIM_LLM_TIMEOUT (seconds), ignoring nonsense', () => {
		const timeout = (value: string) => {
			const choice = chooseEngine({...base, env: {OPENAI_API_KEY: 'sk', AI_PM_SIM_LLM_TIMEOUT: value}});
			return choice.kind === 'llm' ? choice.config.limits?.timeoutMs : 'offline';
		};
		expect(timeout('90')).toBe(90_000);
		expect(timeout('abc')).toBeUndefined();
		expect(timeout('-5')).toBeUndefined();
	});

	it('--offline and settings.engine "offline" win over a key', () => {
		const env = {OPENAI_API_KEY: 'sk'};
		expect(chooseEngine({...base, env, offline: true}).kind).toBe('offline');
		expect(chooseEngine({...base, env, settings: {engine: 'offline'}}).kind).toBe('offline');
	});

	it('model: flag, then OPENAI_MODEL, then settings (the rule for every key), then the default', () => {
		const env = {OPENAI_API_KEY: 'sk', OPENAI_MODEL: 'env-model'};
		const model = (options: object) => {
			const choice = chooseEngine({...base, env, ...options});
			return choice.kind === 'llm' ? choice.config.model : null;
		};
		expect(model({model: 'flag-model', settings: {model: 'settings-model'}})).toBe('flag-model');
		expect(model({settings: {model: 'settings-model'}})).toBe('env-model');
		expect(chooseEngine({...base, env: {OPENAI_API_KEY: 'sk'}, settings: {model: 'settings-model'}})).toMatchObject({config: {model: 'settings-model'}});
		expect(chooseEngine({...base, env: {OPENAI_API_KEY: 'sk'}})).toMatchObject({config: {model: 'gpt-4o-mini'}});
	});

	it('base URL: flag, then OPENAI_BASE_URL, then settings; shown as its host', () => {
		const env = {OPENAI_API_KEY: 'sk', OPENAI_BASE_URL: 'http://env-host:1/v1'};
		expect(chooseEngine({...base, env, baseUrl: 'http://localhost:11434/v1', settings: {baseUrl: 'http://s:2/v1'}})).toMatchObject({
			config: {baseUrl: 'http://localhost:11434/v1'},
			description: 'LLM · model from the server · localhost:11434',
		});
		expect(chooseEngine({...base, env, settings: {baseUrl: 'http://s:2/v1'}})).toMatchObject({config: {baseUrl: 'http://env-host:1/v1'}});
		expect(chooseEngine({...base, env: {OPENAI_API_KEY: 'sk'}, settings: {baseUrl: 'http://s:2/v1'}})).toMatchObject({config: {baseUrl: 'http://s:2/v1'}});
	});

	it('a base URL from any source turns the LLM on without a key; a local one gets the longer first-call deadline', () => {
		const keyless = chooseEngine({...base, settings: {baseUrl: 'http://localhost:11434/v1', model: 'llama3.1'}});
		expect(keyless).toEqual({
			kind: 'llm',
			config: {model: 'llama3.1', baseUrl: 'http://localhost:11434/v1', local: true, limits: {}},
			description: 'LLM · llama3.1 · localhost:11434',
		});
		expect(chooseEngine({...base, baseUrl: 'http://localhost:8080/v1'}).kind).toBe('llm');
		expect(chooseEngine({...base, env: {OPENAI_BASE_URL: 'http://192.168.1.9:1234/v1'}})).toMatchObject({kind: 'llm', config: {local: true}});
		expect(chooseEngine({...base, env: {OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://openrouter.ai/api/v1'}})).not.toMatchObject({config: {local: true}});
		expect(chooseEngine({...base, settings: {engine: 'llm'}})).toEqual({kind: 'offline', description: 'offline interviewer (no API key or base URL set)'});
	});

	it('never puts the key in the description', () => {
		const choice = chooseEngine({...base, env: {OPENAI_API_KEY: 'sk-very-secret'}});
		expect(JSON.stringify(choice.description)).not.toContain('sk-very-secret');
	});
});

describe('selectEngine', () => {
	beforeEach(() => {
		vi.resetModules();
		loaded.openai = 0;
		loaded.engine = 0;
	});

	it('picks the offline engine without a key and loads neither the LLM module nor openai', async () => {
		const {selectEngine} = await import('../../source/llm/select-engine.js');
		const {engine, description} = await selectEngine({env: {}, settings: {}});
		expect(engine.kind).toBe('offline');
		expect(description).toBe('offline interviewer');
		const offline = await selectEngine({env: {OPENAI_API_KEY: 'sk'}, settings: {}, offline: true});
		expect(offline.engine.kind).toBe('offline');
		expect(loaded).toEqual({openai: 0, engine: 0});
	});

	it('loads the LLM engine only when a key is configured', async () => {
		const {selectEngine} = await import('../../source/llm/select-engine.js');
		const {engine, description} = await selectEngine({env: {OPENAI_API_KEY: 'sk-test'}, settings: {model: 'm1'}, baseUrl: 'http://127.0.0.1:9/v1'});
		expect(engine.kind).toBe('llm');
		expect(description).toBe('LLM · m1 · 127.0.0.1:9');
		expect(loaded.engine).toBe(1);
		await vi.waitFor(() => expect(loaded.openai).toBe(1));
	});

	it('has no static path from select-engine to openai: bundled, openai sits only in a lazy chunk', async () => {
		const entry = fileURLToPath(new URL('../../source/llm/select-engine.ts', import.meta.url));
		const result = await build({
			entryPoints: [entry],
			bundle: true,
			splitting: true,
			format: 'esm',
			platform: 'node',
			write: false,
			outdir: 'out',
			metafile: true,
			logLevel: 'silent',
		});
		const outputs = Object.values(result.metafile.outputs);
		const entryChunk = outputs.find(o => o.entryPoint)!;
		const staticallyLoaded = new Set<string>();
		const visit = (path: string) => {
			const output = result.metafile.outputs[path]!;
			for (const input of Object.keys(output.inputs)) staticallyLoaded.add(input);
			for (const imp of output.imports)
				if (imp.kind === 'import-statement' && !staticallyLoaded.has(imp.path)) {
					staticallyLoaded.add(imp.path);
					if (result.metafile.outputs[imp.path]) visit(imp.path);
				}
		};
		visit(Object.keys(result.metafile.outputs).find(k => result.metafile.outputs[k] === entryChunk)!);
		const inputs = [...staticallyLoaded];
		expect(inputs.some(i => i.includes('node_modules/openai'))).toBe(false);
		expect(inputs.some(i => i.endsWith('source/llm/engine.ts'))).toBe(false);
		expect(outputs.some(o => Object.keys(o.inputs).some(i => i.includes('node_modules/openai')))).toBe(true);
		const source = await readFile(entry, 'utf8');
		expect(source).not.toMatch(/from ['"]openai['"]/);
	});
});

describe('endpoints and settings', () => {
	it('Azure classic: the query moves off the base URL, the deployment names the model, the key goes in api-key', () => {
		const choice = chooseEngine({env: {OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://res.openai.azure.com/openai/deployments/dep?api-version=2024-06-01'}, settings: {}});
		expect(choice).toMatchObject({
			kind: 'llm',
			config: {baseUrl: 'https://res.openai.azure.com/openai/deployments/dep', query: {'api-version': '2024-06-01'}, keyHeader: 'api-key', model: 'dep'},
		});
		// A resource URL plus a model builds the deployment path; OPENAI_API_VERSION overrides the version.
		expect(
			chooseEngine({env: {OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://res.openai.azure.com', OPENAI_MODEL: 'gpt4o', OPENAI_API_VERSION: 'preview'}, settings: {}}),
		).toMatchObject({
			config: {baseUrl: 'https://res.openai.azure.com/openai/deployments/gpt4o', query: {'api-version': 'preview'}},
		});
		// v1 takes no api-version.
		const v1 = chooseEngine({env: {OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://res.openai.azure.com/openai/v1/'}, settings: {model: 'dep'}});
		expect(v1).toMatchObject({config: {baseUrl: 'https://res.openai.azure.com/openai/v1', keyHeader: 'api-key', model: 'dep'}});
		expect(v1.kind === 'llm' && v1.config.query).toBeFalsy();
	});

	it('extra headers and limits: environment first, then settings, nonsense ignored', () => {
		const choice = chooseEngine({
			env: {OPENAI_API_KEY: 'k', AI_PM_SIM_LLM_HEADERS: 'HTTP-Referer: https://x.org; X-Title: me', AI_PM_SIM_LLM_RETRY_CAP: '2', AI_PM_SIM_LLM_MAX_FOLLOWUP_CHARS: 'lots'},
			settings: {llmHeaders: 'X-Other: 1', llmRetryCap: '9', llmMaxFollowUpChars: '300', llmTemperature: '0.7'},
		});
		expect(choice).toMatchObject({
			config: {headers: {'HTTP-Referer': 'https://x.org', 'X-Title': 'me'}, limits: {retryAfterCapMs: 2_000, temperature: 0.7, maxChars: {followUp: 300}}},
		});
	});
});
