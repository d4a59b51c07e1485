import {describe, expect, it} from 'vitest';
import {analyzeAnswer} from '../../source/core/analyzer/index.js';
import type {AnswerAnalysis} from '../../source/core/analyzer/types.js';
import {formatTurn} from '../../source/core/history/replay.js';
import type {Turn} from '../../source/core/interview/types.js';
import {pacingSummary, rollUpThread, scoreSession, type ThreadTurn} from '../../source/core/scoring/index.js';
import {aiTalk, EVAL_Q, ethicsWeak, evalStrong, evalWeak, overTechnical} from './examples.js';

const FOLLOW_UP_Q = 'How would you know the summaries are good before you ship them?';
const closingReply =
	'Sixty real threads, two people grade each summary for invented facts and the key ask, and we ship only at zero invented facts and nine in ten on the ask, checked per language.';
const dodgingReply = "Honestly I'd just ship it and watch NPS and retention; if people like it they'll keep using it.";

let index = 0;
function turn(kind: 'question' | 'follow-up', analysis: AnswerAnalysis | null, questionId = 'q1'): ThreadTurn {
	return {index: index++, kind, questionId, scriptId: 's', targets: kind === 'follow-up' ? 'no-eval-framework' : null, skipped: false, analysis};
}

const opening = (answer: string) => analyzeAnswer({...evalWeak, answer});
const reply = (answer: string) => analyzeAnswer({...evalWeak, question: FOLLOW_UP_Q, answer, followUp: {targets: 'no-eval-framework'}});

describe('turn-aware grading', () => {
	it('judges a reply to a follow-up only on the gap it probed, with follow-up length norms', () => {
		const closed = reply(closingReply);
		expect(closed.applicable).toEqual(['no-eval-framework']);
		expect(closed.turn).toEqual({kind: 'follow-up', targets: 'no-eval-framework'});
		expect(closed.pacing).toBe('ok');
		expect(closed.weaknesses).toEqual([]);
		expect(closed.score).toBeGreaterThanOrEqual(85);
		const dodged = reply(dodgingReply);
		expect(dodged.weaknesses.map(w => w.id)).toEqual(['no-eval-framework']);
		expect(dodged.score).toBeLessThan(60);
	});

	it('a short reply needs proportionally less to close the gap than an opening answer', () => {
		// 29 words: a counted set of real requests, the awkward cases, and a must-never-fail bar
		const examples = 'Two hundred real requests from our search logs, including awkward ones like vegan keto for one, plus 30 allergy cases that must never fail before we ship.';
		expect(reply(examples).weaknesses).toEqual([]);
		expect(opening(examples).dimensions['no-eval-framework']!).toBeLessThan(reply(examples).dimensions['no-eval-framework']!);
		const shrugged = reply("Honestly I'd just launch it and see what people think. The ratings will tell us fast if it's any good.");
		expect(shrugged.answered).toBe(true);
		expect(shrugged.weaknesses.map(w => w.id)).toEqual(['no-eval-framework']);
	});

	it('a short reply to a safety follow-up also needs proportionally less than an opening answer', () => {
		const answer = 'Under-triage is the risk, so chest-pain red flags always say call now, and any group under 95% recall blocks launch.';
		const asReply = analyzeAnswer({...ethicsWeak, question: 'What specifically could go wrong?', answer, followUp: {targets: 'skips-ethics'}});
		const asOpening = analyzeAnswer({...ethicsWeak, answer});
		expect(asOpening.dimensions['skips-ethics']!).toBeLessThan(asReply.dimensions['skips-ethics']!);
	});

	it('a reply that gives the number a story was missing counts, without restating who did what', () => {
		const story = (answer: string) => analyzeAnswer({...aiTalk, question: 'What number told you it worked?', answer, followUp: {targets: 'generic-ai-talk'}});
		expect(
			story('Agents accepted 64% of the drafted replies without edits in the first month, up from 41% in the pilot, and handle time dropped by two minutes.').weaknesses,
		).toEqual([]);
		expect(
			story('It was really a team effort. AI products need great collaboration between data science and product, that is where PMs add value.').weaknesses.map(w => w.id),
		).toEqual(['generic-ai-talk']);
	});

	it('a good short reply to a follow-up can only lift the thread, a weak one never lowers it', () => {
		const weakOpening = opening(evalWeak.answer);
		const lifted = rollUpThread([turn('question', weakOpening), turn('follow-up', reply(closingReply))]);
		expect(lifted.score).toBeGreaterThan(weakOpening.score!);
		expect(lifted.dimensions['no-eval-framework']).toBeGreaterThan(weakOpening.dimensions['no-eval-framework']!);

		const strongOpening = opening(evalStrong.answer);
		const kept = rollUpThread([turn('question', strongOpening), turn('follow-up', reply(dodgingReply))]);
		expect(kept.score).toBe(strongOpening.score);
	});

	it('session score is the mean of question threads, not of turns', () => {
		const a = opening(evalStrong.answer);
		const b = opening(evalStrong.answer);
		const turns = [turn('question', a, 'q1'), turn('follow-up', reply(closingReply), 'q1'), turn('question', b, 'q2'), turn('follow-up', reply('Fair point.'), 'q2')];
		const session = scoreSession(turns);
		expect(session.threads).toHaveLength(2);
		expect(session.overall).toBeGreaterThanOrEqual(Math.min(a.score!, b.score!));
	});

	it('a session with no answers, or only non-answers, has no score instead of 0', () => {
		expect(scoreSession([]).overall).toBeNull();
		const shrug = opening("I don't know.");
		expect(shrug.answered).toBe(false);
		const session = scoreSession([turn('question', shrug)]);
		expect(session.overall).toBeNull();
		expect(session.notAnswered).toBe(1);
	});
});

describe('pacing summary', () => {
	it('counts too short and too long apart, each turn by its own norms', () => {
		// distinct material said twice over: long, but not one sentence pasted again and again
		const long = [evalStrong, evalWeak, overTechnical, aiTalk, ethicsWeak].map(a => a.answer).join('\n\n');
		const rambling = analyzeAnswer({...evalStrong, answer: `${long}\n\n${long}`});
		const short = analyzeAnswer({...evalStrong, answer: 'Sixty real threads graded by two people against three criteria before launch.'});
		const goodReply = reply(closingReply);
		const summary = pacingSummary([turn('question', rambling), turn('question', short), turn('follow-up', goodReply)]);
		expect(rambling.pacing).toBe('rambling');
		expect(summary).toMatchObject({scored: 3, tooShort: 1, tooLong: 1});
		expect(summary.title).toBe('1 of 3 answers were too short, 1 too long');
		expect(pacingSummary([turn('question', goodReply)]).title).toBeNull();
	});
});

describe('replay shows why each turn was graded', () => {
	const asTurn = (analysis: AnswerAnalysis, answer: string): Turn => ({
		index: 0,
		kind: 'question',
		questionId: 'q',
		scriptId: 's',
		path: '',
		question: EVAL_Q,
		targets: null,
		trigger: null,
		answer,
		skipped: false,
		analysis,
		engine: 'offline',
		notices: [],
		askedAt: '2026-01-01T10:00:00Z',
		answeredAt: '2026-01-01T10:01:00Z',
	});

	it('lists each invited weakness with its reason, and says what an absence left out', () => {
		const analysis = analyzeAnswer({focus: 'product-sense', question: 'Design a triage assistant for a clinic.', answer: evalWeak.answer});
		const text = formatTurn(asTurn(analysis, evalWeak.answer), {number: 1, total: 1}).join('\n');
		expect(text).toContain('Graded on:');
		expect(text).toMatch(/Safety and ethics depth \(skips-ethics\): a product in health care/);
		expect(text).toMatch(/Missing: /);
	});

	it('marks a non-answer as not answered, with no score and no grading', () => {
		const analysis = analyzeAnswer({...evalWeak, answer: '🤷'});
		const text = formatTurn(asTurn(analysis, '🤷'), {number: 1, total: 1}).join('\n');
		expect(text).toMatch(/Not answered: .*No score\./);
		expect(text).not.toContain('Graded on:');
		expect(text).not.toMatch(/Score \d+\/100/);
	});
});
