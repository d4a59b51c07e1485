import {COUNT, SHARE} from './numbers.js';
import {concept, type Lexicon} from './types.js';

// Concrete practice is often said as a rule, and rules are often negative: "it never denies",
// "doesn't ship if any group is 2x worse", "no sharing with police without a warrant". A negation
// there is the practice itself, so these families are not negatable, and every term names a
// mechanism (a rule, a split, a route, a person), never a value word.

const GROUP =
	'(?:segments?|groups?|skin tones?|ages?|age groups?|genders?|languages?|dialects?|accents?|regions?|neighbou?rhoods?|countr(?:y|ies)|cit(?:y|ies)|races?|ethnicit\\w+|demographics?|schools?|disabilit\\w+|learners|cohorts?|bands?|postcodes?|zip codes?|income bands?|markets?|tiers?|customer types?|claim types?|topics?|categor(?:y|ies)|fields?|slices?)';

/** Safety and fairness practice said as a rule or mechanism. */
export const SAFETY_RULES: Lexicon = {
	name: 'safety-rules',
	terms: [
		...concept('group-split', [
			`(?:separately|individually) (?:for|by|across)`, `(?:split|cut|broken (?:out|down)|broke (?:it )?down|sliced|compared?|checked?|measured?|reported?|tracked?) (?:\\w+ ){0,4}?(?:by|per|across|for each|for every|for any) (?:\\w+ ){0,2}?${GROUP}`,
			`(?:any|each|every|no|one|the worst|the best|a) (?:\\w+ )?${GROUP} (?:is |are |runs? |falls? |gets? |more than |under |below |over |above |behind |worse|better|with)`,
			"(?:worse|better|different) (?:on|for) (?:any|some|each|one) (?:of )?(?:those |these |the )?(?:\\w+ )?(?:groups?|segments?|slices?)", `(?:gap|difference|disparit\\w+) (?:between|across|for|in) (?:\\w+ ){0,3}?${GROUP}`, `(?:more|less) (?:common|often|likely|accurate) (?:for|in|among|with) (?:some|certain|\\w+)`, 'twice as often', '(?:\\d+|two|three)(?:\\.\\d+)? times (?:as often|the rate|more|its)',
		]),
		...concept('block-rule', [
			"(?:doesn['’]?t|does not|won['’]?t|will not|wouldn['’]?t|would not|never|can['’]?t|cannot|shouldn['’]?t) (?:\\w+ )?(?:ship|launch|go live|go out|release|roll out|be released)", 'blocks? (?:the )?(?:launch|release|use|shipping|rollout)', '(?:launch|release|ship)[- ]block\\w*', '(?:hold|delay|pause|postpone|slip)\\w* (?:the )?(?:launch|release|rollout)', 'launch slipped',
			'(?:goes|go|went) live only', 'only (?:ships?|launch\\w*|goes live|go live) (?:if|when|at|after|once)', 'stop[- ]ship', 'fails? the (?:build|release|launch|gate)', 'must pass before', '(?:before|ahead of) (?:each|every|any) (?:release|update|launch|model update|run|deploy\\w*)',
			'(?:sign-?off|signs? off) before', '(?:suspend|throttl|revok|rotat|disabl|quarantin)\\w*', 'pauses? the (?:feature|rollout|launch|model|agent)', 'least privilege', 'read[- ]only', 'by default (?:it|the \\w+) (?:can|cannot|can[’\']t|only)',
			"(?:won['’]?t|will not|never|doesn['’]?t|does not|can['’]?t|cannot) (?:\\w+ )?(?:generate|answer|give|diagnose|produce|create|show|say|recommend|characteri[sz]e|deny|denies|decide|act|send|pay|delete|contact|store|see|edits?|approves?|submits?|files?|signs?|sends?|decides?)", 'refus\\w+ (?:to |\\w+ )', 'kill[- ]switch', '(?:pull|turn|switch)\\w* (?:it |the feature )?off', 'roll(?:ed)? (?:it )?back',
		]),
		...concept('human-route', [
			'(?:path|route|appeal|way|channel) to (?:a |an )?(?:human|person|people|reviewer|review)', '(?:goes|go|sent|routed|handed|escalated|flagged|falls? back) (?:\\w+ ){0,3}?to (?:a |an |the |their |our )?(?:\\w+ ){0,2}?(?:human|person|staff|teacher|lead|team|moderator|reviewer|clinician|counsel|officer|nurse|doctor|adjuster|agent|specialist|parent)s?',
			'human (?:re-?\\w+|review|check|decision|sign-?off)', '(?:a|the) (?:\\w+ )?(?:lawyer|doctor|clinician|nurse|teacher|human|person|adjuster|underwriter|editor|reviewer|recruiter|manager|pharmacist)s? (?:always )?(?:signs? off|approves|reviews|checks|confirms|decides)', '(?:stays?|remains?|is) the one who (?:decides|gives|signs|approves|makes)', 'told (?:that )?(?:ai|it|an ai|the ai)', 'disclos\\w+',
			'(?:the )?(?:lecturer|teacher|doctor|nurse|human|person|lawyer|adjuster|agent|recruiter|clinician|editor|underwriter)s? (?:always |still )?(?:makes?|gives?|owns?|takes?|has) the (?:final )?(?:call|decision|grade|mark|say)',
			"(?:won['’]?t|wouldn['’]?t|would not|will not|not|never) (?:\\w+ )?(?:allow|use|offer|apply|deploy) (?:it |this )?(?:for|on|in|to)",
			'dispute\\w*', 'appeal\\w*', 'safeguarding', 'hotline', 'recourse', 'human review', 'ask why', 'contest\\w*',
			"(?:asks?|needs?|requires?|gets?|wait\\w* for) (?:\\w+ ){0,3}?(?:tap|confirmation|approval|ok|okay|permission|sign-?off|go-ahead)", 'asks? (?:first|before)', 'confirm\\w* (?:before|first|every|each)', 'review queue', '(?:\\d+|24|48)[- ]hours?',
			'(?:an? |our |the )?(?:analyst|moderator|reviewer|human|person|specialist|investigator)s? (?:looks?|reviews?|checks?|decides?|sees?|approves?)', 'within (?:\\w+ ){0,2}?(?:hours?|days?|minutes?)', 'undo\\w*',
		]),
		...concept('data-rule', [
			'opt[- ]in', 'opt[- ]outs?', 'consent\\w*', "(?:never|not|isn['’]t|aren['’]t|won['’]t be) (?:\\w+ )?(?:used|shared|sold|stored|kept|retained|sent|passed|logged) (?:for|with|to|by|in|beyond)", 'delet\\w+ (?:after|when|within|on request|at)', 'retention (?:period|limit|of)', 'encrypt\\w*',
			'without (?:a |the )?(?:\\w+[’\'] )?(?:warrant|consent|permission|agreement)', "(?:never|no|nothing) (?:\\w+ ){0,2}?(?:trains?|training|sharing|selling)", 'no-training', 'data stays? (?:in|on|within|inside)', 'never leaves?',
			'differential(?:ly)? priva\\w+', 'secure aggregation', 'federated', 'membership inference', 'permissions? (?:check|model|respected|of the)', 'access control\\w*', 'only (?:sees?|shows?|returns?) (?:\\w+ ){0,3}?(?:they|the user|you) (?:can|could|are allowed|have access)',
			'data (?:terms|agreement|processing agreement|minimi[sz]\\w+)', '(?:credentials?|passwords?|keys?|tokens?) (?:stay|are kept|live|never)', 'vault', 'scrub\\w*', 'redact\\w*', 'logged', 'audit (?:log|trail)s?', 'watermark\\w*', 'provenance', 'canary', 'contracts? (?:\\w+ ){0,2}?allow', 'store (?:\\w+ )?(?:templates|hashes)', 'on[- ]device', 'aggregated?', 'anonymi[sz]\\w+',
		]),
		...concept('outside-expertise', [
			'(?:outside|external|our|in-house|the) (?:\\w+ )?(?:counsel|lawyers?|legal team|compliance|privacy (?:team|lead|office\\w*)|ethics board|auditors?)', '(?:outside|external|independent) (?:[\\w-]+ ){0,2}?(?:experts?|reviewers?|advisors?|auditors?)',
			'(?:legal|counsel|the gc|general counsel|compliance|privacy team|security team|policy team|safety team) (?:\\w+ ){0,2}?(?:decides?|owns?|reviews?|signs?|approves?|checks?)', 'question for (?:our |the )?(?:\\w+ )?(?:counsel|lawyers?|legal)', '(?:privacy|legal|security|compliance|safety|clinical) sign-?off', 'legal (?:reviews?|signs?|sign-off|approv\\w+|checks?)', '(?:compliance|legal) (?:and \\w+ )?(?:sign|review|approve)\\w*',
			'(?:clinicians?|doctors?|teachers?|child safety experts?|domain experts?|safeguarding lead|social workers?|pharmacists?) (?:\\w+ ){0,3}?(?:review|sign|approve|check|set|decide|write|own)\\w*',
		]),
		...concept('named-harm', [
			'false (?:declines?|rejects?|rejections?|positives?|negatives?|bans?|matches?|accusations?|denials?|flags?)', 'confidently wrong', 'wrongly (?:\\w+ed)', 'misidentif\\w+', 'mis-?gender\\w*', 'locked out', 'double-?book\\w*', 'wrong (?:person|account|customer|invoice|payment|recipient|dose)',
			'(?:other|another) (?:customer|tenant|user|patient|student)[’\']?s[’\']? (?:data|documents|details|records|messages)', 'leak\\w*', 'self-?harm', 'grooming', 'injection', 'impersonat\\w+', 'deepfakes?', 'misinformation',
			'card numbers', 'passport (?:details|numbers)', 'health details', '(?:realistic )?fakes? of', 'threats?', 'attack\\w*', 'hidden (?:text|instructions)', 'poison\\w*', 'copyright\\w*', 'correlated with', 'national origin', '(?:repeat|regurgitat|memori[sz])\\w* (?:\\w+ ){0,2}?(?:rare|private|personal|training|string)',
		]),
	],
};

/** Saying the real test is whether users like it after launch: an eval plan waved away. */
export const DISMISSAL: Lexicon = {
	name: 'dismissal',
	terms: [
		...concept('ship-and-see', [
			'just ship(?: it)?', 'ship (?:it )?and (?:watch|see|monitor|look at|iterate)', '(?:launch|put it out|release it) and (?:watch|see)', 'see (?:if|whether) (?:they|users|people|customers|students) (?:like|love|use|come back)',
			'(?:if|once|when) (?:nps|retention|engagement|dau|csat|usage|adoption)\\b[^.]{0,60}?(?:it[’\']s|it is|we[’\']re|we are) (?:working|good|fine|done|ready)', 'the (?:market|users|customers) will tell us', 'let the (?:users|market|data|customers) (?:decide|tell us)',
			`(?:nps|retention|engagement|usage|csat) (?:is|are|will be|tells us) (?:\\w+ ){0,3}?(?:the (?:real |only )?(?:test|answer|signal|proof|judge))`, 'if (?:it[’\']s|it is) bad (?:they|users|people)[’\']?(?:ll)? (?:leave|churn|tell us)',
		]),
	],
};

/** Plain-words evaluation said through numbers: "9 in 10 must pass", "97% or better", "per city". */
export const PLAIN_EVAL: Lexicon = {
	name: 'plain-eval',
	terms: [
		...concept('eval-set', [
			'replay\\w* (?:it |them |the model |the \\w+ )?(?:on|against|over|through) ', '(?:last|past|the last|previous) (?:\\w+ )?(?:month|quarter|year|week|season)[’\']?s? (?:\\w+ ){0,2}?(?:trips|tickets|cases|claims|payments|transactions|calls|orders|emails|sessions|data|logs|queries|searches|posts|questions|messages|conversations|applications)',
			'recorded (?:real )?(?:calls|conversations|meetings|sessions)', '\\d[\\d,]* (?:\\w+ ){0,3}?(?:recorded|closed|confirmed|real|past|historical|hand-labell?ed|double-marked|graded|consenting)', '(?:pull|pulled|take|took|grab|collect|gather)\\w* (?:\\w+ ){0,3}?(?:real|last|past|recent)',
			'compare\\w* (?:\\w+ ){0,3}?(?:against|with|to) (?:the )?(?:actual|real|adjusters|teachers|experts|doctors|humans?|agents|what (?:people|humans|agents|experts))',
		]),
		// a test run on a counted set of real cases: "60 contracts lawyers already flagged", "500 leak attempts"
		...concept('test-run', [
			`(?:test|tested|testing|check|checked|run|ran|replay\\w*|try|tried|evaluat\\w+|measur\\w+|grad\\w+|scor\\w+|compar\\w+) (?:\\w+ ){0,5}?(?:on|against|with|across|using|over|through) (?:\\w+ ){0,2}?${COUNT}\\b`,
			`${COUNT} (?:[\\w-]+ ){0,3}?(?:that|which|where|we|they|people|lawyers|examiners|experts|teachers|nurses|doctors|agents|reviewers|adjusters|clinicians) (?:\\w+ ){0,3}?(?:already )?(?:marked|graded|labell?ed|flagged|checked|reviewed|rated|scored|judged|answered|decided|handled|resolved)`,
			'(?:\\d[\\d,]*|hundreds of|thousands of) (?:\\w+ )?(?:leak |attack |test |adversarial |jailbreak )?(?:attempts|prompts|probes|scenarios|test cases)',
			'(?:re-?run|run) (?:it |them |the \\w+ )?(?:every|each|on every|before every|after every|after any) ', '(?:attack|test|eval|red-?team|leak|regression) (?:set|suite) (?:passes|must pass|runs)', 'regression set',
		]),
		...concept('bar', [
			'(?:zero|no) \\w+ (?:required|allowed|tolerated)', '(?:must|needs? to|has to|have to) (?:catch|hit|reach|pass|get|land|match|agree|stay|beat|be)', 'at least as (?:often|well|good|accurate) as', 'matches? (?:the )?(?:actual|reality|what (?:happened|people))',
			'agree\\w* with (?:the )?(?:examiners|experts|nurses|doctors|teachers|lawyers|adjusters|humans|reviewers|each other|agents)',
			'bar (?:to|before|for) (?:launch|ship|rollout|release|go|going live)', '(?:near|close to) zero', 'before (?:anything|it|we) (?:ships?|launch\\w*|goes live)', `${SHARE} (?:or better|or more|pass|must pass|of the time|agreement)`, '(?:\\d+|nine|eight|seven|four) (?:in|out of) (?:10|ten|5|five)', 'only (?:at|if|when) \\d+ ?%', '(?:ready|good enough) when',
			`(?:at|within) (?:\\w+ ){0,3}?${SHARE}`, '(?:zero|no) (?:invented|made-up|wrong|missed)',
		]),
		...concept('split', [
			'(?:split|cut|broken (?:out|down)|break (?:it |them )?(?:out|down)|sliced) (?:\\w+ ){0,3}?by', 'separately (?:for|by)', 'per (?:city|claim type|topic|field|language|segment|category|country|school|grade|intent|clause type|merchant|region|store|route)',
		]),
		...concept('graders', [
			'(?:two|three|four|\\d) (?:people|reviewers|teachers|nurses|agents|experts|clinicians|lawyers|editors|adjusters|raters) (?:\\w+ ){0,2}?(?:grade|mark|rate|score|review|check|label|judge)', 'double-?mark\\w*', '(?:graded|marked|labell?ed|checked|scored) by (?:\\w+ ){0,2}?(?:teachers|experts|nurses|doctors|people|agents|adjusters|clinicians|lawyers|editors|us|hand)',
			'(?:two|three|four|\\d) (?:checks|questions|things) (?:per|for each|on each|we check)', '(?:is|are) the (?:facts|numbers|prices|figures|dates|amounts) (?:right|correct)', 'does it (?:sound|avoid|answer|match|get|give)',
		]),
	],
};
