import {concept, type Lexicon} from './types.js';

// Values words that, alone, read as box-checking.
export const ETHICS_GENERIC: Lexicon = {
	name: 'ethics-generic',
	terms: [
		...concept('values', [
			'fair(?:ness)?', 'transparen\\w+', 'responsible ai', 'responsib\\w+', 'ethic\\w*', 'accountab\\w+', 'inclusiv\\w+', 'values', 'principles', 'trustworthy', 'do the right thing', 'unbiased',
			'bias-?free', 'ai ethics', 'guidelines', 'best practices', 'safe(?:ty)?', 'compliant', 'compliance', 'privacy(?:-by-design| by design)?', 'governance', 'disclaimers?', 'terms of (?:service|use)', 'privacy policy',
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
			'harmful (?:content|outputs?|advice|responses?)', 'self-?harm', 'suicid\\w*', 'crisis', 'at risk', 'toxic\\w*', 'racis\\w+', 'sexis\\w+', 'slurs?', 'caricatur\\w+', 'harass\\w+', 'grooming', 'explicit (?:content|images?)',
			'misinformation', 'medical advice', 'investment advice', 'legal advice', 'proxy (?:for|variables?|features?)', 'proxies', 'zip ?codes?', 'postcodes?', 'gaps? in (?:employment|the resume|the cv)',
			'biased (?:outputs?|results?|against|toward\\w*)', 'against (?:women|older|minorit\\w+)', 'stereotyp\\w+', 'jailbreak\\w*', 'prompt injection', 'pii', 'personal data leak\\w*', 'over-?reliance', 'relying on it instead',
			'over-?refus\\w+', 'categories of harm', 'harm categor\\w+', 'specific harms', 'wrong doses?', 'critical errors?',
		]),
		...concept('measure', [
			'disparate impact', 'four-?fifths', '80 ?% rule', 'demographic parity', 'equal(?:i[sz]ed)? (?:opportunity|odds)', 'selection rates?',
			'(?:error|approval|selection|pass|false positive|false negative|acceptance|word error) rates? (?:by|across|per|for each|between) \\w+', 'across (?:demographic\\w*|groups|segments|subgroups|protected|genders?|ages?|races?|ethnicit\\w+|languages|dialects|accents)',
			'by (?:demographic\\w*|group|gender|age|race|ethnicity|accent)', 'sliced? by', 'per[- ]group', 'each group', 'any group', 'no group', 'between (?:user |demographic )?groups', 'subgroups?', 'counterfactual\\w*',
			'under-?represented', 'affected (?:groups?|communit\\w+|users)', '(?:best|worst)-served', 'gap (?:between|across|for)', '(?:size|measure) (?:it|the gap)', 'related prompts about other groups',
		]),
		...concept('mitigation', ['debias\\w*', 're-?weight\\w*', 're-?sampl\\w+', 'rebalanc\\w+', '(?:collect|buy|get)\\w* more (?:data|speech|examples|images)', 'fairness (?:constraints?|regulari[sz]er)', 'group-specific thresholds?', 'remove\\w* (?:the )?(?:proxy|feature|attribute)']),
		...concept('audit', [
			'audit\\w*', 'bias (?:tests?|testing|evaluations?|review)', 'fairness (?:tests?|testing|evaluations?|metrics?|review)', 'model cards?', 'impact assessments?', 'red[- ]team\\w*', 'adversarial (?:testing|prompts?)',
			'pre-?(?:launch|release) (?:review|checks?)', 'safety (?:review|evals?|officer|team)', 'trust (?:and|&) safety', 'review\\w* a sample of (?:flagged|reported)',
		]),
		...concept('escalation', [
			'escalat\\w+', 'report(?:ing)? (?:button|flow|path|channel|mechanism|process|harm)', 'user reports?', 'reports? of', 'appeals?', 'contest (?:the|a) decision', 'on-?call', 'incident\\w*', 'kill[- ]switch', 'roll ?back',
			'slas?', 'moderat\\w+', 'human response', 'queue that', 'fast lane', 'helplines?', 'crisis resources', 'defined path', 'reproduce it',
		]),
		...concept('refusal', [
			'refus\\w+', 'decline to', "won't answer", 'content polic\\w+', 'usage polic\\w+', 'policy (?:for|on) what', 'guardrails?', 'blocklists?', '(?:prompt|content|output) (?:filters?|classifiers?)', 'filtered',
			'classifiers? (?:for|to catch|that catches) (?:harm|toxic|unsafe)', 'safe completion', 'hard (?:line|no)', 'block (?:on )?(?:that|the|this) prompt', 'only talks about', 'narrow prompt', 'out of scope',
		]),
		...concept('launch-block', [
			'blocks? (?:the |a )?launch', 'block\\w* (?:shipping|release)', 'not (?:launch|ship|release)', "(?:won't|wouldn't|don't|didn't|would not|will not) (?:launch|ship|release)", 'delay\\w* (?:the )?(?:launch|release)',
			'launch (?:gate|blockers?|criteria)', 'no-?go', 'hold (?:the )?(?:launch|release)', 'paus\\w+ (?:the )?(?:launch|rollout)', 'stop ship', 'signed off before launch', 'before launch, not after', 'narrower version',
			'blocking criteria', 'criteria agreed',
		]),
		...concept('experts', [
			'legal(?: counsel| team| review)?', 'lawyers?', 'counsel', 'external (?:auditors?|review\\w*|experts?)', 'domain experts?', 'clinicians?', 'clinical (?:psychologists?|safety|experts?)', 'doctors?', 'psychologists?',
			'ethicists?', '(?:child-?safety|safety|accessibility) (?:specialists|experts)', 'eeoc', 'gdpr', 'hipaa', 'fcra', 'ecoa', 'eu ai act', 'outside (?:my|our) expertise', 'not (?:an|a|the) (?:expert|lawyer|right person)',
			'people from the affected community', 'advisors?', 'specialists?', "privacy law",
		]),
		...concept('human-control', [
			'human (?:makes?|takes?) the (?:final )?decision', 'human in the loop', 'human-in-the-loop', 'final (?:decision|say)', 'never (?:auto-?reject\\w*|decides? alone)', "(?:don't|do not) decide alone",
			'recommendations?, not (?:a )?decisions?', 'opt[- ]out', 'consent', 'explanation of why', 'reason codes?', 'adverse action', 'off by default', 'delete everything', 'see and delete', 'as little (?:audio|data) as possible',
		]),
	],
};
