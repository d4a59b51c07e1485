import {concept, type Lexicon} from './types.js';

// Values words that, alone, read as box-checking.
export const ETHICS_GENERIC: Lexicon = {
	name: 'ethics-generic',
	terms: [
		...concept('values', ['fair(?:ness)?', 'transparen\\w+', 'responsible ai', 'responsib\\w+', 'ethic\\w*', 'accountab\\w+', 'inclusiv\\w+', 'values', 'principles', 'trustworthy', 'do the right thing', 'unbiased', 'bias-?free', 'ai ethics', 'guidelines', 'best practices', 'safe(?:ty)?', 'compliant', 'compliance', 'privacy']),
		...concept('hand-wave', ['of course', 'obviously', 'make sure (?:it|that it|the model) is (?:fair|safe|ethical|unbiased)', 'keep (?:it|that) in mind', 'be mindful', 'very important', 'top of mind', 'check the box', 'take (?:it|this) seriously']),
	],
};

// Concrete safety practice: named failure modes, measurement across groups, process and owners.
export const ETHICS_SPECIFIC: Lexicon = {
	name: 'ethics-specific',
	negatable: true,
	terms: [
		...concept('failure-mode', [
			'protected (?:groups?|class\\w*|attributes?|characteristics?)', '(?:women|men|older|younger|minorit\\w+|non-native|disabled|black|hispanic|rural|low-income) (?:\\w+ )?(?:candidates|users|applicants|patients|speakers|people|borrowers|customers)',
			'harmful (?:content|outputs?|advice|responses?)', 'self-?harm', 'toxic\\w*', 'misinformation', 'medical advice', 'proxy (?:for|variables?|features?)', 'proxies', 'zip ?codes?',
			'gaps? in (?:employment|the resume|the cv)', 'biased (?:outputs?|results?|against|toward\\w*)', 'against (?:women|older|minorit\\w+)', 'stereotyp\\w+', 'jailbreak\\w*', 'prompt injection', 'pii', 'personal data leak\\w*',
		]),
		...concept('measure', [
			'disparate impact', 'four-?fifths', '80% rule', 'demographic parity', 'equal(?:ized)? (?:opportunity|odds)', '(?:error|approval|selection|pass|false positive|false negative|acceptance) rates? (?:by|across|per|for each) \\w+',
			'across (?:demographic\\w*|groups|segments|subgroups|protected|genders?|ages?|races?|ethnicit\\w+|languages|dialects)', 'by (?:demographic\\w*|group|gender|age|race|ethnicity)', 'sliced? by', 'per[- ]group', 'subgroups?', 'counterfactual',
		]),
		...concept('audit', ['audit\\w*', 'bias (?:tests?|testing|evaluations?|review)', 'fairness (?:tests?|testing|evaluations?|metrics?|review)', 'model cards?', 'impact assessments?', 'red[- ]team\\w*', 'adversarial testing', 'pre-?launch review', 'safety review', 'safety evals?']),
		...concept('escalation', ['escalat\\w+', 'report(?:ing)? (?:button|flow|path|channel|mechanism|process)', 'user reports?', 'appeals?', 'contest (?:the|a) decision', 'on-?call', 'incident\\w*', 'kill[- ]switch', 'roll ?back', 'sla', 'trust (?:and|&) safety (?:team|reviewers)', 'moderat\\w+']),
		...concept('refusal', ['refus\\w+', 'decline to', 'won\'t answer', 'refuses?', 'content polic\\w+', 'usage polic\\w+', 'policy (?:for|on) what', 'guardrails?', 'blocklists?', 'classifiers? (?:for|to catch|that catches) (?:harm|toxic|unsafe)', 'safe completion', 'hard (?:line|no)']),
		...concept('launch-block', ['blocks? (?:the |a )?launch', 'block\\w* (?:shipping|release)', 'not (?:launch|ship|release)', "(?:won't|wouldn't|don't|didn't|would not|will not) (?:launch|ship|release)", 'delay\\w* (?:the )?(?:launch|release)', 'launch (?:gate|blocker|criteria)', 'no-?go', 'hold (?:the )?(?:launch|release)', 'paus\\w+ (?:the )?(?:launch|rollout)', 'stop ship']),
		...concept('experts', ['legal (?:counsel|team|review)', 'lawyers?', 'counsel', 'external (?:auditors?|review\\w*|experts?)', 'domain experts?', 'clinicians?', 'doctors?', 'ethicists?', 'regulat\\w+', 'eeoc', 'gdpr', 'hipaa', 'fcra', 'ecoa', 'eu ai act', 'outside (?:my|our) expertise', 'not (?:an|a) (?:expert|lawyer)', 'child (?:safety|development) experts?', 'coppa']),
		...concept('human-decision', ['human (?:makes?|takes?) the (?:final )?decision', 'human in the loop', 'human-in-the-loop', 'final (?:decision|say)', 'never (?:auto-?reject\\w*|decides? alone)', 'recommendation(?:s)?, not (?:a )?decisions?', 'opt[- ]out', 'consent', 'explanation of why', 'reason codes?', 'adverse action']),
	],
};
