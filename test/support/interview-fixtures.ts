import type {AnswerAnalysis, Finding} from '../../source/core/analyzer/types.js';
import type {InterviewEngine} from '../../source/core/engine/types.js';
import type {Script} from '../../source/core/script/schema.js';
import {emptyDimensions, type WeaknessId} from '../../source/core/taxonomy/ids.js';

/** A small two-question script whose branches are easy to follow in assertions. */
export const testScript: Script = {
	id: 'test-eval',
	focus: 'evaluation',
	title: 'Test script',
	questions: [
		{
			id: 'q1',
			text: 'How would you know smart replies work?',
			probes: ['no-eval-framework', 'generic-pm'],
			talkingPoints: [{text: 'An eval set from real messages', cues: ['eval set']}],
			strongAnswer: 'Separate model and product evaluation.',
			followUps: {
				'no-eval-framework': {
					phrasings: ['Which quality criteria would you score?'],
					followUps: {deeper: {phrasings: ['What threshold blocks launch?']}},
				},
				'generic-pm': {phrasings: ['What happens when the model is wrong?']},
				deeper: {phrasings: ['Which slice worries you most?']},
			},
		},
		{
			id: 'q2',
			text: 'What is your launch bar?',
			probes: ['no-eval-framework'],
			talkingPoints: [{text: 'A threshold per criterion', cues: ['threshold']}],
			strongAnswer: 'A bar per criterion.',
			followUps: {'no-eval-framework': {phrasings: ['Who sets the bar?']}, deeper: {phrasings: ['And after launch?']}},
		},
	],
};

export function analysisWith(findings: Array<{id: WeaknessId; confidence?: number; evidence?: string}>, score = 70): AnswerAnalysis {
	const weaknesses: Finding[] = findings.map(f => ({id: f.id, confidence: f.confidence ?? 0.8, evidence: f.evidence ?? 'we track NPS', source: 'offline'}));
	const dimensions = emptyDimensions();
	for (const f of findings) dimensions[f.id] = 40;
	dimensions.communication = 80;
	return {
		weaknesses,
		score,
		dimensions,
		talkingPoints: {covered: [], missed: ['An eval set from real messages']},
		words: 120,
		speakingSeconds: 51,
		pacing: 'ok',
		applicable: ['no-eval-framework', 'generic-pm'],
	};
}

/** An engine whose analysis is scripted answer by answer: the answer text names the weaknesses. */
export function scriptedEngine(): InterviewEngine {
	return {
		kind: 'offline',
		async analyze({answer}) {
			const ids = (['no-eval-framework', 'generic-pm', 'skips-ethics'] as const).filter(id => answer.includes(id));
			return {value: analysisWith(ids.map(id => ({id, evidence: answer}))), engine: 'offline'};
		},
		async phraseFollowUp({branch, trigger}) {
			return {value: `${branch.phrasings[0]}${trigger ? ` [re: ${trigger.evidence}]` : ''}`, engine: 'offline'};
		},
	};
}
