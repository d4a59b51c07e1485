import type {SelectEngineOptions} from '../llm/select-engine.js';
import {loadCore, once, type Services} from './services.js';
import {editInExternalEditor} from './external-editor.js';
import {maskKey} from '../storage/setting-values.js';

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
	return {
		core: once(loadCore),
		scripts: once(async () => {
			// The built-in scripts as the build validated them, unless a file changed or more were asked for.
			if (options.extraDirs.length === 0) {
				const cached = await (await import('../core/script/builtin.js')).cachedBuiltInScripts().catch(() => null);
				if (cached) return {scripts: cached, notices: []};
			}
			const {loadScripts} = await import('../core/script/load.js');
			const loaded = await loadScripts({extraDirs: options.extraDirs});
			return {scripts: loaded.scripts, notices: loaded.errors.map(e => `${e.file}: ${e.message}`)};
		}),
		// Chosen anew for each interview: settings changed on the Settings screen apply to the next
		// one, and an LLM switched off by a rejected key stays off for that interview only.
		// The settings file is only read here: opening the settings store costs more than the whole choice.
		engine: async () => {
			const [{selectEngine}, {readSettings}] = await Promise.all([import('../llm/select-engine.js'), import('../storage/setting-values.js')]);
			return selectEngine({...options.engineOptions, env: options.env, settings: readSettings({dataDir: options.dataDir, env: options.env})});
		},
		settings,
		sessions: once(async () => (await import('../storage/sessions.js')).openSessionStore({dataDir: options.dataDir, env: options.env})),
		editExternally: text => editInExternalEditor(text, {env: options.env, setRawMode: options.setRawMode, afterwards: options.afterExternalEditor}),
		maskKey,
	};
}
