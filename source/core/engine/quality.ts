import {existsSync} from 'node:fs';
import path from 'node:path';
import {loadFixtures, type LabelledAnswer} from '../analyzer/evaluate.js';
import {OPEN_SETS} from '../analyzer/labelled-sets.js';
import {coverTalkingPoints} from '../analyzer/talking-points.js';
import {countWords} from '../analyzer/text.js';
import {createInterview} from '../interview/start.js';
import {InterviewSession} from '../interview/session.js';
import {loadScripts} from '../script/load.js';
import {assertedPremise} from '../script/premises.js';
import type {Script} from '../script/schema.js';
import {createOfflineEngine} from './offline.js';
import {composeFollowUp, phrasingBody, type FollowUpWording} from './phrase.js';
import {MAX_QUOTE_WORDS} from './quote.js';
import type {FollowUpInput, InterviewEngine} from './types.js';

// The follow-up quality suite: labelled answers are played through real interviews with the
// offline interviewer, and every follow-up it asks is checked for what a candidate would
// hold against it. Used by `npm run eval` and by the tests.

export type FollowUpVerdict = {
	/** The labelled answer the follow-up reacts to. */
	answerId: string;
	text: string;
	failures: string[];
};

export type FollowUpQualityReport = {total: number; passing: number; share: number; verdicts: FollowUpVerdict[]};

const LEAD_IN = /\b(?:you said|you mentioned|earlier you mentioned|i heard|let me pick up on|you went into|you went deep on|you spent a while on|you described)\b/gi;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Why a quote is not one a person would pick from `source`; empty when it is. */
function quoteFailures(quote: NonNullable<FollowUpWording['quote']>, source: string, text: string): string[] {
	const failures: string[] = [];
	const body = quote.text.replace(/^…|…$/g, '');
	if (!squash(source).includes(squash(body))) failures.push('quote is not verbatim');
	const before = source.slice(0, quote.start);
	const after = source.slice(quote.end);
	if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after)) failures.push('quote cuts inside a word');
	if (/\d[,.]$/.test(before) || /^[,.]\d/.test(after)) failures.push('quote cuts inside a number');
	if (countWords(body) > MAX_QUOTE_WORDS) failures.push(`quote is longer than ${MAX_QUOTE_WORDS} words`);
	if (text.split(`"${quote.text}"`).length !== 2) failures.push('quote is not shown exactly once');
	return failures;
}

/** Every check of one follow-up, against what the interviewer had heard when asking it. */
export function checkFollowUp(input: FollowUpInput, wording: FollowUpWording): string[] {
	const failures: string[] = [];
	const thread = input.thread ?? [];
	if (wording.quote) {
		failures.push(...quoteFailures(wording.quote, wording.quote.source, wording.text));
	}
	const leadIns = wording.text.match(LEAD_IN)?.length ?? 0;
	if (leadIns > 1) failures.push(`${leadIns} lead-ins`);
	if ((wording.text.match(/"/g)?.length ?? 0) > 2) failures.push('more than one quote');
	if (wording.text.includes('{quote}')) failures.push('an unfilled {quote}');

	const heard = [...thread.map(t => t.answer), input.answer].join('\n');
	const condition = input.branch.conditionalPhrasings?.find(c => c.text === wording.phrasing);
	if (condition) {
		const concepts = condition.requires.map(cues => ({text: cues.join(' '), cues}));
		if (coverTalkingPoints(heard, concepts).missed.length > 0) failures.push('asserts a premise the answers do not show');
	} else if (!wording.quote && assertedPremise(phrasingBody(wording.phrasing))) {
		failures.push('asserts a premise without quoting the answer');
	}
	if (wording.acknowledged && input.analysis.weaknesses.length > 0) failures.push('acknowledges an answer with weaknesses');

	const asked = squash(phrasingBody(wording.phrasing).replace(/\{quote\}/g, ''));
	if (thread.some(t => squash(t.question).includes(asked))) failures.push('repeats a question already asked in this thread');
	const points = input.branch.talkingPoints ?? [];
	if (points.length > 0 && coverTalkingPoints(heard, points).missed.length === 0) failures.push('asks for what the thread already covered');
	return failures;
}

/** An offline engine that records each follow-up's input and wording for checking. */
function recordingEngine(out: Array<{input: FollowUpInput; wording: FollowUpWording}>): InterviewEngine {
	const offline = createOfflineEngine();
	return {
		kind: 'offline',
		analyze: (input, options) => offline.analyze(input, options),
		async phraseFollowUp(input) {
			const wording = composeFollowUp(input);
			out.push({input, wording});
			return {value: wording.text, engine: 'offline'};
		},
	};
}

/**
 * Plays the answers through interviews on every script of their focus (each answer in turn
 * answers whatever is asked next) and checks every follow-up asked.
 */
export async function followUpQuality(items: LabelledAnswer[], scripts: Script[]): Promise<FollowUpQualityReport> {
	const verdicts: FollowUpVerdict[] = [];
	for (const script of scripts) {
		const answers = items.filter(item => item.focus === script.focus);
		let next = 0;
		for (let seed = 0; next < answers.length; seed++) {
			const recorded: Array<{input: FollowUpInput; wording: FollowUpWording}> = [];
			const session = new InterviewSession({
				engine: recordingEngine(recorded),
				state: createInterview({scripts, scriptId: script.id, seed, now: new Date(0)}),
				now: () => new Date(0),
			});
			const byAnswer = new Map<string, string>();
			while (session.state.phase !== 'finished' && next < answers.length) {
				const item = answers[next++]!;
				byAnswer.set(item.answer, item.id);
				await session.submit(item.answer);
			}
			for (const {input, wording} of recorded) {
				verdicts.push({answerId: byAnswer.get(input.answer) ?? '?', text: wording.text, failures: checkFollowUp(input, wording)});
			}
		}
	}
	const passing = verdicts.filter(v => v.failures.length === 0).length;
	return {total: verdicts.length, passing, share: verdicts.length === 0 ? 1 : passing / verdicts.length, verdicts};
}

export function formatFollowUpQuality(name: string, report: FollowUpQualityReport, listFailures: boolean): string {
	const lines = [`follow-ups (${name}): ${report.passing}/${report.total} pass every check (${(100 * report.share).toFixed(1)}%)`];
	if (listFailures) {
		for (const v of report.verdicts.filter(v => v.failures.length > 0)) lines.push(`    ${v.answerId}: ${v.failures.join('; ')}\n      ${v.text}`);
	}
	return lines.join('\n');
}

/**
 * The suite over every labelled set present in `dir`, for `npm run eval`: one line per set, the
 * failing follow-ups of the tuning sets when `verbose`, and whether every follow-up passed.
 */
export async function followUpQualitySummary(dir: string, options: {verbose?: boolean} = {}): Promise<{text: string; ok: boolean}> {
	const {scripts} = await loadScripts();
	const lines: string[] = [];
	let ok = true;
	for (const set of OPEN_SETS) {
		const file = path.join(dir, `${set.name}.yaml`);
		if (!existsSync(file)) continue;
		const report = await followUpQuality(await loadFixtures(file), scripts);
		ok &&= report.passing === report.total;
		lines.push(formatFollowUpQuality(set.name, report, Boolean(options.verbose) && set.visibility === 'tuning'));
	}
	lines.push(`follow-up target: every follow-up passes every check (${ok ? 'met' : 'MISSED'})`);
	return {text: lines.join('\n'), ok};
}
