// Which interviewer a session gets, decided from flags, environment and settings.
// Pure and free of the openai package, so the offline path never loads it.
import type {Settings} from '../storage/settings-types.js';
import {DEFAULT_MODEL, type LlmConfig} from './client.js';

export type SelectEngineOptions = {
	/** --offline */
	offline?: boolean;
	/** --model */
	model?: string;
	/** --base-url */
	baseUrl?: string;
	env: NodeJS.ProcessEnv;
	settings: Settings;
	/** Per-call timeout for the LLM, ms (default 30 s). */
	timeoutMs?: number;
};

export type EngineChoice = {kind: 'offline'; description: string} | {kind: 'llm'; config: LlmConfig; description: string};

const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

function hostOf(baseUrl: string): string {
	try {
		return new URL(baseUrl).host || baseUrl;
	} catch {
		return baseUrl;
	}
}

export function chooseEngine(options: SelectEngineOptions): EngineChoice {
	const {env, settings} = options;
	if (options.offline || settings.engine === 'offline') return {kind: 'offline', description: 'offline interviewer'};
	const apiKey = nonEmpty(env['OPENAI_API_KEY']) ?? nonEmpty(settings.apiKey);
	const baseUrl = nonEmpty(options.baseUrl) ?? nonEmpty(env['OPENAI_BASE_URL']) ?? nonEmpty(settings.baseUrl);
	const model = nonEmpty(options.model) ?? nonEmpty(settings.model) ?? nonEmpty(env['OPENAI_MODEL']) ?? DEFAULT_MODEL;
	// A keyless server (Ollama, llama.cpp) is used when asked for explicitly: engine "llm" or a --base-url flag.
	const keylessWanted = baseUrl !== undefined && (settings.engine === 'llm' || nonEmpty(options.baseUrl) !== undefined);
	if (!apiKey && !keylessWanted) {
		return {kind: 'offline', description: settings.engine === 'llm' ? 'offline interviewer (no API key or base URL set)' : 'offline interviewer'};
	}
	// Slow local models may need more than the default; AI_PM_SIM_LLM_TIMEOUT is in seconds.
	const envSeconds = Number(env['AI_PM_SIM_LLM_TIMEOUT']);
	const timeoutMs = options.timeoutMs ?? (Number.isFinite(envSeconds) && envSeconds > 0 ? envSeconds * 1000 : undefined);
	const config: LlmConfig = {model, ...(apiKey ? {apiKey} : {}), ...(baseUrl ? {baseUrl} : {}), ...(timeoutMs ? {timeoutMs} : {})};
	const description = ['LLM', model, ...(baseUrl ? [hostOf(baseUrl)] : [])].join(' · ');
	return {kind: 'llm', config, description};
}
