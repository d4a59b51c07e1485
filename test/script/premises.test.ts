import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import {composeFollowUp} from '../../source/core/engine/phrase.js';
import {parseScript, loadScripts} from '../../source/core/script/load.js';
import {assertedPremise} from '../../source/core/script/premises.js';
import type {FollowUpNode} from '../../source/core/script/schema.js';
import {METRICS_ONLY_ANSWERS} from '../support/answers.js';

describe('assertedPremise: the rule scripts --validate applies', () => {
	it.each([
		'You mentioned fairness. What specifically could go wrong?',
		'Say the fairness check passes. What does the patient see?',
		'Usage went up, but how did you know the outputs were right?',
		'You said it would be safe. Walk me through one way it could harm a child.',
		'That is a view on where the field is going. What did you decide?',
		'Those are product numbers; what about the model?',
		"You're treating this like an ordinary bug. What is different?",
		'Models drift, agreed. Which one of yours drifted?',
		"Eyeballing a few outputs isn't an evaluation. How many would you check?",
		'Your milestones are about shipping. How do you know it is good enough?',
		'Acceptance rate is 30%. Is that good?',
		'Developers saying they love it is nice. How would you know the code is correct?',
	])('flags %j', phrasing => {
		expect(assertedPremise(phrasing)).not.toBeNull();
	});

	it.each([
		'You said {quote}. Those measure the product; what would you measure about the model?',
		'How exactly would you measure fairness here?',
		'Suppose the model performs worse for older patients. How would you find out?',
		'The CEO overrules you. What do you do?',
		'Your CFO wants the feature to reduce doctor visits by 20%. How do you respond?',
		'Name one input field you would refuse to let the model use, and why.',
		'Set the architecture aside. What product outcome was at stake?',
		'If acceptance were high, could that still mean the assistant is doing a bad job?',
		'Engineering says perfect owner accuracy is impossible. What level is good enough?',
	])('accepts %j', phrasing => {
		expect(assertedPremise(phrasing)).toBeNull();
	});
});

function script(followUp: unknown): unknown {
	return {
		id: 'premises',
		focus: 'ethics',
		title: 'Premises',
		questions: [
			{
				id: 'q',
				text: 'Design a triage assistant.',
				probes: ['skips-ethics'],
				talkingPoints: [{text: 'Failure modes'}],
				strongAnswer: 'Name the failure modes.',
				followUps: {'skips-ethics': followUp},
			},
		],
	};
}

describe('script validation of premises', () => {
	it('rejects a phrasing that asserts a premise, naming the field and the rule', () => {
		const {error} = parseScript(stringify(script({phrasings: ['You mentioned fairness. How would you measure it?']})), 'p.yaml');
		expect(error?.message).toContain('followUps.skips-ethics.phrasings[0]');
		expect(error?.message).toContain('"You mentioned fairness" reports what the candidate said');
	});

	it('accepts the same wording as a conditional phrasing and splits alternatives', () => {
		const {script: parsed, error} = parseScript(
			stringify(
				script({
					phrasings: ['How would you measure fairness?'],
					conditionalPhrasings: [{text: 'You mentioned fairness. How would you measure it?', requires: ['fairness | fair', 'launch']}],
				}),
			),
			'p.yaml',
		);
		expect(error).toBeUndefined();
		expect(parsed!.questions[0]!.followUps['skips-ethics']!.conditionalPhrasings).toEqual([
			{text: 'You mentioned fairness. How would you measure it?', requires: [['fairness', 'fair'], ['launch']]},
		]);
	});

	it('rejects a branch whose every phrasing needs a quote', () => {
		const {error} = parseScript(stringify(script({phrasings: ['You said {quote}. Why?']})), 'p.yaml');
		expect(error?.message).toContain('needs at least one phrasing without {quote}');
	});
});

function* nodes(node: {followUps?: Partial<Record<string, FollowUpNode>>}): Generator<FollowUpNode> {
	for (const child of Object.values(node.followUps ?? {})) {
		yield child!;
		yield* nodes(child!);
	}
}

describe('the question bank', () => {
	it('says nothing about an answer that lacks its premises', async () => {
		const {scripts, errors} = await loadScripts();
		expect(errors).toEqual([]);
		let checked = 0;
		for (const question of scripts.flatMap(s => s.questions)) {
			for (const node of nodes(question)) {
				for (const phrasing of node.phrasings) expect(assertedPremise(phrasing), phrasing).toBeNull();
				// Every seed: whichever phrasing is picked, the answers here show none of the conditional premises.
				for (let seed = 0; seed < node.phrasings.length + 2; seed++) {
					const answer = METRICS_ONLY_ANSWERS[seed % METRICS_ONLY_ANSWERS.length]!;
					const wording = composeFollowUp({answer, seed, trigger: null, branch: node});
					expect(node.conditionalPhrasings?.some(c => c.text === wording.phrasing) ?? false, wording.text).toBe(false);
					expect(wording.text).not.toContain('{quote}');
					expect(wording.text, 'no quote means no lead-in').not.toMatch(/^You (?:said|mentioned)\b/);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(500);
	});
});
