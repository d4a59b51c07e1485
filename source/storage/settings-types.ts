import type {FocusId} from '../core/taxonomy/ids.js';

/** What the user can set (`ai-pm-sim config`, the Settings screen). Persisted with conf. */
export type Settings = {
	defaultFocus?: FocusId;
	/** `auto` uses the LLM when a key or a base URL is available. */
	engine?: 'auto' | 'offline' | 'llm';
	model?: string;
	apiKey?: string;
	baseUrl?: string;
	/** Remembered so the focus picker can preselect it. */
	lastFocus?: FocusId;
} & Partial<Record<LlmSettingKey, string>>;

/**
 * LLM tuning, stored as text as typed (`config set llmTimeout 60`) and read by the LLM layer;
 * each has an AI_PM_SIM_* or OPENAI_* environment variable of the same meaning (see the README).
 */
export const LLM_SETTING_KEYS = [
	'apiVersion',
	'llmHeaders',
	'llmTimeout',
	'llmFirstTimeout',
	'llmRetries',
	'llmRetryCap',
	'llmMaxFollowUpChars',
	'llmMaxAnalysisChars',
	'llmMaxCoachingChars',
	'llmTemperature',
] as const;
export type LlmSettingKey = (typeof LLM_SETTING_KEYS)[number];

export const SETTING_KEYS = ['defaultFocus', 'engine', 'model', 'apiKey', 'baseUrl', 'lastFocus', ...LLM_SETTING_KEYS] as const satisfies ReadonlyArray<keyof Settings>;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Ranges of the numeric LLM settings: [min, max]. */
export const LLM_NUMBER_RANGES: Partial<Record<LlmSettingKey, [number, number]>> = {
	llmTimeout: [1, 3600],
	llmFirstTimeout: [1, 3600],
	llmRetries: [0, 10],
	llmRetryCap: [0, 600],
	llmMaxFollowUpChars: [50, 10_000],
	llmMaxAnalysisChars: [200, 200_000],
	llmMaxCoachingChars: [200, 200_000],
	llmTemperature: [0, 2],
};

/** Header lists are `Name: value; Other-Name: value`. */
export function parseHeaderList(raw: string): Record<string, string> | null {
	const headers: Record<string, string> = {};
	for (const part of raw.split(/[;\n]/)) {
		if (part.trim() === '') continue;
		const colon = part.indexOf(':');
		const name = part.slice(0, colon).trim();
		if (colon <= 0 || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) return null;
		headers[name] = part.slice(colon + 1).trim();
	}
	return headers;
}

/** Checks one LLM setting; the problem in words, or null when fine. */
export function llmSettingProblem(key: LlmSettingKey, value: unknown): string | null {
	if (typeof value !== 'string') return 'must be text';
	if (key === 'apiVersion') return /^[\w.-]{1,40}$/.test(value) ? null : 'must look like 2024-10-21 or preview';
	if (key === 'llmHeaders') return parseHeaderList(value) ? null : 'must be "Name: value; Other-Name: value"';
	const [min, max] = LLM_NUMBER_RANGES[key]!;
	const n = Number(value);
	return value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max ? null : `must be a number from ${min} to ${max}`;
}
