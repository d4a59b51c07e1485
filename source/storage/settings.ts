// conf is imported here and nowhere else. This module is only ever loaded with a dynamic import
// (the app opens the store after its first frame, and after the first question is on screen; the
// config and run commands load it with their own code), while starting an interview reads its
// settings through setting-values.ts, which has no conf in it. The store's writes stay synchronous,
// as the Settings screen and `config set` expect, so conf is loaded with the store rather than
// at the first write.
import Conf from 'conf';
import {existsSync, readdirSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {checkDataDir, ensurePrivateDir, resolveDataDir} from './data-dir.js';
import {withFileLock} from './settings-lock.js';
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

/**
 * conf writes through a `config.json.tmp-…` file and removes it on any exit it sees; only a killed
 * write leaves one. Called under the lock, when no other write can be using its temp file.
 */
function removeKilledWrites(dir: string): void {
	for (const name of readdirSync(dir)) if (name.startsWith(`${CONFIG_FILE_NAME}.tmp-`)) rmSync(path.join(dir, name), {force: true});
}

function timestamp(): string {
	return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Settings in `<data dir>/config.json`, mode 0600. A file that is not JSON is moved aside as
 * `config.json.corrupt-<timestamp>` and defaults are used; invalid single values are ignored.
 * When the folder cannot be written, reading still works and `set` throws a SettingError.
 *
 * Changes go through conf, which re-reads the file before each `set` or `delete` and writes it
 * whole (temp file, rename, mode 0600). On its own that still loses a change when two processes
 * read before either writes; each change therefore runs under a lock shared by every process (see
 * settings-lock.ts), so it applies to the file as it is on disk now: two `config set` at once both land.
 * Reads skip conf: they are validated as a whole record (pickValid) and need no lock.
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

	// Made at the first change, inside the lock: its constructor reads the file too.
	let conf: Conf<Settings> | null = null;
	/** Applies a change to the file as it is on disk now; every failure is a one-line SettingError. */
	const write = (change: (store: Conf<Settings>) => void): void => {
		try {
			ensurePrivateDir(dir);
			withFileLock(`${file}.lock`, () => {
				removeKilledWrites(dir);
				conf ??= new Conf<Settings>({cwd: dir, configName: path.basename(CONFIG_FILE_NAME, '.json'), configFileMode: 0o600, accessPropertiesByDotNotation: false});
				change(conf);
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
			write(store => store.set(key, value as Exclude<Settings[typeof key], undefined>));
		},
		unset(key) {
			write(store => store.delete(key));
		},
	};
}
