import type {Pacing} from '../analyzer/types.js';
import type {InterviewState, Turn} from '../interview/types.js';
import {rankFindings} from '../interview/next-step.js';
import {WEAKNESSES} from '../taxonomy/descriptions.js';
import {DIMENSION_IDS, type DimensionId} from '../taxonomy/ids.js';
import {pacingSummary, scoreSession} from '../scoring/index.js';
import type {Action, AnswerCard, Recap} from './types.js';

const ACTION_COUNT = 3;
/** Dimensions at or above this are not worth an action. */
const GOOD_ENOUGH = 85;

const PACING_ADVICE: Record<Pacing, string> = {
	thin: 'Give the interviewer something to work with: a structure, a concrete example and a number, in 1-3 minutes.',
	short: 'Add one concrete example and one number; aim for one to three minutes per answer.',
	ok: 'Keep answers to about three minutes: lead with the answer, then the structure, then one example.',
	long: 'Land the answer in about three minutes (~400 words): lead with the point, cut the detours.',
	rambling: 'Cut to about three minutes (~400 words): say the answer first, then at most three supporting points.',
};

function scored(turns: Turn[]): Array<Turn & {analysis: NonNullable<Turn['analysis']>}> {
	return turns.filter((t): t is Turn & {analysis: NonNullable<Turn['analysis']>} => t.analysis !== null);
}

function strongAnswerFor(state: InterviewState, turn: Turn): string | null {
	if (turn.kind !== 'question') return null;
	return state.plan.find(p => p.scriptId === turn.scriptId && p.question.id === turn.questionId)?.question.strongAnswer ?? null;
}

function card(state: InterviewState, turn: Turn): AnswerCard {
	const analysis = turn.analysis;
	const weaknesses = analysis ? rankFindings(analysis.weaknesses) : [];
	return {
		turn: turn.index,
		question: turn.question,
		kind: turn.kind,
		score: analysis?.score ?? null,
		...(analysis?.answered === false ? {notAnswered: true} : {}),
		skipped: turn.skipped,
		words: analysis?.words ?? 0,
		pacing: analysis?.pacing ?? null,
		weaknesses,
		advice: weaknesses.map(f => ({id: f.id, strongPattern: WEAKNESSES[f.id].strongPattern})),
		missedTalkingPoints: analysis?.talkingPoints.missed ?? [],
		strongAnswer: strongAnswerFor(state, turn),
		...(state.coaching?.perAnswer[turn.index] ? {coaching: state.coaching.perAnswer[turn.index]} : {}),
	};
}

function actionFor(dimension: DimensionId, turns: ReturnType<typeof scored>): Action {
	if (dimension === 'communication') {
		// each turn is judged by its own norms (a follow-up reply is short by design), and short and long are counted apart
		const pacing = pacingSummary(turns);
		return {dimension, title: pacing.title ? `Pacing: ${pacing.title}` : 'Pacing and structure', strongPattern: PACING_ADVICE[pacing.worst], evidence: []};
	}
	const info = WEAKNESSES[dimension];
	const evidence = turns
		.flatMap(t => t.analysis.weaknesses.filter(f => f.id === dimension))
		.sort((a, b) => b.confidence - a.confidence)
		.map(f => f.evidence)
		.filter(e => e !== '')
		.slice(0, 2);
	return {dimension, title: info.label, strongPattern: info.strongPattern, evidence};
}

/** The scored recap. Every number comes from the analysed turns, so it can be explained and not talked up. */
export function buildRecap(state: InterviewState): Recap {
	const turns = scored(state.turns);
	// each question is scored as one thread (opening answer plus follow-up replies)
	const session = scoreSession(state.turns);
	const dimensions = session.dimensions;
	const actions = DIMENSION_IDS.filter(id => dimensions[id] !== null && dimensions[id]! < GOOD_ENOUGH)
		.sort((a, b) => dimensions[a]! - dimensions[b]!)
		.slice(0, ACTION_COUNT)
		.map(id => actionFor(id, turns));

	const missed = new Map<string, {question: string; missed: Set<string>; covered: Set<string>}>();
	for (const turn of turns) {
		const key = `${turn.scriptId}/${turn.questionId}`;
		const entry = missed.get(key) ?? {question: '', missed: new Set<string>(), covered: new Set<string>()};
		if (turn.kind === 'question') entry.question = turn.question;
		turn.analysis.talkingPoints.missed.forEach(p => entry.missed.add(p));
		turn.analysis.talkingPoints.covered.forEach(p => entry.covered.add(p));
		missed.set(key, entry);
	}
	const missedTalkingPoints = [...missed.values()]
		.map(e => ({question: e.question, points: [...e.missed].filter(p => !e.covered.has(p))}))
		.filter(e => e.question !== '' && e.points.length > 0);

	return {
		overall: session.overall,
		dimensions,
		answers: state.turns.map(t => card(state, t)),
		actions,
		missedTalkingPoints,
		answered: state.turns.filter(t => !t.skipped && t.analysis?.answered !== false).length,
		skipped: state.turns.filter(t => t.skipped).length,
		...(state.coaching ? {coaching: state.coaching} : {}),
	};
}
