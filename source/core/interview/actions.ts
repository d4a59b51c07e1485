import type {AnswerAnalysis} from '../analyzer/types.js';
import type {Coaching, EngineKind, TokenUsage} from '../engine/types.js';
import type {EndReason} from './types.js';

type FromEngine = {engine: EngineKind; notice?: string; usage?: TokenUsage};

export type InterviewAction =
	| {type: 'submit'; answer: string}
	| {type: 'skip'; at: string}
	| ({type: 'analyzed'; analysis: AnswerAnalysis; at: string} & FromEngine)
	| {type: 'follow-up-token'; text: string}
	| ({type: 'follow-up-ready'; text: string; at: string} & FromEngine)
	/** Esc while an answer is analysed: the answer goes back to the editor. */
	| {type: 'cancel'}
	| {type: 'end'; reason: EndReason; at: string}
	| {type: 'coaching-token'; text: string}
	| ({type: 'coaching-ready'; coaching: Coaching} & FromEngine);
