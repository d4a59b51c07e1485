import type {Prompt, PlannedQuestion} from './types.js';

export function openingPrompt(plan: PlannedQuestion[], planIndex: number, askedAt: string): Prompt | null {
	const planned = plan[planIndex];
	if (!planned) return null;
	return {
		kind: 'question',
		planIndex,
		path: '',
		text: planned.question.text,
		targets: null,
		trigger: null,
		node: planned.question,
		askedAt,
		engine: 'offline',
		notices: [],
	};
}
