// The settings' values without the store: checks, masking and a read-only look at the file.
// Free of the store's locking and file handling, so starting an interview never waits for them.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {FOCUS_IDS, isFocusId} from '../core/taxonomy/ids.js';
import {resolveDataDir} from './data-dir.js';
import {LLM_SETTING_KEYS, SETTING_KEYS, llmSettingProblem, type LlmSettingKey, type SettingKey, type Settings} from './settings-types.js';

export const ENGINE_VALUES = ['auto', 'offline', 'llm'] as const;
export const CONFIG_FILE_NAME = 'config.json';

/** A value the user asked for that cannot be stored. The message is one line, fit to print. */
export class SettingError extends Error {}

export function isSettingKey(value: unknown): value is SettingKey {
	return typeof value === 'string' && (SETTING_KEYS as readonly string[]).includes(value);
}

/** Never shows a key in full: `sk-…abcd`. */
export function maskKey(key: string | undefined | null): string {
	if (!key) {
		return '(not set)';
	}
	if (key.length < 12) {
		return `…${key.length > 6 ? key.slice(-2) : ''}`;
	}
	return `${key.slice(0, 3)}…${key.slice(-4)}`;
}

/** URL credentials are secrets like keys: `http://user:pw@host/v1` is shown as `http://…:…@host/v1`. */
export function maskUrl(value: string): string {
	try {
		const url = new URL(value);
		if (!url.username && !url.password) return value;
		// Built by hand: URL would percent-encode the ellipsis.
		const credentials = `${url.username ? '…' : ''}${url.password ? ':…' : ''}`;
		return `${url.protocol}//${credentials}@${url.host}${url.pathname}${url.search}${url.hash}`;
	} catch {
		return value;
	}
}

/** A setting as it may be printed: keys and URL credentials masked. */
export function shownSetting(key: SettingKey, value: unknown): string {
	if (key === 'apiKey') return maskKey(typeof value === 'string' ? value : undefined);
	if (key === 'baseUrl' && typeof value === 'string') return maskUrl(value);
	return String(value);
}

/** Control characters (C0, DEL, C1) and bidi controls: never part of a name, key or URL. */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Checks one value; returns the problem in words, or null when the value is fine. */
export function settingProblem(key: SettingKey, value: unknown): string | null {
	if (typeof value === 'string' && CONTROL.test(value)) {
		return 'must not contain control characters';
	}
	switch (key) {
		case 'defaultFocus':
		case 'lastFocus': {
			return isFocusId(value) ? null : `must be one of ${FOCUS_IDS.join(', ')}`;
		}
		case 'engine': {
			return typeof value === 'string' && (ENGINE_VALUES as readonly string[]).includes(value) ? null : `must be one of ${ENGINE_VALUES.join(', ')}`;
		}
		case 'model': {
			return typeof value === 'string' && /^\S{1,200}$/.test(value) ? null : 'must be a model name without spaces';
		}
		case 'apiKey': {
			return typeof value === 'string' && /^\S{8,}$/.test(value) ? null : 'must be at least 8 characters without spaces';
		}
		case 'baseUrl': {
			if (typeof value !== 'string') {
				return 'must be an http(s) URL';
			}
			try {
				const url = new URL(value);
				return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'must be an http(s) URL';
			} catch {
				return 'must be an http(s) URL, e.g. https://api.openai.com/v1';
			}
		}
	}
	if ((LLM_SETTING_KEYS as readonly string[]).includes(key)) return llmSettingProblem(key as LlmSettingKey, value);
	return 'is not a setting';
}

/** Turns text from the command line into a checked value, or throws SettingError. */
export function parseSettingValue<K extends SettingKey>(key: K, raw: string): Settings[K] {
	const value = raw.trim();
	const problem = settingProblem(key, value);
	if (problem) {
		throw new SettingError(`${key} ${problem}`);
	}
	return value as Settings[K];
}

type Loaded = {values: Record<string, unknown>; problem: 'corrupt' | null};

export function readConfigFile(file: string): Loaded {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return {values: {}, problem: null};
	}
	try {
		const value: unknown = JSON.parse(text);
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			return {values: value as Record<string, unknown>, problem: null};
		}
	} catch {}
	return {values: {}, problem: 'corrupt'};
}

export function pickValid(values: Record<string, unknown>): {settings: Settings; invalid: SettingKey[]} {
	const settings: Record<string, unknown> = {};
	const invalid: SettingKey[] = [];
	for (const key of SETTING_KEYS) {
		if (values[key] === undefined) {
			continue;
		}
		if (settingProblem(key, values[key]) === null) {
			settings[key] = values[key];
		} else {
			invalid.push(key);
		}
	}
	return {settings: settings as Settings, invalid};
}

/** The valid settings in the config file, read without opening the store (nothing is written). */
export function readSettings({dataDir, env}: {dataDir?: string; env: NodeJS.ProcessEnv}): Settings {
	return pickValid(readConfigFile(path.join(resolveDataDir({dataDir, env}), CONFIG_FILE_NAME)).values).settings;
}
