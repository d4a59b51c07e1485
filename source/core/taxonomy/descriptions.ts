import type {DimensionId, FocusId, WeaknessId} from './ids.js';

export type WeaknessInfo = {
	id: WeaknessId;
	/** Short label for lists and bars. */
	label: string;
	/** What the weakness looks like in an answer. */
	symptom: string;
	/** What a strong answer does instead: used for recap actions. */
	strongPattern: string;
	/** Higher comes first when choosing which weakness to probe. */
	priority: number;
};

export const WEAKNESSES: Record<WeaknessId, WeaknessInfo> = {
	'no-eval-framework': {
		id: 'no-eval-framework',
		label: 'Evaluation framework',
		symptom: 'Measures the AI feature with product metrics only (NPS, DAU, retention), which say whether users like it, not whether the model performs.',
		strongPattern:
			'Separate model evaluation (an eval set from real user data, ~3 quality criteria with a rubric, accuracy by slice, a bar per criterion before launch) from product evaluation (task completion, override/edit rate, time saved, trust) and connect the two.',
		priority: 5,
	},
	'generic-pm': {
		id: 'generic-pm',
		label: 'AI-specific thinking',
		symptom: 'Answers like a traditional PM: frameworks and shipping stories with nothing on uncertainty, evaluation, data, feedback loops or model readiness.',
		strongPattern:
			'Add the AI layer: the system is sometimes wrong, so design confidence thresholds, fallbacks, human review and correction; name the data it depends on and how user behaviour feeds back into the model.',
		priority: 4,
	},
	'skips-ethics': {
		id: 'skips-ethics',
		label: 'Safety and ethics depth',
		symptom: 'Treats safety and ethics as box-checking: generic words like fairness and transparency, then a quick return to strategy.',
		strongPattern:
			'Name specific failure modes, measure disparate impact across segments, set an escalation path for user reports and a refusal policy, say when safety blocks launch and when to bring in legal, auditors or domain experts.',
		priority: 3,
	},
	'generic-ai-talk': {
		id: 'generic-ai-talk',
		label: 'Own experience',
		symptom: 'Talks about AI in general (industry opinions, trends) instead of what the candidate personally did.',
		strongPattern:
			'Tell a STAR story with an AI-specific situation and task, your own actions, concrete numbers and what you learned; side projects and evals of existing products count.',
		priority: 2,
	},
	'over-technical': {
		id: 'over-technical',
		label: 'Right technical depth',
		symptom: 'Goes deep into architectures, optimizers, losses or papers without tying them to a product decision.',
		strongPattern:
			'State the concept simply, say how it changes a product decision, and give a real example (e.g. few-shot prompting over fine-tuning because only ~200 labelled examples existed and the deadline was weeks away).',
		priority: 1,
	},
};

export const DIMENSION_LABELS: Record<DimensionId, string> = {
	...Object.fromEntries(Object.values(WEAKNESSES).map(w => [w.id, w.label])),
	communication: 'Pacing and structure',
} as Record<DimensionId, string>;

export type FocusInfo = {id: FocusId; label: string; trains: string};

export const FOCUS_AREAS: Record<FocusId, FocusInfo> = {
	'product-sense': {id: 'product-sense', label: 'Product sense', trains: 'Design AI features and UX around a system that is sometimes wrong.'},
	evaluation: {id: 'evaluation', label: 'Evaluation', trains: 'Measure AI quality and decide when a model is ready to launch.'},
	technical: {id: 'technical', label: 'Technical fluency', trains: 'Prompting vs fine-tuning vs retrieval, cost, latency, hallucination, explained simply.'},
	experience: {id: 'experience', label: 'Experience', trains: 'Behavioural stories with a real AI component and real numbers.'},
	ethics: {id: 'ethics', label: 'Safety and ethics', trains: 'Bias, harmful content, escalation, and when safety blocks a launch.'},
	prioritization: {id: 'prioritization', label: 'Prioritization', trains: 'Choose among AI bets with data availability and model readiness in the score.'},
	mixed: {id: 'mixed', label: 'Full loop', trains: 'A mixed loop drawing one question from each area.'},
};
