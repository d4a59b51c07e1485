import {existsSync, renameSync} from 'node:fs';
import path from 'node:path';
import {checkDataDir, ensurePrivateDir, resolveDataDir} from './data-dir.js';
import {withFileLock, writeFileAtomicSync} from './settings-lock.js';
import {sweepTempFiles} from './temp-files.js';
import {SETTING_KEYS, type SettingKey, type Settings} from './settings-types.js';
import {CONFIG_FILE_NAME, isSettingKey, pickValid, readConfigFile, SettingError, settingProblem} from './setting-values.js';

export {CONFIG_FILE_NAME, ENGINE_VALUES, isSettingKey, maskKey, maskUrl, parseSettingValue, readSettings, SettingError, settingProblem, shownSetting} from './setting-values.js';

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
 *
 * Every change is read-modify-write of the whole file under a lock shared by every process
 * (see settings-lock.ts), written to a temp file and renamed: two `config set` at once both land.
 */
export function openSettings({dataDir, env}: {dataDir?: string; env: NodeJS.ProcessEnv}): SettingsStore {
	const dir = resolveDataDir({dataDir, env});
	const file = path.join(dir, CONFIG_FILE_NAME);
	const notices: string[] = [];

	try {
		checkDataDir(dir);
	} catch (error) {
		notices.push(`Settings in ${dir} cannot be saved (${(error as Error).message}); defaults are in use.`);
	}
	sweepTempFiles(dir);
	if (existsSync(file) && readConfigFile(file).problem === 'corrupt') {
		const backup = `${file}.corrupt-${timestamp()}`;
		try {
			renameSync(file, backup);
			notices.push(`The settings file was not valid JSON; it was moved to ${backup} and defaults are in use.`);
		} catch (error) {
			notices.push(`The settings file ${file} is not valid JSON and could not be moved aside (${(error as Error).message}); defaults are in use.`);
		}
	}

	const readAll = (): Record<string, unknown> => readConfigFile(file).values;

	const initialInvalid = pickValid(readAll()).invalid;
	if (initialInvalid.length > 0) {
		notices.push(`Ignored invalid ${initialInvalid.join(', ')} in ${file}; fix it with \`ai-pm-sim config set\`.`);
	}

	/** Applies a change to the file as it is on disk now; every failure is a one-line SettingError. */
	const write = (change: (values: Record<string, unknown>) => void): void => {
		try {
			ensurePrivateDir(dir);
			withFileLock(`${file}.lock`, () => {
				const values = readAll();
				change(values);
				writeFileAtomicSync(file, `${JSON.stringify(values, null, '\t')}\n`);
			});
		} catch (error) {
			throw new SettingError(`cannot save settings in ${dir}: ${(error as Error).message}`);
		}
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
			write(values => {
				values[key] = value;
			});
		},
		unset(key) {
			write(values => {
				delete values[key];
			});
		},
	};
}
