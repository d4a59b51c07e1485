import {analyzeAnswer} from '../analyzer/index.js';
import {phraseOffline} from './phrase.js';
import type {InterviewEngine} from './types.js';

/** The built-in interviewer: no key, no network, deterministic. */
export function createOfflineEngine(): InterviewEngine {
	return {
		kind: 'offline',
		async analyze(input) {
			return {value: analyzeAnswer(input), engine: 'offline'};
		},
		async phraseFollowUp(input) {
			return {value: phraseOffline(input), engine: 'offline'};
		},
	};
}
