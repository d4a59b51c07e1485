// The concept families must recognise plain spoken language, not only the textbook term:
// candidates say "a bunch of real cases we scored" instead of "eval set". Each example below is a
// short hand-written sentence, checked at the level of the concept it should evidence.
import {describe, expect, it} from 'vitest';
import {analyzeAnswer, type AnalyzeInput} from '../../source/core/analyzer/index.js';
import {computeSignals, type FamilyName} from '../../source/core/analyzer/signals.js';

function concepts(text: string, family: FamilyName): string[] {
	return [...computeSignals(text).family[family].concepts.keys()];
}

describe('plain-language concept families', () => {
	const cases: Array<[FamilyName, string, string]> = [
		// the AI layer: the system is sometimes wrong, unsure, handed to a person
		// safety said as a rule: inflected verbs, "don't", zero-tolerance bars, what is never shown
		['safetyRules', 'block-rule', 'It never recommends changing a dose.'],
		['safetyRules', 'block-rule', 'It refuses to answer dosing questions.'],
		['safetyRules', 'block-rule', "If any test fails we don't launch."],
		['safetyRules', 'block-rule', 'Zero wrong doses to ship.'],
		['safetyRules', 'block-rule', 'No suggestions in chats about a death in the family.'],
		['safetyRules', 'human-route', 'Reports go to a dedicated queue with same-day review.'],
		['safetyRules', 'human-route', 'Nothing is sent or booked until you tap approve.'],
		['safetyRules', 'named-harm', 'Wrong-person invites are the failure to design for.'],
		['safetyRules', 'named-harm', 'A hallucinated case is the worst thing we could ship.'],
		['safetyRules', 'block-rule', 'Summaries are gated on lawyer review.'],
		['safetyRules', 'block-rule', 'It needs 97% right before the approve step becomes optional.'],
		['safetyRules', 'block-rule', 'At first it books only for internal meetings.'],
		['safetyRules', 'outside-expertise', 'Lawyers review 200 summaries first.'],
		// a group falling behind, followed by the words that say how far
		['safetyRules', 'group-split', 'Any age band more than two points worse means no rollout there.'],
		['safetyRules', 'group-split', 'If any region is behind, we wait.'],
		['ethicsSpecific', 'audit', 'Radiologists report misses weekly to the safety committee.'],
		// protections for minors said in terse product notes
		['ethicsSpecific', 'failure-mode', 'Under-18 accounts get a narrower tutor.'],
		['ethicsSpecific', 'refusal', 'Roleplay topics come from an allow-list.'],
		['ethicsSpecific', 'refusal', 'A filter blocks the tutor asking for personal details.'],
		['ethicsSpecific', 'escalation', 'Flagged chats are reviewed within 24h.'],
		['plainEval', 'eval-set', 'We replay it against yesterday.'],
		['jargon', 'training', 'It has a regression head trained with an MSE loss and a learning-rate decay.'],
		['modelEval', 'criteria', 'Teachers write an answer key and we grade the explanations against it.'],
		['modelEval', 'metric', 'We only keep languages where 95 out of 100 are correct.'],
		['modelEval', 'threshold', 'The skip rate has to be no worse than plain shuffle.'],
		['plainEval', 'bar', 'We launch when most comments are rated useful.'],
		['plainEval', 'test-run', 'For two weeks 40 staff use it and rate each comment.'],
		['plainEval', 'test-run', 'The writers grade, say, 200 generated lines.'],
		['safetyRules', 'block-rule', 'Symptom advice waits until clinicians have labelled enough cases.'],
		['ethicsSpecific', 'failure-mode', 'Rank the ideas by harm if it is wrong: reminders are low stakes, dosing is not.'],
		// a story told as notes is still the candidate's own story
		['experience', 'action', 'Built: a classifier that sorts refund emails, agents confirm each one.'],
		['experience', 'lesson', 'Learned: the categories mattered more than the model.'],
		['experience', 'result', 'Result: handling time fell by a third.'],
		['plainEval', 'test-run', 'A dietitian reviews 50 generated weekly plans.'],
		['aiLayer', 'failure', 'The recommender will misjudge people early on.'],
		['aiLayer', 'data', 'New users are the cold start: we know little about them.'],
		['aiLayer', 'feedback-loop', 'A skip down-weights that topic right away.'],
		['aiLayer', 'readiness', "We replay last month's sessions offline first."],
		['aiLayer', 'uncertainty', 'Mix in a few exploratory picks each day.'],
		['modelEval', 'threshold', 'Watch time has to beat the current feed.'],
		['modelEval', 'criteria', 'Each summary against the actual reviews, claim by claim.'],
		['modelEval', 'metric', 'Bar: 95 of 100 correct.'],
		['plainEval', 'test-run', 'Re-run it monthly on new products.'],
		['modelEval', 'metric', 'We count how often the guess matched the real order: it has to be right like 7 times in 10.'],
		['plainEval', 'bar', 'Only show it to people where it is usually right.'],
		['plainEval', 'test-run', 'We record 200 kids reading the same books.'],
		['plainEval', 'bar', 'All 50 must respect the allergies.'],
		['plainEval', 'bar', 'I want 90% agree before launch.'],
		['modelEval', 'metric', 'We look at how often the app agrees with the teacher.'],
		['experience', 'action', 'Wrote the guide, labelled 300 tickets, and ran the weekly error review.'],
		['aiLayer', 'uncertainty', 'When the bot is not sure, it asks the customer to confirm the order.'],
		['aiLayer', 'uncertainty', "If it isn't confident, nothing is filled in automatically."],
		['aiLayer', 'failure', 'It will get things wrong, and sometimes it leaves out the allergy note.'],
		['aiLayer', 'fallback', 'Anything unusual gets handed over to a pharmacist instead of guessing.'],
		['aiLayer', 'human-review', 'A nurse reviews every single one before it goes out.'],
		['aiLayer', 'data', 'Do we even have the data for this, or only a few past orders?'],
		['aiLayer', 'feedback-loop', 'We capture what the agents changed and feed those corrections back.'],
		['aiLayer', 'readiness', 'First I would check how often the tool is right on last month.'],
		// model evaluation: a set of real cases, graded, with a bar, by slice
		['modelEval', 'eval-set', 'I would pull a bunch of real invoices from last quarter.'],
		['modelEval', 'eval-set', 'We ran it on two hundred actual receipts people had already checked.'],
		['modelEval', 'criteria', 'Two bookkeepers mark each answer: is it correct, is it complete.'],
		['modelEval', 'metric', 'How many of the duplicates did it miss?'],
		['modelEval', 'threshold', 'It cannot miss more than one in fifty, and we agree that up front.'],
		['modelEval', 'threshold', 'The pass mark for the totals is near perfect.'],
		['modelEval', 'slices', 'Then I would break the numbers down by supplier type.'],
		['modelEval', 'raters', 'I would have three accountants score every draft.'],
		// safety practice: named harms, who hears about it and how fast, when not to ship
		['ethicsSpecific', 'failure-mode', "The worst case is it shows one tenant another tenant's address."],
		['ethicsSpecific', 'measure', 'I would compare how it does for different age groups.'],
		['ethicsSpecific', 'measure', 'We measure urgent-case recall by sex and age.'],
		['ethicsSpecific', 'audit', 'Before launch people spend a week trying to break it on purpose.'],
		['ethicsSpecific', 'escalation', 'A report reaches a moderator within two hours, and we can pull the plug.'],
		['ethicsSpecific', 'refusal', 'It has a narrow job: it only talks about bus timetables.'],
		['ethicsSpecific', 'refusal', 'We write that red line with legal before sales starts.'],
		['ethicsSpecific', 'failure-mode', 'It would send more alerts on young Black and Latino men.'],
		['ethicsSpecific', 'failure-mode', 'Asian and indigenous patients get fewer referrals.'],
		['ethicsSpecific', 'launch-block', "One confirmed case and we don't ship until it is fixed."],
		['ethicsSpecific', 'experts', "I'm not qualified to judge that, so the safeguarding folks decide."],
		['ethicsSpecific', 'human-control', 'A person makes the final call and the applicant can ask for a human.'],
		// PM craft in plain words
		['pm', 'process', 'I would shadow three dispatchers and then pilot with one depot.'],
		['pm', 'framework', 'It comes down to business value, strategic fit and effort.'],
		// technical depth in evaluation and retrieval internals
		['jargon', 'metric-mechanics', 'ROUGE-L rewards n-gram overlap and BERTScore uses contextual embeddings.'],
		['jargon', 'retrieval-mechanics', 'We tuned chunk boundaries, hybrid search and a re-ranker.'],
		// stories: a lesson is a lesson, and irregular or hyphenated verbs are actions
		['experience', 'lesson', 'What I learned is to ask what a single number is made of.'],
		['experience', 'action', 'I hand-labelled the first batch and rewrote the guide.'],
		['opinion', 'generic-subject', 'The teams that adopt it early will be way ahead.'],
	];
	for (const [family, concept, text] of cases) {
		it(`${family}/${concept}: "${text}"`, () => {
			expect(concepts(text, family)).toContain(concept);
		});
	}

	const notCases: Array<[FamilyName, string, string]> = [
		// the candidate's own hedges and PM vocabulary are not the system being unsure or wrong
		['aiLayer', 'failure', 'My guess is that managers will like it.'],
		['aiLayer', 'uncertainty', "I'm not sure which market to start with."],
		['aiLayer', 'uncertainty', 'I would score reach, impact, confidence and effort.'],
		['aiLayer', 'readiness', 'Launch readiness means QA passed and support is briefed.'],
		['aiLayer', 'data', 'Each card gets a little label like "urgent".'],
		// a topic word or a button is half a practice, not a failure mode or an escalation path
		['ethicsSpecific', 'failure-mode', 'Toxicity is a big problem in games.'],
		['ethicsSpecific', 'escalation', 'We would add a report button.'],
		// two variants is an experiment, not a test set; being hands-off about hands-on work is not doing it
		['plainEval', 'test-run', 'We could A/B test two prompt versions.'],
		['plainEval', 'test-run', 'Ten thousand users use it every day.'],
		['plainEval', 'test-run', 'Success is basket size, measured with an A/B test over two weeks.'],
		['aiLayer', 'uncertainty', 'We start with exploratory user research.'],
		['aiLayer', 'human-review', 'Legal drafts the standard terms.'],
		['safetyRules', 'group-split', 'We offer a free tier with low limits.'],
		// a team or body named for safety is who does the work, not a value word
		['ethicsGeneric', 'values', 'Radiologists report misses weekly to the safety committee.'],
		['ethicsGeneric', 'values', 'Flagged chats are reviewed by trust & safety.'],
		['ethicsSpecific', 'failure-mode', 'Replies come back in under 15 seconds.'],
		['jargon', 'training', 'I distilled the interviews into three themes; support is the backbone of retention.'],
		['experience', 'action', 'Being comfortable with it matters more than being hands-on.'],
	];
	for (const [family, concept, text] of notCases) {
		it(`${family}/${concept} is not evidenced by "${text}"`, () => {
			expect(concepts(text, family)).not.toContain(concept);
		});
	}
});

const ids = (input: AnalyzeInput) => analyzeAnswer(input).weaknesses.map(w => w.id);

describe('plain-language answers', () => {
	it('does not flag a strong evaluation answer that never says "eval set"', () => {
		const input: AnalyzeInput = {
			focus: 'evaluation',
			question: 'Our app now suggests a category for every expense. How would you know the suggestions are good?',
			probes: ['no-eval-framework', 'generic-pm'],
			answer: `Before anything else I'd grab a bunch of real expenses from last month, maybe eighty, including the
odd ones like split bills and foreign receipts, and have two of our finance people write down the right
category for each. Then it's simple counts: how often it's right overall, and how many it gets wrong in a way
that matters, like putting travel under meals. We'd agree up front that it can't be wrong on more than one
in twenty, and I'd break it down by expense type, because it might be fine on taxis and bad on software.
After launch, I'd watch how often people change the suggested category. If that goes up, something moved.`,
		};
		expect(ids(input)).toEqual([]);
	});

	it('does not flag a strong safety answer told in plain words', () => {
		const input: AnalyzeInput = {
			focus: 'ethics',
			question: 'A tenant-screening company wants an AI summary of each applicant. What worries you and what would you do?',
			probes: ['skips-ethics'],
			answer: `My main worry is it treats some applicants differently for reasons that stand in for things we can't
use, like the neighbourhood someone lives in now. So before launch I'd compare how the summaries read for
different groups of applicants on the same facts, and one clear gap means we don't ship until it's fixed.
I'm not a housing lawyer, so our legal team and an outside reviewer would check the method. A landlord
never decides from the summary alone, the applicant can see it and ask for a human to look again, and any
complaint reaches a named person within two days who can switch the feature off.`,
		};
		expect(ids(input)).toEqual([]);
	});

	it('flags a PM-shaped answer with no AI layer even when it says "AI" often', () => {
		const input: AnalyzeInput = {
			focus: 'product-sense',
			question: 'Design an AI feature that helps gym members plan workouts.',
			probes: ['generic-pm'],
			answer: `I'd start with discovery: shadow a few trainers and run customer interviews to find the pain points.
Then personas, a beginner, a regular and a returning member, and a journey for each. The AI planner would
be the MVP, an AI card on the home screen with this week's plan. I'd pilot it in two clubs, line up
stakeholders in marketing and the club managers, and track adoption and retention. Phase two adds AI
nutrition tips, and we'd prioritise by business value, strategic fit and effort on the roadmap.`,
		};
		expect(ids(input)).toContain('generic-pm');
	});

	it('flags a lecture on evaluation-metric internals as over-technical', () => {
		const input: AnalyzeInput = {
			focus: 'evaluation',
			question: 'How would you evaluate the summaries our support tool writes?',
			probes: ['no-eval-framework', 'over-technical', 'generic-pm'],
			answer: `I'd compute ROUGE-1, ROUGE-2 and ROUGE-L against reference summaries, but since n-gram overlap punishes
paraphrase I'd add BERTScore with contextual embeddings and greedy matching on token-level cosine similarity.
For faithfulness, an NLI model scores entailment between each summary sentence as the hypothesis and the
ticket as the premise, taking the minimum. For calibration I'd bin the predicted probabilities and compute
expected calibration error, then fit temperature scaling on a held-out set by minimising negative
log-likelihood, and check an LLM judge against human labels with Cohen's kappa.`,
		};
		expect(ids(input)).toContain('over-technical');
	});
});
