import {concept, type Lexicon} from './types.js';

// Values words that, alone, read as box-checking.
export const ETHICS_GENERIC: Lexicon = {
	name: 'ethics-generic',
	terms: [
		...concept('values', [
			'fair(?:ness)?', 'transparen\\w+', 'responsible ai', 'responsib\\w+', 'ethic\\w*', 'accountab\\w+', 'inclusiv\\w+', 'values', 'principles', 'trustworthy', 'do the right thing', 'unbiased',
			'bias-?free', 'ai ethics', 'guidelines', 'best practices', 'safe(?:ty)?', 'compliant', 'compliance', '(?<!differential )privacy(?! budget)(?:-by-design| by design)?', 'governance', 'disclaimers?', 'terms of (?:service|use)', 'privacy policy',
		]),
		...concept('hand-wave', [
			'of course', 'obviously', 'make sure (?:it|that it|the model|we) (?:is|are) (?:fair|safe|ethical|unbiased|compliant)', 'keep (?:it|that) in mind', 'be mindful', '(?:really|very|super) important', 'top of mind',
			'check the box', 'take (?:it|this) seriously', 'with that (?:covered|in place|done)', 'once that(?:\'s| is) (?:covered|done|in place)', 'the exciting part', 'well covered',
		]),
	],
};

// Concrete safety practice: named failure modes, measurement across groups, mitigation,
// audits, escalation, refusal policy, launch blocking, outside expertise, human control.
export const ETHICS_SPECIFIC: Lexicon = {
	name: 'ethics-specific',
	negatable: true,
	terms: [
		...concept('failure-mode', [
			'protected (?:groups?|class\\w*|attributes?|characteristics?)', '(?:women|men|older|younger|minorit\\w+|non-native|disabled|black|hispanic|rural|low-income|young|elderly) (?:\\w+ )?(?:candidates|users|applicants|patients|speakers|people|borrowers|customers|men|women)',
			'harmful (?:content|outputs?|advice|responses?)', 'self-?harm', 'suicid\\w*', 'crisis', 'at risk', 'racis\\w+', 'sexis\\w+', 'slurs?', 'caricatur\\w+', 'harass\\w+', 'grooming', 'explicit (?:content|images?)',
			'misinformation', 'medical advice', 'investment advice', 'legal advice', 'proxy (?:for|variables?|features?)', 'proxies', 'zip ?codes?', 'postcodes?', 'gaps? in (?:employment|the resume|the cv)',
			'biased (?:outputs?|results?|against|toward\\w*)', 'against (?:women|older|minorit\\w+)', 'stereotyp\\w+', 'jailbreak\\w*', 'prompt injection', 'pii', 'personal data leak\\w*', 'over-?reliance', 'relying on it instead',
			'over-?refus\\w+', 'categories of harm', 'harm categor\\w+', 'specific harms', 'wrong doses?', 'critical errors?',
			'(?:show|reveal|leak|expose|pull)\\w* (?:\\w+ ){0,3}?(?:another|other) [\\w-]+', "someone else['’]s (?:data|details|records|messages|information|info|address)", 'leak(?:s|ed|ing)?', 'leaked', 'data leaks?',
			'dose\\w* wrong', '(?:leaves?|left|leaving) out a warning', 'warning signs?', '(?:someone|people|users?|kids?|a kid|a child|a teen\\w*) in (?:distress|crisis|danger)', 'hurt(?:ing)? (?:themselves|them)',
			'depend(?:s|ing)? on it', 'dependen(?:cy|ce)', 'talking to it instead', 'instead of (?:a |their )?(?:therapist|doctor|teacher|people)', 'false (?:bans?|accusations?|flags)',
			'wrongly (?:banned|flagged|muted|rejected|denied|declined|accused)', 'reading level', "(?:can['’]t|cannot|couldn['’]t) read", 'diagnos\\w+', 'chang\\w+ (?:their )?medication',
			'unfair(?:ly)? (?:to|for|against|on)', 'harsher (?:on|for)', 'treat\\w* (?:\\w+ ){0,2}?differently', '(?:discriminat|stand in for|stands in for)\\w*', 'personal (?:info|information|details)', 'grooming',
			'(?:sexual|violent|scary|inappropriate|upsetting|self-harm) (?:content|things|stuff|messages|images|replies)?', 'pretending to be', 'minors',
			'(?:old|past|historical) (?:\\w+ )?bias', 'bias (?:our|in (?:the|our)) (?:old|past|historical)',
		]),
		// naming the topic or adding a button is half a practice: it says where harm is, not what happens next
		...concept('harm-topic', ['toxic\\w*', 'trust (?:and|&) safety', 'offensive', 'abuse', 'abusive'], 0.5),
		...concept('report-channel', ['report(?:ing)? (?:button|flow|link|form|mechanism)', 'user reports?', 'reports? of', 'flag button', 'report (?:others|it|a problem)'], 0.5),
		...concept('measure', [
			'disparate impact', 'four-?fifths', '80 ?% rule', 'demographic parity', 'equal(?:i[sz]ed)? (?:opportunity|odds)', 'selection rates?',
			'(?:error|approval|selection|pass|false positive|false negative|acceptance|word error) rates? (?:by|across|per|for each|between) \\w+', 'across (?:demographic\\w*|groups|segments|subgroups|protected|genders?|ages?|races?|ethnicit\\w+|languages|dialects|accents)',
			'by (?:demographic\\w*|group|gender|age|race|ethnicity|accent)', 'sliced? by', 'per[- ]group', 'each group', 'any group', 'no group', 'between (?:user |demographic )?groups', 'subgroups?', 'counterfactual\\w*',
			'under-?represented', 'affected (?:groups?|communit\\w+|users)', '(?:best|worst)-served', 'gap (?:between|across|for)', '(?:size|measure) (?:it|the gap)', 'related prompts about other groups',
			'(?:how it does|how well it works|results?|compare\\w*) (?:\\w+ ){0,3}?(?:for|across|between) (?:different|each|those|these|other|the) (?:\\w+ )?groups', 'compared across',
			'(?:for|across|between|by) different (?:\\w+ )?groups', 'by (?:customer|user|student|patient|player|applicant) groups?', '(?:in|for) each language', 'for those groups', 'group comparison',
		]),
		...concept('mitigation', ['debias\\w*', 're-?weight\\w*', 're-?sampl\\w+', 'rebalanc\\w+', '(?:collect|buy|get)\\w* more (?:data|speech|examples|images)', 'fairness (?:constraints?|regulari[sz]er)', 'group-specific thresholds?', 'remove\\w* (?:the )?(?:proxy|feature|attribute)']),
		...concept('audit', [
			'audit\\w*', 'bias (?:tests?|testing|evaluations?|review)', 'fairness (?:tests?|testing|evaluations?|metrics?|review)', 'model cards?', 'impact assessments?', 'red[- ]team\\w*', 'adversarial (?:testing|prompts?)',
			'pre-?(?:launch|release) (?:review|checks?)', 'safety (?:review|evals?|officer|team)', 'trust (?:and|&) safety (?:team|review|people|specialists?|lead)', 'review\\w* a sample of (?:flagged|reported)',
			'try(?:ing)? (?:\\w+ )?(?:hard )?to (?:break it|make it (?:say|do|leak|show)|get it to|trick it|jailbreak)', '(?:actively )?trying to (?:make|get) it', 'tricky prompts?', 'break it on purpose',
			'test\\w* (?:that|it|this) with (?:a lot of |lots of )?(?:indirect|tricky|nasty|adversarial|real)', 'outside (?:firm|review\\w*|auditors?)', 'marking our own homework',
		]),
		...concept('escalation', [
			'escalat\\w+', 'report(?:ing)? (?:path|channel|process|harm)', 'appeals?', 'contest (?:the|a) decision', 'on-?call', 'incident\\w*', 'kill[- ]switch', 'roll ?back',
			'slas?', 'moderat\\w+', 'human response', 'queue that', 'fast lane', 'helplines?', 'crisis resources', 'defined path', 'reproduce it',
			'reach(?:es)? (?:a |the )?(?:clinician|human|person|moderator|team|doctor|specialist)', '(?:goes|go|sent|flagged|routed) to (?:a |the |our )?(?:trained )?(?:\\w+ )?(?:safety|trust|ops|clinical|review|moderation) (?:team|person|lead)',
			'flagged to a (?:trained )?(?:human|person)', 'the same day', 'within (?:\\d+|an?|one|two|few|a few|\\w+) (?:hours?|days?|minutes?)', 'pull the plug', 'switch(?:ed)? (?:the feature |it |that )?off', 'turn(?:ed)? (?:it|the feature|that) off',
			'kill (?:it|the feature)', 'named person', 'crisis line', 'trusted adult', 'help resources?', 'contact (?:the )?authorities', 'way (?:for \\w+(?: and \\w+)? )?to (?:report|appeal|flag|complain)',
		]),
		...concept('refusal', [
			'refus\\w+', 'decline to', "won't answer", 'content polic\\w+', 'usage polic\\w+', 'policy (?:for|on) what', 'guardrails?', 'blocklists?', '(?:prompt|content|output) (?:filters?|classifiers?)', 'filtered',
			'classifiers? (?:for|to catch|that catches) (?:harm|toxic|unsafe)', 'safe completion', 'hard (?:line|no)', 'block (?:on )?(?:that|the|this) prompt', 'only talks about', 'narrow prompt', 'out of scope',
			'narrow job', '(?:only|just) (?:knows?|talks?|answers?) about', "(?:shouldn['’]t|won['’]t|never|doesn['’]t) (?:try to )?(?:counsel|diagnose|give (?:medical|legal|financial) advice|ask for (?:names|personal))",
			'(?:stays|stay|keep it) (?:in character|on topic)', 'no asking for', 'what it should (?:refuse|say no to|never do)',
		]),
		...concept('launch-block', [
			'blocks? (?:the |a )?launch', 'block\\w* (?:shipping|release)', 'not (?:launch|ship|release)', "(?:won't|wouldn't|don't|didn't|would not|will not) (?:launch|ship|release)", 'delay\\w* (?:the )?(?:launch|release)',
			'launch (?:gate|blockers?|criteria)', 'no-?go', 'hold (?:the )?(?:launch|release)', 'paus\\w+ (?:the )?(?:launch|rollout)', 'stop ship', 'signed off before launch', 'before launch, not after', 'narrower version',
			'blocking criteria', 'criteria agreed',
			"(?:don['’]t|won['’]t|shouldn['’]t|wouldn['’]t|can['’]t) (?:ship|launch|release|build)(?: it)? until", "(?:shouldn['’]t|wouldn['’]t|won['’]t) build it", 'hold (?:it|the feature|that) back', 'hold it', 'holding it back',
			'(?:launch|ship|start)\\w* (?:\\w+ )?only (?:for|in|with) ', '(?:english|typed|one)[- ]only', 'before (?:we |i )?turn (?:\\w+ ){0,2}?on', 'one confirmed', 'counts as a blocker', 'blockers?', 'full stop',
			"(?:if|unless) (?:it|we) (?:\\w+ ){0,4}?(?:fails?|can['’]t|couldn['’]t)(?: \\w+){0,6}? (?:we|i) (?:don['’]t|won['’]t|wouldn['’]t|shouldn['’]t) (?:launch|ship|build)",
		]),
		...concept('experts', [
			'legal(?: counsel| team| review)?', 'lawyers?', 'counsel', 'external (?:auditors?|review\\w*|experts?)', 'domain experts?', 'clinicians?', 'clinical (?:psychologists?|safety|experts?)', 'doctors?', 'psychologists?',
			'ethicists?', '(?:child-?safety|safety|accessibility) (?:specialists|experts)', 'eeoc', 'gdpr', 'hipaa', 'fcra', 'ecoa', 'eu ai act', 'outside (?:my|our) expertise', 'not (?:an|a|the) (?:expert|lawyer|right person)',
			'people from the affected community', 'advisors?', 'specialists?', "privacy law",
			'pharmacists?', 'therapists?', '(?:security|safety|legal|compliance|privacy|fraud|child-?safety) (?:folks|people|experts|organi[sz]ations?|team)', "i['’]?m not (?:qualified|a clinician|a doctor|an expert|a lawyer|the right person)",
			'not qualified', 'child[- ](?:safety|development) (?:experts?|organi[sz]ations?|specialists?)', 'legal (?:needs to|has to|should) (?:weigh in|review|sign)',
		]),
		...concept('human-control', [
			'human (?:makes?|takes?) the (?:final )?decision', 'human in the loop', 'human-in-the-loop', 'final (?:decision|say)', 'never (?:auto-?reject\\w*|decides? alone)', "(?:don't|do not) decide alone",
			'recommendations?, not (?:a )?decisions?', 'opt[- ]out', 'consent', 'explanation of why', 'reason codes?', 'adverse action', 'off by default', 'delete everything', 'see and delete', 'as little (?:audio|data) as possible',
			'(?:reviews?|signs?|approves?|checks?) every (?:single )?(?:one|draft|decision)', 'a (?:person|human) (?:makes|takes|has) the (?:final )?(?:call|decision|say)', 'overturn\\w*', 'ask for a human',
			'never (?:decides?|bans?|rejects?|declines?) on its own', "(?:can['’]t|cannot|won['’]t) (?:ban|reject|deny|decline) (?:anyone|someone|people) without", 'real reasons', 'main reasons',
			'parents can', '(?:see|read) (?:the )?transcripts',
		]),
	],
};
