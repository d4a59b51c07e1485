import {coverTalkingPoints} from '../analyzer/talking-points.js';
import type {AnswerAnalysis, Finding} from '../analyzer/types.js';
import type {BranchKey, FollowUpNode, Question} from '../script/schema.js';
import {WEAKNESSES} from '../taxonomy/descriptions.js';
import type {WeaknessId} from '../taxonomy/ids.js';
import type {Prompt} from './types.js';

export const MAX_FOLLOW_UPS_PER_QUESTION = 2;

export type FollowUpChoice = {path: string; target: WeaknessId | null; trigger: Finding | null; node: FollowUpNode};

/** Most important first: the weakness's rank in the taxonomy, then how sure the analyzer is. */
export function rankFindings(findings: Finding[]): Finding[] {
	return [...findings].sort((a, b) => WEAKNESSES[b.id].priority - WEAKNESSES[a.id].priority || b.confidence - a.confidence);
}

function branchesOf(node: Question | FollowUpNode): Partial<Record<BranchKey, FollowUpNode>> {
	return node.followUps ?? {};
}

/** A branch whose talking points the thread already covered would ask for what was said: the gap is closed. */
function alreadyCovered(node: FollowUpNode, heard: string[]): boolean {
	if (!node.talkingPoints?.length) return false;
	return coverTalkingPoints(heard.join('\n'), node.talkingPoints).missed.length === 0;
}

/**
 * The interviewer's choice after an answer: probe the most important weakness not yet probed
 * in this question (the current branch's own sub-branch first, then the question's), or go
 * deeper on a strong answer; null moves on to the next question. `heard` holds every answer
 * of this question's thread so far: a branch asking for what they already cover is passed over.
 * `earlier` holds the findings of the thread's earlier answers: a reply is read only for the gap
 * it was asked about, so a gap the opening showed stays open for the next follow-up.
 */
export function chooseFollowUp(
	prompt: Prompt,
	question: Question,
	analysis: AnswerAnalysis,
	state: {probed: BranchKey[]; followUpsAsked: number; maxFollowUps?: number; heard?: string[]; earlier?: Finding[]},
): FollowUpChoice | null {
	const heard = state.heard ?? [];
	if (state.followUpsAsked >= (state.maxFollowUps ?? MAX_FOLLOW_UPS_PER_QUESTION)) return null;
	const local = branchesOf(prompt.node);
	const top = branchesOf(question);
	const basePath = prompt.path;
	const join = (key: BranchKey) => (basePath ? `${basePath}/${key}` : key);

	const candidates = [...rankFindings(analysis.weaknesses), ...rankFindings(state.earlier ?? [])];
	for (const finding of candidates) {
		if (state.probed.includes(finding.id)) continue;
		const node = local[finding.id] ?? top[finding.id];
		if (node && !alreadyCovered(node, heard)) return {path: join(finding.id), target: finding.id, trigger: finding, node};
	}
	if (analysis.weaknesses.length === 0 && !state.probed.includes('deeper')) {
		const node = local.deeper ?? (prompt.kind === 'question' ? top.deeper : undefined);
		if (node && !alreadyCovered(node, heard)) return {path: join('deeper'), target: null, trigger: null, node};
	}
	return null;
}
