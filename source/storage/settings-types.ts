import type {FocusId} from '../core/taxonomy/ids.js';

/** What the user can set (`ai-pm-sim config`, the Settings screen). Persisted with conf. */
export type Settings = {
	defaultFocus?: FocusId;
	/** `auto` uses the LLM when a key is available. */
	engine?: 'auto' | 'offline' | 'llm';
	model?: string;
	apiKey?: string;
	baseUrl?: string;
	/** Remembered so the focus picker can preselect it. */
	lastFocus?: FocusId;
};

export const SETTING_KEYS = ['defaultFocus', 'engine', 'model', 'apiKey', 'baseUrl', 'lastFocus'] as const satisfies ReadonlyArray<keyof Settings>;
export type SettingKey = (typeof SETTING_KEYS)[number];
