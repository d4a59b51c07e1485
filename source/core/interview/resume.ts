import type {BranchKey, FollowUpNode, Question, Script} from '../script/schema.js';
import type {SessionRecord} from '../session/record.js';
import {openingPrompt} from './prompts.js';
import type {InterviewState, PlannedQuestion, Prompt} from './types.js';

function findPlanned(scripts: Script[], scriptId: string, questionId: string): PlannedQuestion | undefined {
	const script = scripts.find(s => s.id === scriptId);
	const question = script?.questions.find(q => q.id === questionId);
	return script && question ? {scriptId, focus: script.focus as PlannedQuestion['focus'], question} : undefined;
}

function nodeAt(question: Question, path: string): FollowUpNode | undefined {
	let node: Question | FollowUpNode | undefined = question;
	for (const key of path.split('/') as BranchKey[]) node = node?.followUps?.[key];
	return node === question ? undefined : (node as FollowUpNode | undefined);
}

/** Rebuilds a live interview from an incomplete saved session, with the unsent draft restored. */
export function resumeInterview(record: SessionRecord, scripts: Script[], now = new Date()): InterviewState {
	const at = now.toISOString();
	const refs = [...record.turns.map(t => ({scriptId: t.scriptId, questionId: t.questionId})), ...(record.pending ? [record.pending] : []), ...record.remaining];
	const plan: PlannedQuestion[] = [];
	for (const ref of refs) {
		if (plan.some(p => p.scriptId === ref.scriptId && p.question.id === ref.questionId)) continue;
		const planned = findPlanned(scripts, ref.scriptId, ref.questionId);
		if (planned) plan.push(planned);
	}
	const pending = record.pending;
	const indexOf = (scriptId: string, questionId: string) => plan.findIndex(p => p.scriptId === scriptId && p.question.id === questionId);

	let prompt: Prompt | null = null;
	let probed: BranchKey[] = [];
	let followUpsAsked = 0;
	if (pending && pending.kind === 'follow-up') {
		const planIndex = indexOf(pending.scriptId, pending.questionId);
		const node = planIndex >= 0 ? nodeAt(plan[planIndex]!.question, pending.path) : undefined;
		if (node) {
			const sameQuestion = record.turns.filter(t => t.scriptId === pending.scriptId && t.questionId === pending.questionId && t.kind === 'follow-up');
			probed = [...sameQuestion.map(t => t.targets ?? 'deeper'), pending.path.split('/').at(-1) as BranchKey];
			followUpsAsked = sameQuestion.length + 1;
			prompt = {kind: 'follow-up', planIndex, path: pending.path, text: pending.question, targets: null, trigger: null, node, askedAt: at, engine: 'offline', notices: []};
			const target = pending.path.split('/').at(-1);
			if (target && target !== 'deeper') prompt.targets = target as Prompt['targets'];
		}
	}
	if (!prompt) {
		const next = pending ? indexOf(pending.scriptId, pending.questionId) : record.remaining[0] ? indexOf(record.remaining[0].scriptId, record.remaining[0].questionId) : -1;
		prompt = next >= 0 ? openingPrompt(plan, next, at) : null;
	}

	return {
		sessionId: record.id,
		focus: record.focus,
		seed: record.seed,
		plan,
		phase: prompt ? 'answering' : 'finished',
		prompt,
		pendingAnswer: null,
		pendingFollowUp: null,
		probed,
		restoredDraft: pending?.draft ? pending.draft : null,
		followUpsAsked,
		turns: record.turns,
		startedAt: record.startedAt,
		endedAt: prompt ? null : (record.endedAt ?? at),
		endReason: prompt ? null : 'completed',
		usage: record.usage,
		coachingStream: '',
		coaching: null,
	};
}
