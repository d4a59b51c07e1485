import type {InterviewState} from '../core/interview/types.js';
import type {Recap} from '../core/recap/types.js';
import {overallText} from '../core/scoring/index.js';

/** Plain text of a session, printed when it could not be saved, so no answer is lost. */
export function transcriptText(state: InterviewState, draft: string, recap: Recap | null): string {
	const lines: string[] = ['ai-pm-sim: this session could not be saved; here is everything you wrote.', ''];
	for (const turn of state.turns) {
		lines.push(`Q: ${turn.question}`);
		lines.push(turn.skipped ? '(skipped)' : turn.answer);
		lines.push('');
	}
	if (state.prompt && draft.trim()) {
		lines.push(`Q: ${state.prompt.text}`);
		lines.push(`(not sent) ${draft}`);
		lines.push('');
	}
	if (recap && recap.answered > 0) lines.push(overallText(recap.overall));
	return `${lines.join('\n').trimEnd()}\n`;
}
