import {SETTING_KEYS, type SettingKey} from '../../storage/settings-types.js';
import {isSettingKey, openSettings, parseSettingValue, SettingError, shownSetting} from '../../storage/settings.js';
import {UsageError, writeJson, writeLine} from '../io.js';
import {dataDirFlag, readStdin} from '../options.js';
import type {CommandHandler} from './types.js';

const ACTIONS = ['list', 'get', 'set', 'unset', 'path'] as const;

function keyArg(raw: string | undefined, action: string): SettingKey {
	if (raw === undefined) {
		throw new UsageError(`config ${action} needs a key: ${SETTING_KEYS.join(', ')}`);
	}
	if (!isSettingKey(raw)) {
		throw new UsageError(`unknown setting "${raw}"; settings are ${SETTING_KEYS.join(', ')}`);
	}
	return raw;
}

const handler: CommandHandler = async ({args, flags, io}) => {
	const [action = 'list', ...rest] = args;
	if (!(ACTIONS as readonly string[]).includes(action)) {
		throw new UsageError(`unknown config action "${action}"; use ${ACTIONS.join(', ')}`);
	}
	const expected = {list: 0, path: 0, get: 1, unset: 1, set: 2}[action as (typeof ACTIONS)[number]];
	if (rest.length > expected) {
		throw new UsageError(`too many arguments for \`config ${action}\`${action === 'set' ? '; quote a value that has spaces' : ''}`);
	}
	const settings = openSettings({dataDir: dataDirFlag(flags.dataDir, io), env: io.env});
	if (settings.notice) {
		writeLine(io.stderr, `warning: ${settings.notice}`);
	}
	const values = settings.get();

	try {
		switch (action) {
			case 'path': {
				writeLine(io.stdout, settings.path);
				return 0;
			}
			case 'get': {
				const key = keyArg(rest[0], 'get');
				const value = values[key];
				if (flags.json) {
					writeJson(io.stdout, {[key]: value === undefined ? null : shownSetting(key, value)});
					return value === undefined ? 1 : 0;
				}
				if (value === undefined) {
					writeLine(io.stderr, `${key} is not set`);
					return 1;
				}
				writeLine(io.stdout, shownSetting(key, value));
				return 0;
			}
			case 'set': {
				const key = keyArg(rest[0], 'set');
				let raw = rest[1];
				if (raw === undefined) {
					throw new UsageError(`config set ${key} needs a value${key === 'apiKey' ? ' (or "-" to read it from standard input)' : ''}`);
				}
				if (raw === '-') {
					raw = (await readStdin(io)).trim();
				}
				const value = parseSettingValue(key, raw);
				settings.set(key, value);
				writeLine(io.stdout, `${key} = ${shownSetting(key, value)}`);
				return 0;
			}
			case 'unset': {
				const key = keyArg(rest[0], 'unset');
				settings.unset(key);
				writeLine(io.stdout, `${key} unset`);
				return 0;
			}
			default: {
				if (flags.json) {
					writeJson(io.stdout, Object.fromEntries(SETTING_KEYS.map(key => [key, values[key] === undefined ? null : shownSetting(key, values[key])])));
					return 0;
				}
				const width = Math.max(...SETTING_KEYS.map(key => key.length));
				for (const key of SETTING_KEYS) {
					const value = values[key];
					writeLine(io.stdout, `${key.padEnd(width)}  ${value === undefined ? '(not set)' : shownSetting(key, value)}`);
				}
				writeLine(io.stdout, `\nStored in ${settings.path}`);
				return 0;
			}
		}
	} catch (error) {
		if (error instanceof SettingError) {
			throw new UsageError(error.message, error.message.startsWith('cannot save') ? 1 : 2);
		}
		throw error;
	}
};

export default handler;
