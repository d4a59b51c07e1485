import {concept, type Lexicon} from './types.js';

// Model evaluation: deliberate measurement of output quality before and after launch.
export const MODEL_EVAL: Lexicon = {
	name: 'model-eval',
	negatable: true,
	terms: [
		...concept('eval-set', [
			'eval(?:uation)? (?:sets?|datasets?|suites?|harness)', 'evals', 'test sets?', 'golden (?:sets?|datasets?|examples?)', 'held[- ]?out', 'holdout', 'benchmark\\w*',
			'labell?ed (?:examples?|data|set|samples?)', '\\d+ (?:real |labell?ed |representative |sample )*(?:examples|samples|conversations|queries|prompts|tickets|cases|transcripts|emails|documents)',
			'ground truth', 'offline eval\\w*', 'sample of (?:real )?(?:user )?(?:queries|conversations|data|requests|cases|logs)',
		]),
		...concept('criteria', [
			'rubrics?', 'criteria', 'criterion', 'quality (?:criteria|dimensions)', 'graded? (?:on|for|against)', 'scor\\w+ (?:each|every|them|outputs|responses) (?:on|for|against)',
			'(?:factual(?:ity)?|accuracy|relevance|helpfulness|tone|groundedness|faithfulness|correctness|coverage|completeness) (?:,|and|or)',
		]),
		...concept('metric', [
			'accura\\w+', 'precision', 'recall', 'f1', 'error rates?', 'hallucination rates?', 'false (?:positive|negative) rates?', 'pass rates?', 'win rates?',
			'bleu', 'rouge', 'exact match', 'agreement', 'kappa',
		]),
		...concept('threshold', [
			'thresholds?', 'quality bars?', '(?:the |a )?bar (?:for|of|is|was|we)', 'launch (?:bar|criteria|gate)', 'ship(?:ping)? (?:bar|criteria|gate)', 'minimum (?:accuracy|quality|score)',
			'at least \\d+ ?%', '(?:above|below|over|under) \\d+ ?%', 'must (?:hit|reach|meet|pass)', 'go/no[- ]go', 'blocks? (?:the )?launch',
		]),
		...concept('slices', [
			'slices?', 'sliced', 'segments?', 'by (?:language|region|segment|category|cohort|user type|query type)', 'subgroups?', 'across (?:languages|regions|segments|categories|cohorts|user groups)', 'long tail', 'edge cases?',
		]),
		...concept('raters', [
			'human (?:raters?|evaluators?|review\\w*|graders?|judges?|labell?ers?|annotators?)', 'raters?', 'annotators?', 'graders?', 'llm[- ]as[- ]a[- ]judge', 'side[- ]by[- ]side', 'expert review\\w*',
			'domain experts? (?:review|rate|grade|label)',
		]),
		...concept('error-analysis', ['error analys\\w+', 'failure analys\\w+', 'red[- ]team\\w*', 'adversarial (?:tests?|prompts?|examples?)', 'regression (?:tests?|suite)', 'online eval\\w*', 'shadow mode', 'a/b test\\w*', 'monitor\\w* (?:quality|accuracy|drift)']),
	],
};

// Product evaluation that is tied to the model: whether the AI output actually helps.
export const PRODUCT_EVAL: Lexicon = {
	name: 'product-eval',
	negatable: true,
	terms: [
		...concept('task', ['task (?:completion|success)(?: rates?)?', 'completion rates?', 'resolution rates?', 'deflection rates?', 'time saved', 'time to (?:resolve|complete|draft)', 'handle time']),
		...concept('override', ['overrid\\w+ rates?', 'override rates?', 'edit rates?', 'acceptance rates?', 'accept(?:ed)? (?:suggestions?|as[- ]is)', 'how (?:often|much) (?:users|people|agents) (?:edit|override|accept|reject|undo)', 'rejection rates?', 'undo rates?', 'regenerat\\w+ rates?']),
		...concept('trust', ['trust', 'reliance', 'over-?reliance']),
	],
};

// Product metrics that say whether users like the product, not whether the model performs.
export const PRODUCT_METRICS: Lexicon = {
	name: 'product-metrics',
	terms: [
		...concept('nps', ['nps', 'net promoter\\w*']),
		...concept('active', ['dau', 'mau', 'wau', 'daily active\\w*', 'monthly active\\w*', 'active users']),
		...concept('retention', ['retention', 'retain\\w*', 'churn\\w*', 'come back', 'returning users']),
		...concept('engagement', ['engagement', 'engaged', 'usage', 'time (?:spent|in app)', 'session\\w* (?:length|count|per)', 'clicks?', 'click-?through\\w*', 'ctr']),
		...concept('satisfaction', ['csat', 'satisfaction', 'happy', 'surveys?', 'star ratings?', 'app store ratings?', 'feedback from users', 'user feedback']),
		...concept('business', ['revenue', 'conversion\\w*', 'adoption', 'growth', 'signups?', 'upsell\\w*']),
	],
};
