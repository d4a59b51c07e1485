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
			// plain words: a pile of real cases that people already graded
			`(?:pile|batch|bunch|set|handful|stack|sample|collection|couple|few) of (?:\\w+ ){0,2}?(?:real|actual|past|recent|old|our own) [\\w-]+`,
			`${COUNT}(?: or so)?(?: [\\w-]+){0,2}? (?:real|actual|past|recent) [\\w-]+`, 'marked (?:up )?by hand', '(?:gone|go|went) through (?:them )?(?:and marked|by hand)',
			'(?:examples|cases|answers|ones) (?:we|they|people|experts) (?:already )?(?:graded|scored|marked|labell?ed|checked)', 'write down the (?:right|correct|expected) (?:values|answers?|labels?)',
			'(?:the )?(?:right|correct|expected) answers? (?:for|to) each', 'answer key', 'known (?:right )?answers?',
		]),
		...concept('criteria', [
			'rubrics?', 'criteria (?:like|such as|for (?:quality|each|every)|per)', '(?:quality|evaluation|eval|grading|scoring|success) criteri(?:a|on)', 'criterion', 'criteria(?= ?[,:])', 'what a good (?:answer|summary|reply|output|response|draft) (?:must|should) (?:contain|include|look like|say)', 'quality (?:criteria|dimensions)', 'graded? (?:on|for|against)', 'scor\\w+ (?:each|every|them|outputs|responses) (?:on|for|against)',
			'(?:factual(?:ity)?|accuracy|relevance|helpfulness|tone|groundedness|faithfulness|correctness|coverage|completeness) (?:,|and|or)',
			'grad(?:e|es|ed|ing) (?:each|every|them|responses|outputs|drafts|answers|it)', 'scor(?:e|es|ed|ing) each', 'rat(?:e|es|ed|ing) each', 'checklist of', '(?:short|simple) (?:checklist|scale)',
			'(?:three|four|two|3|4|2) (?:quality )?(?:criteria|dimensions|things)',
			'have (?:them|each|\\w+) (?:mark|grade|score|rate|check|judge) (?:each|every)', '(?:mark|grade|score|rate|check|judge)\\w* each (?:one|answer|reply|summary|draft|explanation|output|feedback|estimate)',
			'is it (?:true|accurate|correct|right|complete|understandable|clear|helpful|useful|readable|on[- ]brand|faithful|safe)', 'agreed (?:points|criteria|checklist)',
			'what (?:a )?good (?:\\w+ )?looks like', 'what counts as (?:good|a (?:good|bad|blocker|pass|fail))',
			'does (?:it|the (?:\\w+ )?(?:summary|reply|answer|draft|feedback|explanation)) (?:actually )?(?:answer|point at|match|capture|cover|tell|include|keep)',
		]),
		...concept('metric', [
			'accura\\w+', 'precision', 'recall', 'f1', 'error rates?', 'hallucination rates?', 'false (?:positive|negative) rates?', 'pass rates?', 'win rates?',
			'bleu', 'rouge\\S*', 'bertscore', 'perplexity', 'validation (?:loss|set|split)', 'exact match', 'agreement', 'kappa', 'ndcg', 'mrr', '(?:recall|precision) (?:at|@) ?\\w+', 'live error rate', `${SHARE} (?:right|correct|accurate|of the time)`,
			'how often (?:it|the model|the assistant|the system) (?:is|was|gets|got) (?:right|wrong|correct)',
			'how many (?:\\w+ ){0,6}(?:did it|it|does it) (?:miss|get wrong|get right|catch|flag)\\w*', `how often (?:it|the (?:model|tool|system|assistant|bot|classifier))(?:['’]s| is| was| gets?| got) (?:right|wrong|correct|off)`,
			'(?:what|how much) (?:it|the tool|the model) (?:missed|got wrong|over-?flagged|gets wrong)', 'hit rate', 'miss(?:ed)? rates?', 'how far off', '(?:average|typical|median) error',
			'(?:simple )?counts? (?:of|for) (?:what|how)', '(?:two|three) simple (?:counts|numbers|measures)',
		]),
		...concept('threshold', [
			'thresholds?', 'quality bars?', '(?:the |a )?bar (?:for|of|is|was|we)', 'launch (?:bar|criteria|gate)', 'ship(?:ping)? (?:bar|criteria|gate)', 'minimum (?:accuracy|quality|score)',
			'at least \\d+ ?%', '(?:above|below|over|under) \\d+ ?%', 'must (?:hit|reach|meet|pass)', 'go/no[- ]go', 'blocks? (?:the )?launch',
			'bars?', `(?:at least|at most|under|below|above|over|around) (?:\\w+ (?:or|to) )?${SHARE}`, `${SHARE} on`, 'zero tolerance', '(?:the )?bar for', 'launch blockers?', 'is zero', 'set (?:the )?bars?', 'target of',
			'pass marks?', "(?:can['’]t|cannot|shouldn['’]t|mustn['’]t|won['’]t) (?:miss|get|be wrong|flag) (?:\\w+ )?more than", 'no more than (?:one|two|\\d+|a)', 'near(?:ly)? perfect',
			'(?:basically|almost|essentially) (?:no|zero|never|none)', "agree\\w* (?:\\w+ ){0,8}?(?:ahead of time|up front|in advance|before we (?:look|start|test|launch|ship))",
			'(?:what|how)(?:[’\']s| is)? good enough', 'good enough (?:looks|means)', 'counts as a blocker',
		]),
		...concept('slices', [
			'slices?', 'sliced', 'segments?', 'by (?:language|region|segment|category|cohort|user type|query type)', 'subgroups?', 'across (?:languages|regions|segments|categories|cohorts|user groups)', 'long tail', 'edge cases?',
			'per (?:category|specialty|language|segment|region|class|label|intent|type|tone|cohort|market|department|topic|product line|country|customer tier|tier|document type|source|accent|domain)', '(?:the )?averages? hides?', 'not just (?:overall|on average|the average)', 'hard (?:ones|cases|examples)', 'look\\w* separately',
			'break\\w* (?:\\w+ ){0,3}?(?:out|down) by', 'by (?:\\w+ )?(?:type|group|kind|tier)', '(?:for|across|in) (?:different|each|every) (?:\\w+ )?(?:groups?|types?|kinds?|languages?|segments?|categor\\w+)',
			'(?:looked|look|check) at (?:it|them|results) (?:\\w+ )?by', 'includ\\w* (?:the |some )?(?:hard|weird|long|messy|tricky|difficult|weaker|unusual|rare)', 'not just the easy', 'the (?:hard|weird|tricky|messy) ones',
			'(?:great|good|fine) on \\w+ (?:\\w+ )?(?:and|but) (?:bad|poor|worse|terrible) (?:on|for)', 'worst (?:for|on)', '(?:best|worse|worst) for the',
		]),
		...concept('raters', [
			'human (?:raters?|evaluators?|review\\w*|graders?|judges?|labell?ers?|annotators?)', 'raters?', 'annotators?', 'graders?', 'llm[- ]as[- ]a[- ]judge', 'side[- ]by[- ]side', 'expert review\\w*',
			'domain experts? (?:review|rate|grade|label)', '(?:clinicians|experts|people|lawyers|agents|linguists|reviewers|teachers|editors) (?:\\w+ )?(?:grade|score|rate|label|review|judge)',
			'(?:teachers|lawyers|nurses|underwriters|agents|adjusters|doctors|clinicians|pharmacists|analysts|editors|experts|pharmacist|someone from (?:the )?\\w+(?: \\w+)? team) (?:\\w+ ){0,5}?(?:mark|grade|score|rate|check|write down|label|go through|gone through)\\w*',
			'have (?:two|three|a few|some|a couple of) (?:\\w+ ){0,2}?(?:people|experts|\\w+s) (?:grade|score|mark|check|label|write|rate|review)',
		]),
		...concept('error-analysis', ['error analys\\w+', 'failure analys\\w+', 'red[- ]team\\w*', 'adversarial (?:tests?|prompts?|examples?)', 'regression (?:tests?|suite)', 'online eval\\w*', 'shadow mode', 'a/b test\\w*', 'monitor\\w* (?:quality|accuracy|drift)']),
	],
};

// Product evaluation that is tied to the model: whether the AI output actually helps.
export const PRODUCT_EVAL: Lexicon = {
	name: 'product-eval',
	negatable: true,
	terms: [
		...concept('task', ['task (?:completion|success)(?: rates?)?', 'time (?:to|from) (?:\\w+ ){0,3}?(?:discharge|first contact|resolve|resolution|complete|draft|answer|decision)', 'saves? (?:\\w+ )?time', 'completion rates?', 'resolution rates?', 'deflection rates?', 'time saved', 'time to (?:resolve|complete|draft)', 'handle time']),
		...concept('override', ['overrid\\w+ rates?', 'override rates?', 'edit rates?', 'acceptance rates?', 'accept(?:ed)? (?:suggestions?|as[- ]is)', 'how (?:often|much) (?:users|people|agents) (?:edit|override|accept|reject|undo)', 'rejection rates?', 'undo rates?', 'regenerat\\w+ rates?',
			'how (?:often|much|many) (?:\\w+ ){0,2}?(?:edit|change|rewrite|dismiss|ignore|accept|override|undo|fix|correct|revise)\\w*', '(?:do|did|does) (?:\\w+ ){0,2}?(?:revise|edit|accept)\\w*',]),
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
