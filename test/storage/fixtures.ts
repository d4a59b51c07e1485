import type {AnswerAnalysis, Finding} from '../../source/core/analyzer/types.js';
import type {Turn} from '../../source/core/interview/types.js';
import type {Recap} from '../../source/core/recap/types.js';
import {SESSION_SCHEMA_VERSION, type SessionRecord} from '../../source/core/session/record.js';
import {DIMENSION_IDS, type DimensionId, type FocusId} from '../../source/core/taxonomy/ids.js';

const SENTENCES = [
	'For the smart-reply feature I would start by asking what job the user is trying to get done in the inbox.',
	'We would track NPS and daily active users after launch, and look at retention over the first month.',
	'The model is sometimes wrong, so every suggestion needs a confidence threshold and an easy way to dismiss it.',
	'I built an eval set of about fifty real conversations and scored tone, accuracy and brevity with a rubric.',
	'Override and edit rates tell us whether people trust the suggestions enough to send them unchanged.',
	'In my last role we prototyped a ticket classifier that reached 82 percent accuracy but struggled on billing.',
];

export function longAnswer(words: number, seed = 0): string {
	const out: string[] = [];
	let count = 0;
	for (let i = seed; count < words; i++) {
		const sentence = SENTENCES[i % SENTENCES.length]!;
		out.push(sentence);
		count += sentence.split(' ').length;
	}
	return out.join(' ');
}

function dims(base: number): Record<DimensionId, number | null> {
	return Object.fromEntries(DIMENSION_IDS.map((id, i) => [id, i === 4 ? null : Math.max(0, Math.min(100, base + i * 5 - 10))])) as Record<DimensionId, number | null>;
}

export type RecordOptions = {
	id?: string;
	focus?: FocusId;
	startedAt?: string;
	complete?: boolean;
	overall?: number | null;
	turns?: number;
	/** Words per answer; ~400 words × 6 turns × 2 (recap echoes) gives ~20 KB files. */
	answerWords?: number;
	schemaVersion?: number;
};

export function makeRecord(options: RecordOptions = {}): SessionRecord {
	const started = options.startedAt ?? '2025-03-01T10:00:00.000Z';
	const startMs = Date.parse(started);
	const turnCount = options.turns ?? 3;
	const complete = options.complete ?? true;
	const overall = options.overall === undefined ? 60 : options.overall;
	const finding: Finding = {id: 'no-eval-framework', confidence: 0.8, evidence: 'We would track NPS and daily active users', source: 'offline'};
	const turns: Turn[] = [];
	for (let i = 0; i < turnCount; i++) {
		const followUp = i % 2 === 1;
		const analysis: AnswerAnalysis = {
			weaknesses: followUp ? [] : [finding],
			score: 50 + i * 5,
			dimensions: dims(50 + i * 5),
			talkingPoints: {covered: ['eval set from real data'], missed: ['quality bar per criterion']},
			words: options.answerWords ?? 60,
			speakingSeconds: Math.round(((options.answerWords ?? 60) / 130) * 60),
			pacing: 'ok',
			applicable: ['no-eval-framework', 'generic-pm'],
		};
		turns.push({
			index: i,
			kind: followUp ? 'follow-up' : 'question',
			questionId: `q${Math.floor(i / 2) + 1}`,
			scriptId: 'evaluation-basics',
			path: followUp ? 'no-eval-framework' : '',
			question: followUp ? 'You mentioned NPS and DAU. How would you know the model itself performs well?' : 'How would you know a smart-reply feature works?',
			targets: followUp ? 'no-eval-framework' : null,
			trigger: followUp ? finding : null,
			answer: longAnswer(options.answerWords ?? 60, i),
			skipped: false,
			analysis,
			engine: 'offline',
			notices: [],
			askedAt: new Date(startMs + i * 120_000).toISOString(),
			answeredAt: new Date(startMs + i * 120_000 + 90_000).toISOString(),
		});
	}
	const recap: Recap | null =
		overall === null
			? null
			: {
					overall,
					dimensions: dims(overall),
					answers: turns.map(turn => ({
						turn: turn.index,
						question: turn.question,
						kind: turn.kind,
						score: turn.analysis?.score ?? null,
						skipped: false,
						words: turn.analysis?.words ?? 0,
						pacing: 'ok',
						weaknesses: turn.analysis?.weaknesses ?? [],
						advice: (turn.analysis?.weaknesses ?? []).map(w => ({id: w.id, strongPattern: 'Separate model evaluation from product evaluation and connect the two.'})),
						missedTalkingPoints: ['quality bar per criterion'],
						strongAnswer: 'Name three quality criteria, build a fifty-example eval set from real data, set a bar per criterion.',
					})),
					actions: [
						{
							dimension: 'no-eval-framework',
							title: 'Build an evaluation framework',
							strongPattern: 'Separate model evaluation from product evaluation and connect the two.',
							evidence: ['We would track NPS and daily active users'],
						},
						{dimension: 'generic-pm', title: 'Add the AI layer', strongPattern: 'Design for a system that is sometimes wrong.', evidence: []},
					],
					missedTalkingPoints: [{question: 'How would you know a smart-reply feature works?', points: ['quality bar per criterion']}],
					answered: turnCount,
					skipped: 0,
				};
	return {
		schemaVersion: options.schemaVersion ?? SESSION_SCHEMA_VERSION,
		id: options.id ?? `s-${startMs.toString(36)}`,
		focus: options.focus ?? 'evaluation',
		scriptIds: ['evaluation-basics'],
		engine: 'offline',
		seed: 7,
		startedAt: started,
		endedAt: complete ? new Date(startMs + turnCount * 120_000).toISOString() : null,
		complete,
		endReason: complete ? 'completed' : 'interrupted',
		remaining: complete ? [] : [{scriptId: 'evaluation-basics', questionId: 'q9'}],
		turns,
		pending: null,
		recap: complete ? recap : null,
		usage: null,
	};
}
