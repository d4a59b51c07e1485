import {coverTalkingPoints} from '../analyzer/talking-points.js';
import type {Pacing} from '../analyzer/types.js';
import {pickQuote} from '../engine/quote.js';
import type {InterviewState, Turn} from '../interview/types.js';
import {rankFindings} from '../interview/next-step.js';
import type {Question} from '../script/schema.js';
import {WEAKNESSES} from '../taxonomy/descriptions.js';
import {DIMENSION_IDS, type DimensionId} from '../taxonomy/ids.js';
import {pacingSummary, threadsOf as questionThreads} from '../scoring/index.js';
import {questionScore, rollUpScores, scoredTurns, type ScoredTurn} from './scores.js';
import type {Action, AnswerCard, QuestionDetail, QuestionWeakness, Recap} from './types.js';

/** One or two things to work on: more would not be read. */
const ACTION_COUNT = 2;
/** Dimensions at or above this are not worth an action. */
const GOOD_ENOUGH = 85;

const PACING_ADVICE: Record<Pacing, string> = {
	thin: 'Give the interviewer something to work with: a structure, a concrete example and a number, in 1-3 minutes.',
	short: 'Add one concrete example and one number; aim for one to three minutes per answer.',
	ok: 'Keep answers to about three minutes: lead with the answer, then the structure, then one example.',
	long: 'Land the answer in about three minutes (~400 words): lead with the point, cut the detours.',
	rambling: 'Cut to about three minutes (~400 words): say the answer first, then at most three supporting points.',
};

/** A question and its follow-ups, in the order asked. */
type Thread = {number: number; question: Question | null; turns: Turn[]};

function threadsOf(state: InterviewState): Thread[] {
	return questionThreads(state.turns).map((turns, i) => ({
		number: i + 1,
		question: state.plan.find(p => p.scriptId === turns[0]!.scriptId && p.question.id === turns[0]!.questionId)?.question ?? null,
		turns,
	}));
}

/** The candidate's words behind a finding: a whole clause when one carries it, else the evidence itself. */
function quoteOf(answer: string, evidence: string): string | null {
	if (!evidence) return null;
	return pickQuote(answer, {evidence})?.text ?? evidence;
}

function detail(thread: Thread, coaching: InterviewState['coaching']): QuestionDetail {
	const scored = scoredTurns(thread.turns);
	const weaknesses: QuestionWeakness[] = [];
	for (const turn of scored) {
		for (const finding of rankFindings(turn.analysis.weaknesses)) {
			const known = weaknesses.find(w => w.id === finding.id);
			const quote = quoteOf(turn.answer, finding.evidence);
			if (!known) weaknesses.push({id: finding.id, label: WEAKNESSES[finding.id].label, quote, turn: turn.index});
			else if (!known.quote && quote) Object.assign(known, {quote, turn: turn.index});
		}
	}
	// A point made in any answer of the thread was made, replies to follow-ups included, as /hint
	// and the interviewer count it; each answer's own analysis only holds the points it was asked for.
	const heard = scored.map(t => t.answer).join('\n');
	const covered = new Set([...scored.flatMap(t => t.analysis.talkingPoints.covered), ...coverTalkingPoints(heard, thread.question?.talkingPoints).covered]);
	const points = thread.question?.talkingPoints.map(p => p.text) ?? [...new Set(scored.flatMap(t => t.analysis.talkingPoints.missed))];
	return {
		number: thread.number,
		question: thread.turns[0]!.question,
		score: questionScore(thread.turns),
		exchanges: thread.turns.map(t => ({
			turn: t.index,
			kind: t.kind,
			question: t.question,
			answer: t.answer,
			skipped: t.skipped,
			score: t.analysis?.score ?? null,
			words: t.analysis?.words ?? 0,
			pacing: t.analysis?.pacing ?? null,
		})),
		weaknesses,
		covered: points.filter(p => covered.has(p)),
		coaching: {
			cover: scored.length > 0 ? points.filter(p => !covered.has(p)) : [],
			strongAnswer: thread.question?.strongAnswer ?? null,
			coach: thread.turns.map(t => coaching?.perAnswer[t.index]).filter((text): text is string => Boolean(text)),
		},
	};
}

function card(state: InterviewState, turn: Turn, question: Question | null): AnswerCard {
	const analysis = turn.analysis;
	return {
		turn: turn.index,
		question: turn.question,
		kind: turn.kind,
		score: analysis?.score ?? null,
		skipped: turn.skipped,
		words: analysis?.words ?? 0,
		pacing: analysis?.pacing ?? null,
		weaknesses: analysis ? rankFindings(analysis.weaknesses) : [],
		missedTalkingPoints: analysis?.talkingPoints.missed ?? [],
		strongAnswer: turn.kind === 'question' ? (question?.strongAnswer ?? null) : null,
		...(analysis?.answered === false ? {notAnswered: true} : {}),
		...(state.coaching?.perAnswer[turn.index] ? {coaching: state.coaching.perAnswer[turn.index]} : {}),
	};
}

function actionFor(dimension: DimensionId, turns: ScoredTurn[], questions: QuestionDetail[]): Action {
	const numberOf = (turn: Turn) => questions.find(q => q.exchanges.some(e => e.turn === turn.index))!;
	if (dimension === 'communication') {
		// Each turn is judged by its own norms (a follow-up reply is short by design); short and long are counted apart.
		const pacing = pacingSummary(turns);
		const title = pacing.title ? `Pacing: ${pacing.title}` : 'Pacing and structure';
		const off = turns.find(t => t.analysis.pacing === pacing.worst && pacing.worst !== 'ok');
		const worst = off ? numberOf(off) : null;
		// Pacing is about length, not content: no talking points to add here.
		return {
			dimension,
			title,
			strongPattern: PACING_ADVICE[pacing.worst],
			evidence: [],
			...(worst ? {example: {questionNumber: worst.number, question: worst.question, quote: null, missedPoints: []}} : {}),
		};
	}
	const info = WEAKNESSES[dimension];
	const found = turns
		.flatMap(t => t.analysis.weaknesses.filter(f => f.id === dimension).map(f => ({turn: t, finding: f})))
		.sort((a, b) => b.finding.confidence - a.finding.confidence);
	const evidence = found
		.map(f => f.finding.evidence)
		.filter(e => e !== '')
		.slice(0, 2);
	const top = found.find(f => f.finding.evidence) ?? found[0];
	if (!top) return {dimension, title: info.label, strongPattern: info.strongPattern, evidence};
	const where = numberOf(top.turn);
	return {
		dimension,
		title: info.label,
		strongPattern: info.strongPattern,
		evidence,
		example: {questionNumber: where.number, question: where.question, quote: quoteOf(top.turn.answer, top.finding.evidence), missedPoints: where.coaching.cover.slice(0, 2)},
	};
}

/** The scored recap. Every number comes from scores.ts, so it can be explained and not talked up. */
export function buildRecap(state: InterviewState): Recap {
	const turns = scoredTurns(state.turns);
	// Each question is scored as one thread (opening answer plus follow-up replies).
	const {overall, dimensions} = rollUpScores(state.turns);
	const threads = threadsOf(state);
	const questions = threads.map(thread => detail(thread, state.coaching));
	const actions = DIMENSION_IDS.filter(id => dimensions[id] !== null && dimensions[id]! < GOOD_ENOUGH)
		.sort((a, b) => dimensions[a]! - dimensions[b]!)
		.slice(0, ACTION_COUNT)
		.map(id => actionFor(id, turns, questions))
		// The same words quoted for two things reads as a copy: the first keeps them.
		.map((action, i, all) =>
			action.example?.quote && all.slice(0, i).some(a => a.example?.quote === action.example!.quote) ? {...action, example: {...action.example, quote: null}} : action,
		);

	return {
		overall,
		dimensions,
		answers: threads.flatMap(thread => thread.turns.map(turn => card(state, turn, thread.question))),
		actions,
		questions,
		missedTalkingPoints: questions.filter(q => q.coaching.cover.length > 0).map(q => ({question: q.question, points: q.coaching.cover})),
		answered: state.turns.filter(t => !t.skipped && t.analysis?.answered !== false).length,
		skipped: state.turns.filter(t => t.skipped).length,
		...(state.coaching ? {coaching: state.coaching} : {}),
	};
}
