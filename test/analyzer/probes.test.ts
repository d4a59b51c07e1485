import {describe, expect, it} from 'vitest';
import {analyzeAnswer, DEEPER_REASON, inferProbes, readQuestion} from '../../source/core/analyzer/index.js';
import {mainAsks} from '../../source/core/analyzer/probes.js';

describe('inferProbes', () => {
	it('measurement and launch-readiness wording invites no-eval-framework', () => {
		expect(inferProbes('mixed', 'How would you know the new search ranking is working?')).toContain('no-eval-framework');
		expect(inferProbes('product-sense', 'When is the contract drafter launch-ready?')).toContain('no-eval-framework');
		expect(inferProbes('mixed', 'How would you measure the quality of generated captions?')).toContain('no-eval-framework');
	});

	it('own-experience wording invites generic-ai-talk, a design question does not', () => {
		expect(inferProbes('mixed', 'Tell me about a time a model surprised you.')).toContain('generic-ai-talk');
		expect(inferProbes('product-sense', 'What is your experience with recommendation systems?')).toContain('generic-ai-talk');
		expect(inferProbes('product-sense', 'Design a smart compose feature for a notes app.')).not.toContain('generic-ai-talk');
	});

	it('safety words and sensitive domains invite skips-ethics', () => {
		expect(inferProbes('product-sense', 'Design an assistant that helps kids with homework.')).toContain('skips-ethics');
		expect(inferProbes('prioritization', 'Which of these three lending features would you build first?')).toContain('skips-ethics');
		expect(inferProbes('mixed', 'How would you handle bias in a hiring model?')).toContain('skips-ethics');
		expect(inferProbes('product-sense', 'Design a playlist generator for a music app.')).not.toContain('skips-ethics');
		// explaining a concept to people in a sensitive field is teaching, unless the question raises safety itself
		expect(inferProbes('technical', 'Explain embeddings to our legal team.')).not.toContain('skips-ethics');
		expect(inferProbes('technical', 'Explain to our doctors why the model can be biased.')).toContain('skips-ethics');
	});

	it('the focus gives a base set', () => {
		expect(inferProbes('evaluation', 'Thoughts on our chatbot?')).toContain('no-eval-framework');
		expect(inferProbes('experience', 'Anything you would like to share?')).toContain('generic-ai-talk');
		expect(inferProbes('ethics', 'Walk me through your approach.')).toEqual(expect.arrayContaining(['skips-ethics']));
		expect(inferProbes('technical', 'Retrieval or fine-tuning?')).toContain('over-technical');
		expect(inferProbes('product-sense', 'Design a photo tagging feature.')).toEqual(expect.arrayContaining(['generic-pm', 'over-technical']));
	});

	it('never returns an empty set and lists ids in the stable order', () => {
		const probes = inferProbes('mixed', 'Hmm?');
		expect(probes.length).toBeGreaterThan(0);
		const all = inferProbes('experience', 'Tell me about a time you shipped an AI feature for patients and how you measured quality.');
		expect(all).toEqual(['generic-pm', 'over-technical', 'no-eval-framework', 'generic-ai-talk', 'skips-ethics'].filter(id => all.includes(id as never)));
		expect(all).toEqual(expect.arrayContaining(['no-eval-framework', 'generic-ai-talk']));
	});

	it('reads terse real-world wording by its subject', () => {
		// a diagnosis assistant for doctors is a sensitive domain even though no risk is mentioned
		expect(inferProbes('product-sense', 'Design a diagnosis assistant for doctors.')).toContain('skips-ethics');
		expect(inferProbes('mixed', 'Build a triage assistant for a clinic.')).toContain('skips-ethics');
		for (const q of [
			'Screen resumes with AI for a retailer.',
			'An AI tutor for ten-year-olds.',
			"Summarise users' inboxes every morning.",
			'Auto-moderate comments on a news site.',
			'Face recognition for office entry.',
		]) {
			expect(inferProbes('product-sense', q), q).toContain('skips-ethics');
		}
		// "walk me through your safety approach" is hypothetical, not a request for a story
		expect(inferProbes('ethics', 'Walk me through your safety approach for a chatbot.')).not.toContain('generic-ai-talk');
		expect(inferProbes('experience', 'Walk me through a launch you led.')).toContain('generic-ai-talk');
		expect(inferProbes('technical', 'Why did your team pick a vendor model?')).toContain('generic-ai-talk');
		expect(inferProbes('product-sense', 'Design a research assistant for litigators.')).toContain('skips-ethics');
		// judging a business idea is not model evaluation; naming accuracy is not asking for an eval plan
		expect(inferProbes('mixed', 'Evaluate this business idea: an AI travel agent.')).not.toContain('no-eval-framework');
		expect(inferProbes('technical', 'Explain accuracy to a sales team.')).not.toContain('no-eval-framework');
		// improving an AI feature invites saying how you would know it got better
		expect(inferProbes('product-sense', "Improve YouTube's recommendations.")).toContain('no-eval-framework');
		// ethics questions still check for an AI layer; a pure explanation does not
		expect(inferProbes('ethics', 'How do you handle bias in AI products?')).toContain('generic-pm');
		expect(inferProbes('technical', 'Explain embeddings to our sales team.')).not.toContain('generic-pm');
	});

	it('gives a reason for every weakness it invites', () => {
		const reading = readQuestion('product-sense', 'Design a diagnosis assistant for doctors.');
		expect(reading.map(r => r.id)).toEqual(inferProbes('product-sense', 'Design a diagnosis assistant for doctors.'));
		expect(reading.find(r => r.id === 'skips-ethics')?.reason).toMatch(/health/);
		for (const r of reading) expect(r.reason.length).toBeGreaterThan(10);
	});

	it('analyzeAnswer infers probes when none are given', () => {
		const result = analyzeAnswer({focus: 'mixed', question: 'Tell me about your experience building an AI feature.', answer: 'AI will transform everything in the future.'});
		expect(result.applicable).toContain('generic-ai-talk');
		expect(result.weaknesses.map(w => w.id)).toContain('generic-ai-talk');
	});
});

describe('what a question asks directly', () => {
	it('separates the main ask from what a question invites on the side', () => {
		expect([...mainAsks('mixed', 'How would you tell whether the translation feature got better?')]).toEqual(['no-eval-framework']);
		expect([...mainAsks('mixed', 'Tell me about a model you shipped and how you measured it.')].sort()).toEqual(['generic-ai-talk', 'no-eval-framework']);
		expect([...mainAsks('mixed', 'How would you keep a teen chat app safe?')]).toEqual(['skips-ethics']);
		// a design question invites an evaluation plan and, for a clinic, the risks, but asks for neither
		expect([...mainAsks('product-sense', 'Design a scheduling assistant for a dental clinic.')]).toEqual([]);
	});

	it('an answer that misses the main ask is not also called generic PM unless PM craft shapes it', () => {
		const question = 'How would you know our invoice-reading feature works?';
		const metricsOnly = analyzeAnswer({
			focus: 'evaluation',
			question,
			answer:
				'I would run a beta and look at how many customers turn it on in the first month, weekly active usage of the feature, retention at ninety days and an NPS question in the app. I would also do a few user interviews. If usage keeps climbing and NPS holds, it works.',
		});
		expect(metricsOnly.weaknesses.map(w => w.id)).toEqual(['no-eval-framework']);
		const playbook = analyzeAnswer({
			focus: 'evaluation',
			question,
			answer:
				'I would write a PRD with success metrics and OKRs, align stakeholders in a kickoff, run a beta with a launch checklist and a go-to-market plan, track the funnel and NPS on a dashboard, and review the roadmap every sprint.',
		});
		expect(playbook.weaknesses.map(w => w.id).sort()).toEqual(['generic-pm', 'no-eval-framework']);
	});
});

describe('question understanding of everyday wording', () => {
	it('reads launch blockers, slow features, evaluation stories, "you\'re the PM" and messaging products by their subject', () => {
		expect(inferProbes('ethics', 'A meditation app wants AI check-ins. What would keep you from launching?')).toContain('no-eval-framework');
		expect(inferProbes('technical', 'Our AI translator is too slow. What would you change?')).toContain('no-eval-framework');
		expect(inferProbes('experience', 'Have you ever evaluated a speech model? Take me through it.')).toEqual(expect.arrayContaining(['no-eval-framework', 'generic-ai-talk']));
		expect(inferProbes('ethics', "A school district wants AI proctoring for exams. You're the PM.")).toEqual(expect.arrayContaining(['no-eval-framework', 'skips-ethics']));
		expect(inferProbes('product-sense', 'Design message translation for a messaging app.')).toContain('skips-ethics');
		// an HR policy helpdesk is not a decision about people; screening or reviewing them is
		expect(inferProbes('technical', 'How would you build an internal assistant that answers HR policy questions?')).not.toContain('skips-ethics');
		expect(inferProbes('product-sense', 'Design AI-written drafts of employee performance reviews.')).toContain('skips-ethics');
		// asking for the risks is not asking to explain a concept
		expect(inferProbes('mixed', 'What are the risks of an AI tenant screener?')).toEqual(expect.arrayContaining(['generic-pm', 'skips-ethics']));
		expect(inferProbes('technical', 'What are embeddings?')).toEqual(['over-technical']);
		// hosting and cost questions are still about running the feature
		expect(inferProbes('technical', 'Should we self-host an open-source model to cut costs?')).not.toContain('no-eval-framework');
	});
});

describe('a reply to a follow-up that goes deeper', () => {
	it('is judged on its depth, not on the follow-up read as a new question or the whole opening checklist', () => {
		const replies = [
			{
				focus: 'technical' as const,
				question: 'Useful detail: "Which leads the tool should flag". How would you show the trade-off on one slide?',
				answer: "Two columns, strict and loose: out of 100 flagged leads how many turn into deals, and out of 100 real deals how many we'd miss.",
			},
			{
				focus: 'evaluation' as const,
				question: 'That is specific: "…pitched at the student\'s level". Students love the tutor but their test scores do not move. What do you do?',
				answer:
					'Then the hints are helping them finish homework, not learn. I would compare students who used hints against a similar group on the same follow-up quiz questions they had to solve alone, and change the tutor to ask them to try the next step first.',
			},
		];
		for (const reply of replies) {
			// read as an opening answer, the product checklist applies
			expect(analyzeAnswer(reply).invited?.map(i => i.id)).toContain('generic-pm');
			const deeper = analyzeAnswer({...reply, followUp: {targets: null}});
			expect(deeper.invited).toEqual([{id: 'over-technical', reason: DEEPER_REASON}]);
			expect(deeper.weaknesses).toEqual([]);
		}
	});
});
