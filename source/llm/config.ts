// Which interviewer a session gets, decided from flags, environment and settings with one rule for
// every key: a flag beats an environment variable, which beats a setting. Pure and free of the
// openai package, so the offline path never loads it.
import {LLM_NUMBER_RANGES, parseHeaderList, type LlmSettingKey, type Settings} from '../storage/settings-types.js';
import type {LlmConfig} from './client.js';
import {DEFAULT_LIMITS, type LlmLimits} from './limits.js';

export type SelectEngineOptions = {
	/** --offline */
	offline?: boolean;
	/** --model */
	model?: string;
	/** --base-url */
	baseUrl?: string;
	env: NodeJS.ProcessEnv;
	settings: Settings;
};

export type EngineChoice = {kind: 'offline'; description: string} | {kind: 'llm'; config: LlmConfig; description: string};

const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

/** The one precedence rule: flag, then environment, then setting. */
const pick = (flag: string | undefined, env: string | undefined, setting: string | undefined) => nonEmpty(flag) ?? nonEmpty(env) ?? nonEmpty(setting);

/** Environment variables for the LLM settings (seconds for times). */
export const LLM_ENV: Record<LlmSettingKey, string> = {
	apiVersion: 'OPENAI_API_VERSION',
	llmHeaders: 'AI_PM_SIM_LLM_HEADERS',
	llmTimeout: 'AI_PM_SIM_LLM_TIMEOUT',
	llmFirstTimeout: 'AI_PM_SIM_LLM_FIRST_TIMEOUT',
	llmRetries: 'AI_PM_SIM_LLM_RETRIES',
	llmRetryCap: 'AI_PM_SIM_LLM_RETRY_CAP',
	llmMaxFollowUpChars: 'AI_PM_SIM_LLM_MAX_FOLLOWUP_CHARS',
	llmMaxAnalysisChars: 'AI_PM_SIM_LLM_MAX_ANALYSIS_CHARS',
	llmMaxCoachingChars: 'AI_PM_SIM_LLM_MAX_COACHING_CHARS',
	llmTemperature: 'AI_PM_SIM_LLM_TEMPERATURE',
};

export function hostOf(baseUrl: string | undefined): string {
	if (!baseUrl) return 'api.openai.com';
	try {
		return new URL(baseUrl).host || baseUrl;
	} catch {
		return baseUrl;
	}
}

/** Servers on this machine or a private network, which may need time to load a model. */
export function isLocalHost(host: string): boolean {
	const name = host
		.replace(/:\d+$/, '')
		.replace(/^\[|\]$/g, '')
		.toLowerCase();
	return (
		name === 'localhost' ||
		name === '::1' ||
		name === '0.0.0.0' ||
		name.endsWith('.local') ||
		name === 'host.docker.internal' ||
		/^127\./.test(name) ||
		/^10\./.test(name) ||
		/^192\.168\./.test(name) ||
		/^172\.(1[6-9]|2\d|3[01])\./.test(name)
	);
}

const AZURE_HOST = /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i;

type Endpoint = Pick<LlmConfig, 'baseUrl' | 'query' | 'keyHeader'> & {model?: string};

/**
 * A base URL as the SDK needs it: its query moved to every request (Azure classic's
 * `?api-version=` would otherwise end up before /chat/completions), Azure's key header, and for
 * Azure classic the deployment path (named by the model when the URL has none).
 */
export function endpointOf(baseUrl: string, apiVersion: string | undefined, model: string | undefined): Endpoint {
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		return {baseUrl};
	}
	const query: Record<string, string> = Object.fromEntries(url.searchParams);
	if (apiVersion) query['api-version'] = apiVersion;
	url.search = '';
	let path = url.pathname.replace(/\/+$/, '');
	const azure = AZURE_HOST.test(url.hostname);
	let deployment: string | undefined;
	if (azure && !/\/v1$/.test(path)) {
		// Classic: …/openai/deployments/NAME, with api-version on every request.
		const named = /\/deployments\/([^/]+)/.exec(path);
		deployment = named?.[1];
		if (!named && model) {
			path = `${path.endsWith('/openai') ? path : `${path}/openai`}/deployments/${encodeURIComponent(model)}`;
			deployment = model;
		}
		query['api-version'] ??= '2024-10-21';
	}
	url.pathname = path;
	return {
		baseUrl: url.toString().replace(/\/$/, ''),
		...(Object.keys(query).length > 0 ? {query} : {}),
		...(azure ? {keyHeader: 'api-key' as const} : {}),
		...(deployment ? {model: decodeURIComponent(deployment)} : {}),
	};
}

function readLimits(env: NodeJS.ProcessEnv, settings: Settings): Partial<LlmLimits> {
	const number = (key: LlmSettingKey): number | undefined => {
		const [min, max] = LLM_NUMBER_RANGES[key]!;
		for (const raw of [env[LLM_ENV[key]], settings[key]]) {
			const n = Number(nonEmpty(raw) ?? NaN);
			if (Number.isFinite(n) && n >= min && n <= max) return n;
		}
		return undefined;
	};
	const seconds = (key: LlmSettingKey) => {
		const n = number(key);
		return n === undefined ? undefined : Math.round(n * 1000);
	};
	const limits: Partial<LlmLimits> = {};
	const set = <K extends keyof LlmLimits>(key: K, value: LlmLimits[K] | undefined) => {
		if (value !== undefined) limits[key] = value;
	};
	set('timeoutMs', seconds('llmTimeout'));
	set('firstCallTimeoutMs', seconds('llmFirstTimeout'));
	set('retryAfterCapMs', seconds('llmRetryCap'));
	set('maxRetries', number('llmRetries'));
	set('temperature', number('llmTemperature'));
	const chars = {analysis: number('llmMaxAnalysisChars'), followUp: number('llmMaxFollowUpChars'), coaching: number('llmMaxCoachingChars')};
	if (Object.values(chars).some(n => n !== undefined)) {
		limits.maxChars = {
			analysis: chars.analysis ?? DEFAULT_LIMITS.maxChars.analysis,
			followUp: chars.followUp ?? DEFAULT_LIMITS.maxChars.followUp,
			coaching: chars.coaching ?? DEFAULT_LIMITS.maxChars.coaching,
		};
	}
	return limits;
}

/** The line the header starts with; "model from the server" until one is picked. */
export const describeLlm = (model: string | undefined, baseUrl: string | undefined) => ['LLM', model ?? 'model from the server', ...(baseUrl ? [hostOf(baseUrl)] : [])].join(' · ');

export function chooseEngine(options: SelectEngineOptions): EngineChoice {
	const {env, settings} = options;
	if (options.offline || settings.engine === 'offline') return {kind: 'offline', description: 'offline interviewer'};
	const apiKey = pick(undefined, env['OPENAI_API_KEY'], settings.apiKey);
	const rawBaseUrl = pick(options.baseUrl, env['OPENAI_BASE_URL'], settings.baseUrl);
	const rawModel = pick(options.model, env['OPENAI_MODEL'], settings.model);
	// A base URL from any source is enough: local servers (Ollama, llama.cpp, LM Studio, vLLM) need no key.
	if (!apiKey && !rawBaseUrl) {
		return {
			kind: 'offline',
			description: settings.engine === 'llm' ? 'offline interviewer (no API key or base URL set)' : 'offline interviewer',
		};
	}
	const endpoint = rawBaseUrl ? endpointOf(rawBaseUrl, pick(undefined, env[LLM_ENV.apiVersion], settings.apiVersion), rawModel) : {};
	const model = rawModel ?? endpoint.model ?? (rawBaseUrl ? undefined : 'gpt-4o-mini');
	const headers = parseHeaderList(pick(undefined, env[LLM_ENV.llmHeaders], settings.llmHeaders) ?? '') ?? {};
	const local = rawBaseUrl !== undefined && isLocalHost(hostOf(rawBaseUrl));
	const config: LlmConfig = {
		...(model ? {model} : {}),
		...(apiKey ? {apiKey} : {}),
		...(endpoint.baseUrl ? {baseUrl: endpoint.baseUrl} : {}),
		...(endpoint.query ? {query: endpoint.query} : {}),
		...(endpoint.keyHeader ? {keyHeader: endpoint.keyHeader} : {}),
		...(Object.keys(headers).length > 0 ? {headers} : {}),
		...(local ? {local} : {}),
		limits: readLimits(env, settings),
	};
	return {kind: 'llm', config, description: describeLlm(model, endpoint.baseUrl)};
}
