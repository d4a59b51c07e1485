// Picks the interviewer for a session. The LLM engine (and with it the openai package) is
// imported only when chosen, so offline sessions and bundles never load it.
import {createOfflineEngine} from '../core/engine/offline.js';
import type {InterviewEngine} from '../core/engine/types.js';
import {chooseEngine, type SelectEngineOptions} from './config.js';

export type {SelectEngineOptions} from './config.js';

export async function selectEngine(options: SelectEngineOptions): Promise<{engine: InterviewEngine; description: string}> {
	const offline = createOfflineEngine();
	const choice = chooseEngine(options);
	if (choice.kind === 'offline') return {engine: offline, description: choice.description};
	const {createLlmEngine} = await import('./engine.js');
	return {engine: createLlmEngine(choice.config, offline), description: choice.description};
}
