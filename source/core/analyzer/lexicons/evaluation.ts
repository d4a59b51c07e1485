import {COUNT, SAMPLE_NOUNS, SHARE} from './numbers.js';
import {concept, type Lexicon} from './types.js';

// Model evaluation: deliberate measurement of output quality before and after launch.
export const MODEL_EVAL: Lexicon = {
	name: 'model-eval',
	negatable: true,
	terms: [
		...concept('eval-set', [
			'eval(?:uation)? (?:sets?|datasets?|suites?|harness)', 'evals', 'test sets?', 'golden (?:sets?|datasets?|examples?)', 'held[- ]?out', 'holdout', 'benchmark\\w*',
			'labell?ed (?:examples?|data|set|samples?)', '\\d+ (?:real |labell?ed |representative |sample )*(?:examples|samples|conversations|queries|prompts|tickets|cases|transcripts|emails|documents)',
			'ground truth', 'offline eval\\w*', 'offline (?:scores?|results?|metrics?)', 're-?run the (?:test |eval |golden )?set', 'sample of (?:real )?(?:user )?(?:queries|conversations|data|requests|cases|logs)',
			`${COUNT}(?: [\\w-]+){0,3} ${SAMPLE_NOUNS}`, '(?:a|our|the) (?:test|eval|evaluation|labell?ed|golden) (?:set|suite)', '(?:have|get|ask) [\\w ]{1,30}? (?:to )?label (?:them|each|it)',
		]),
		...concept('criteria', [
			'rubrics?', 'criteria (?:like|such as|for (?:quality|each|every)|per)', '(?:quality|evaluation|eval|grading|scoring|success) criteri(?:a|on)', 'criterion', 'criteria(?= ?[,:])', 'what a good (?:answer|summary|reply|output|response|draft) (?:must|should) (?:contain|include|look like|say)', 'quality (?:criteria|dimensions)', 'graded? (?:on|for|against)', 'scor\\w+ (?:each|every|them|outputs|responses) (?:on|for|against)',
			'(?:factual(?:ity)?|accuracy|relevance|helpfulness|tone|groundedness|faithfulness|correctness|coverage|completeness) (?:,|and|or)',
			'grad(?:e|es|ed|ing) (?:each|every|them|responses|outputs|drafts|answers|it)', 'scor(?:e|es|ed|ing) each', 'rat(?:e|es|ed|ing) each', 'checklist of', '(?:short|simple) (?:checklist|scale)',
			'(?:three|four|two|3|4|2) (?:quality )?(?:criteria|dimensions|things)',
		]),
		...concept('metric', [
			'accura\\w+', 'precision', 'recall', 'f1', 'error rates?', 'hallucination rates?', 'false (?:positive|negative) rates?', 'pass rates?', 'win rates?',
			'bleu', 'rouge\\S*', 'bertscore', 'perplexity', 'validation (?:loss|set|split)', 'exact match', 'agreement', 'kappa', 'ndcg', 'mrr', '(?:recall|precision) (?:at|@) ?\\w+', 'live error rate', `${SHARE} (?:right|correct|accurate|of the time)`,
			'how often (?:it|the model|the assistant|the system) (?:is|was|gets|got) (?:right|wrong|correct)',
		]),
		...concept('threshold', [
			'thresholds?', 'quality bars?', '(?:the |a )?bar (?:for|of|is|was|we)', 'launch (?:bar|criteria|gate)', 'ship(?:ping)? (?:bar|criteria|gate)', 'minimum (?:accuracy|quality|score)',
			'at least \\d+ ?%', '(?:above|below|over|under) \\d+ ?%', 'must (?:hit|reach|meet|pass)', 'go/no[- ]go', 'blocks? (?:the )?launch',
			'bars?', `(?:at least|at most|under|below|above|over|around) (?:\\w+ (?:or|to) )?${SHARE}`, `${SHARE} on`, 'zero tolerance', '(?:the )?bar for', 'launch blockers?', 'is zero', 'set (?:the )?bars?', 'target of',
		]),
		...concept('slices', [
			'slices?', 'sliced', 'segments?', 'by (?:language|region|segment|category|cohort|user type|query type)', 'subgroups?', 'across (?:languages|regions|segments|categories|cohorts|user groups)', 'long tail', 'edge cases?',
			'per (?:category|specialty|language|segment|region|class|label|intent|type|tone|cohort|market|department|topic|product line|country|customer tier|tier|document type|source|accent|domain)', '(?:the )?averages? hides?', 'not just (?:overall|on average|the average)', 'hard (?:ones|cases|examples)', 'look\\w* separately',
		]),
		...concept('raters', [
			'human (?:raters?|evaluators?|review\\w*|graders?|judges?|labell?ers?|annotators?)', 'raters?', 'annotators?', 'graders?', 'llm[- ]as[- ]a[- ]judge', 'side[- ]by[- ]side', 'expert review\\w*',
			'domain experts? (?:review|rate|grade|label)', '(?:clinicians|experts|people|lawyers|agents|linguists|reviewers|teachers|editors) (?:\\w+ )?(?:grade|score|rate|label|review|judge)',
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
