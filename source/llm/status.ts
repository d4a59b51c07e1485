// What a saved session says about its interviewer. Pure and tiny: the app and `run` import it
// without loading the LLM engine.
import type {EngineKind} from '../core/engine/types.js';
import type {InterviewState} from '../core/interview/types.js';

/** `llm` only when the LLM handled at least one turn or wrote the coaching; each turn keeps its own engine. */
export function recordedEngine(state: InterviewState): EngineKind {
	return state.turns.some(turn => turn.engine === 'llm') || state.coaching !== null ? 'llm' : 'offline';
}
