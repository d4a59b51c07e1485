import {describe, expect, it} from 'vitest';
import {loadScripts} from '../../source/core/script/load.js';
import type {BranchKey, FollowUpNode, Question} from '../../source/core/script/schema.js';
import {FOLLOW_UPS_BY_LEVEL, LEVELS} from '../../source/core/interview/plan-options.js';
import {SCRIPT_FOCUS_IDS, WEAKNESS_IDS} from '../../source/core/taxonomy/ids.js';
import {main} from '../../source/cli/main.js';
import {builtInQuestionsDir} from '../../source/core/script/load.js';
import {fakeIo} from '../history/fake-io.js';

// The scripts written to the premise rules from the start. The six original scripts predate
// them; their phrasings and nested branches are being reworked separately.
const CHECKED_SCRIPTS = ['product-sense-consumer', 'evaluation-metrics', 'technical-plainly', 'experience-stories', 'ethics-data-and-harms', 'prioritization-strategy'];

const {scripts, errors} = await loadScripts();
const questions = scripts.flatMap(s => s.questions.map(question => ({script: s, question})));
const checked = questions.filter(q => CHECKED_SCRIPTS.includes(q.script.id));

function shingles(text: string, size = 3): Set<string> {
	const words = text
		.toLowerCase()
		.replace(/[^a-z0-9' ]+/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
	const out = new Set<string>();
	for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
	if (words.length < size) out.add(words.join(' '));
	return out;
}

function similarity(a: string, b: string): number {
	const left = shingles(a);
	const right = shingles(b);
	let shared = 0;
	for (const s of left) if (right.has(s)) shared++;
	return shared / (left.size + right.size - shared);
}

type Walked = {path: BranchKey[]; node: FollowUpNode};

function walk(node: Question | FollowUpNode, path: BranchKey[] = []): Walked[] {
	return Object.entries(node.followUps ?? {}).flatMap(([key, child]) => {
		const here = [...path, key as BranchKey];
		return [{path: here, node: child!}, ...walk(child!, here)];
	});
}

/**
 * Whether the interviewer can ever arrive at a node: each step is a weakness the question
 * probes (the analyzer reports no other) or "deeper", no branch is taken twice in a thread,
 * and the thread fits in the most follow-ups any level allows.
 */
function reachable(question: Question, path: BranchKey[]): boolean {
	const maxDepth = Math.max(...Object.values(FOLLOW_UPS_BY_LEVEL));
	return path.length <= maxDepth && new Set(path).size === path.length && path.every(key => key === 'deeper' || question.probes.includes(key));
}

describe('the question bank', () => {
	it('loads without errors and includes every new script', () => {
		expect(errors).toEqual([]);
		expect(scripts.map(s => s.id)).toEqual(expect.arrayContaining(CHECKED_SCRIPTS));
	});

	it.each(SCRIPT_FOCUS_IDS)('%s has at least 12 opening questions, with junior and senior ones among them', focus => {
		const inFocus = questions.filter(q => q.script.focus === focus).map(q => q.question);
		expect(inFocus.length).toBeGreaterThanOrEqual(12);
		for (const level of LEVELS.filter(l => l !== 'mid'))
			expect(
				inFocus.some(q => q.level === level),
				`${focus} ${level}`,
			).toBe(true);
	});

	it('gives every question an id no other question uses', () => {
		const ids = questions.map(q => q.question.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('has no near-duplicate questions or strong answers (word-shingle similarity)', () => {
		const close: string[] = [];
		for (let i = 0; i < questions.length; i++) {
			for (let j = i + 1; j < questions.length; j++) {
				const [a, b] = [questions[i]!.question, questions[j]!.question];
				if (similarity(a.text, b.text) >= 0.5) close.push(`${a.id} ~ ${b.id} (question)`);
				if (similarity(a.strongAnswer, b.strongAnswer) >= 0.3) close.push(`${a.id} ~ ${b.id} (strong answer)`);
			}
		}
		expect(close).toEqual([]);
	});

	it('the similarity check does flag a reworded copy', () => {
		const original = 'You run an online retail product with one ML team for the next quarter. Three ideas are on the table. How do you choose?';
		expect(similarity(original, original.replace('retail', 'grocery'))).toBeGreaterThanOrEqual(0.5);
		expect(similarity(original, 'Design an AI scribe that writes up doctors visit notes.')).toBeLessThan(0.1);
	});

	it('asks every question tersely, the way interviewers do', () => {
		for (const {question} of checked) expect(question.text.split(/\s+/).length, question.id).toBeLessThanOrEqual(25);
	});

	it.each(checked.map(q => [q.question.id, q.question] as const))(
		'%s: probes a weakness, branches on each probe and on "deeper", with talking points and cues',
		(_id, question) => {
			expect(question.probes.length).toBeGreaterThan(0);
			for (const key of [...question.probes, 'deeper'] as BranchKey[]) {
				expect(question.followUps[key]?.phrasings.length ?? 0, key).toBeGreaterThanOrEqual(2);
			}
			expect(question.talkingPoints.length).toBeGreaterThanOrEqual(4);
			for (const point of question.talkingPoints) expect(point.cues?.length ?? 0, point.text).toBeGreaterThanOrEqual(3);
			expect(question.strongAnswer.split(/\s+/).length).toBeGreaterThan(60);
		},
	);

	it('every follow-up node of the new scripts can be reached and has at least two phrasings', () => {
		const problems = checked.flatMap(({question}) =>
			walk(question).flatMap(({path, node}) => [
				...(reachable(question, path) ? [] : [`${question.id}: ${path.join('/')} can never be asked`]),
				...(node.phrasings.length >= 2 ? [] : [`${question.id}: ${path.join('/')} has one phrasing`]),
			]),
		);
		expect(problems).toEqual([]);
	});

	it('the reachability rule rejects a branch the question does not probe and one taken twice', () => {
		const question = {probes: ['generic-pm']} as Question;
		expect(reachable(question, ['generic-pm', 'deeper'])).toBe(true);
		expect(reachable(question, ['skips-ethics'])).toBe(false);
		expect(reachable(question, ['generic-pm', 'generic-pm'])).toBe(false);
	});

	it('no phrasing of the new scripts asserts anything about the answer except through a quote', () => {
		const claims = /\b(?:you(?:'ve| have)?\s+(?:said|mentioned|described|talked|focused|suggested|proposed|listed|named|chose|picked|covered|explained|argued)\b)(?!\s+\{quote\})/i;
		const premises =
			/^(?:(?:say|suppose|assume|given)\s+(?:the|your)\b|(?:that|this)\s+(?:was|is|plan|answer|approach|design|sounds)\b|(?:usage|engagement|accuracy|the model)\s+(?:went|goes|is|was)\s+(?:up|down)\b)/i;
		const offending = checked.flatMap(({question}) =>
			walk(question)
				.flatMap(({node}) => node.phrasings)
				.filter(p => claims.test(p) || p.split(/(?<=[.?!])\s+/).some(sentence => premises.test(sentence))),
		);
		expect(offending).toEqual([]);
	});

	it('the premise check catches the kinds of phrasing that broke the illusion', () => {
		const claims = /\b(?:you(?:'ve| have)?\s+(?:said|mentioned)\b)(?!\s+\{quote\})/i;
		expect(claims.test('You mentioned fairness. What could go wrong?')).toBe(true);
		expect(claims.test('You said {quote}. What could go wrong?')).toBe(false);
	});

	it('every node of the new scripts keeps a phrasing without a quote, for answers with nothing to quote', () => {
		const missing = checked.flatMap(({question}) =>
			walk(question)
				.filter(({node}) => node.phrasings.every(p => p.includes('{quote}')))
				.map(({path}) => `${question.id}: ${path.join('/')}`),
		);
		expect(missing).toEqual([]);
	});

	it('only uses weakness ids from the taxonomy', () => {
		for (const {question} of questions) for (const probe of question.probes) expect(WEAKNESS_IDS).toContain(probe);
	});

	it('`scripts --validate` passes on the whole bank', async () => {
		const io = fakeIo();
		expect(await main(['scripts', '--validate', builtInQuestionsDir()], io)).toBe(0);
		expect(io.stderr.text).toBe('');
		expect(io.stdout.text.trim().split('\n')).toHaveLength(scripts.length);
	});
});
