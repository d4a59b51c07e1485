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

/** The real services: every module is imported on first use (after the home screen is up), or by `warmUp` when the command line goes straight to a question. */
export function createServices(options: ServiceOptions): Services & {maskKey(key: string | undefined): string; warmUp(): void} {
	const settings = once(async () => (await import('../storage/settings.js')).openSettings({dataDir: options.dataDir, env: options.env}));
	const runtime = once(() => import('./interview-runtime.js'));
	const core = once(loadCore);
	const sessions = once(async () => (await runtime()).openSessionStore({dataDir: options.dataDir, env: options.env}));
	const scripts = once(async () => {
		// The built-in scripts as the build validated them, unless a file changed or more were asked for.
		if (options.extraDirs.length === 0) {
			const cached = await (await runtime()).cachedBuiltInScripts().catch(() => null);
			if (cached) return {scripts: cached, notices: []};
		}
		const {loadScripts} = await import('../core/script/load.js');
		const loaded = await loadScripts({extraDirs: options.extraDirs});
		return {scripts: loaded.scripts, notices: loaded.errors.map(e => `${e.file}: ${e.message}`)};
	});
	return {
		core,
		scripts,
		// Chosen anew for each interview: settings changed on the Settings screen apply to the next
		// one, and an LLM switched off by a rejected key stays off for that interview only.
		// The settings file is only read here: opening the settings store costs more than the whole choice.
		engine: async () => {
			const {selectEngine, readSettings} = await runtime();
			return selectEngine({...options.engineOptions, env: options.env, settings: readSettings({dataDir: options.dataDir, env: options.env})});
		},
		settings,
		sessions,
		/** Starts loading what an interview needs before anything asks for it; failures surface when it is asked for. */
		warmUp() {
			for (const load of [scripts, sessions]) load().catch(() => undefined);
		},
		editExternally: text => editInExternalEditor(text, {env: options.env, setRawMode: options.setRawMode, afterwards: options.afterExternalEditor}),
		maskKey,
	};
}
