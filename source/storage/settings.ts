import {chmodSync, existsSync, renameSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {resolveDataDir} from './data-dir.js';
import {SETTING_KEYS, type SettingKey, type Settings} from './settings-types.js';
import {CONFIG_FILE_NAME, isSettingKey, pickValid, readConfigFile, SettingError, settingProblem} from './setting-values.js';

export {CONFIG_FILE_NAME, ENGINE_VALUES, isSettingKey, maskKey, parseSettingValue, readSettings, SettingError, settingProblem} from './setting-values.js';

export type SettingsStore = {
	get(): Settings;
	set<K extends SettingKey>(key: K, value: Settings[K]): void;
	unset(key: SettingKey): void;
	/** The config file. */
	path: string;
	/** Set when something about the config file needs saying once (e.g. a corrupt file was moved aside). */
	notice: string | null;
};

function timestamp(): string {
	return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Settings in `<data dir>/config.json`, mode 0600. A file that is not JSON is moved aside as
 * `config.json.corrupt-<timestamp>` and defaults are used; invalid single values are ignored.
 * When the folder cannot be written, reading still works and `set` throws a SettingError.
 */
export function openSettings({dataDir, env}: {dataDir?: string; env: NodeJS.ProcessEnv}): SettingsStore {
	const dir = resolveDataDir({dataDir, env});
	const file = path.join(dir, CONFIG_FILE_NAME);
	const notices: string[] = [];

	if (existsSync(file) && readConfigFile(file).problem === 'corrupt') {
		const backup = `${file}.corrupt-${timestamp()}`;
		try {
			renameSync(file, backup);
			notices.push(`The settings file was not valid JSON; it was moved to ${backup} and defaults are in use.`);
		} catch (error) {
			notices.push(`The settings file ${file} is not valid JSON and could not be moved aside (${(error as Error).message}); defaults are in use.`);
		}
	}

	let conf: Conf<Record<string, unknown>> | null = null;
	let openError: string | null = null;
	try {
		conf = new Conf<Record<string, unknown>>({
			cwd: dir,
			configName: 'config',
			configFileMode: 0o600,
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
		});
	} catch (error) {
		openError = (error as Error).message;
		notices.push(`Settings in ${dir} cannot be saved (${openError}); defaults are in use.`);
	}

	const readAll = (): Record<string, unknown> => {
		if (!conf) {
			return readConfigFile(file).values;
		}
		try {
			return {...conf.store};
		} catch {
			// Changed under us into something unreadable: behave as if empty, never crash a read.
			return {};
		}
	};

	const initialInvalid = pickValid(readAll()).invalid;
	if (initialInvalid.length > 0) {
		notices.push(`Ignored invalid ${initialInvalid.join(', ')} in ${file}; fix it with \`ai-pm-sim config set\`.`);
	}

	/** Applies a change to the file (mode 0600 after); every failure is a one-line SettingError. */
	const write = (change: (conf: Conf<Record<string, unknown>>) => void): void => {
		if (!conf) {
			throw new SettingError(`cannot save settings in ${dir}: ${openError ?? 'the folder is not writable'}`);
		}
		try {
			change(conf);
		} catch (error) {
			throw new SettingError(`cannot save settings in ${dir}: ${(error as Error).message}`);
		}
		tighten();
	};

	const tighten = (): void => {
		try {
			chmodSync(file, 0o600);
		} catch {}
	};

	return {
		path: file,
		notice: notices.length > 0 ? notices.join(' ') : null,
		get: () => pickValid(readAll()).settings,
		set(key, value) {
			if (!isSettingKey(key)) {
				throw new SettingError(`unknown setting "${String(key)}"; settings are ${SETTING_KEYS.join(', ')}`);
			}
			const problem = settingProblem(key, value);
			if (problem) {
				throw new SettingError(`${key} ${problem}`);
			}
			write(c => c.set(key, value));
		},
		unset(key) {
			write(c => c.delete(key));
		},
	};
}
