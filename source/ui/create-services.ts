import type {SelectEngineOptions} from '../llm/select-engine.js';
import {loadCore, once, type Services} from './services.js';
import {editInExternalEditor} from './external-editor.js';

export type ServiceOptions = {
	env: NodeJS.ProcessEnv;
	dataDir?: string;
	extraDirs: string[];
	engineOptions: Pick<SelectEngineOptions, 'offline' | 'model' | 'baseUrl'>;
	setRawMode(value: boolean): void;
	/** Called after an external editor returns the terminal. */
	afterExternalEditor?(): void;
};

/** The real services: every module is imported on first use, after the home screen is up. */
export function createServices(options: ServiceOptions): Services & {maskKey(key: string | undefined): string} {
	const settings = once(async () => (await import('../storage/settings.js')).openSettings({dataDir: options.dataDir, env: options.env}));
	let masker: ((key: string | undefined) => string) | null = null;
	void import('../storage/settings.js').then(m => {
		masker = m.maskKey;
	}, () => undefined);
	return {
		core: once(loadCore),
		scripts: once(async () => {
			const {loadScripts} = await import('../core/script/load.js');
			const loaded = await loadScripts({extraDirs: options.extraDirs});
			return {scripts: loaded.scripts, notices: loaded.errors.map(e => `${e.file}: ${e.message}`)};
		}),
		// Chosen anew for each interview: settings changed on the Settings screen apply to the next
		// one, and an LLM switched off by a rejected key stays off for that interview only.
		engine: async () => {
			const [{selectEngine}, store] = await Promise.all([import('../llm/select-engine.js'), settings()]);
			return selectEngine({...options.engineOptions, env: options.env, settings: store.get()});
		},
		settings,
		sessions: once(async () => (await import('../storage/sessions.js')).openSessionStore({dataDir: options.dataDir, env: options.env})),
		editExternally: text => editInExternalEditor(text, {env: options.env, setRawMode: options.setRawMode, afterwards: options.afterExternalEditor}),
		// Never prints a key: until the helper is loaded, nothing of the key is shown.
		maskKey: key => (masker ? masker(key) : key ? '…' : '(not set)'),
	};
}
