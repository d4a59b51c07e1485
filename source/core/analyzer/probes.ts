import type {FocusId, WeaknessId} from '../taxonomy/ids.js';
import {WEAKNESS_IDS} from '../taxonomy/ids.js';

// Which weaknesses a question invites (domain: a weakness applies only where invited).
// The focus gives a base set; the question's own words add the rest.

const BY_FOCUS: Record<FocusId, WeaknessId[]> = {
	'product-sense': ['generic-pm', 'over-technical'],
	evaluation: ['no-eval-framework', 'generic-pm'],
	technical: ['over-technical', 'generic-pm'],
	experience: ['generic-ai-talk', 'generic-pm'],
	ethics: ['skips-ethics'],
	prioritization: ['generic-pm'],
	mixed: [],
};

const CUES: Array<[WeaknessId, RegExp]> = [
	[
		'no-eval-framework',
		/\bhow (?:would|will|do|did|can|could|should) (?:you|we) (?:know|tell|measure|evaluate|test|judge|decide|check)\b|\bmeasur|\bmetrics?\b|\bevaluat|\bevals?\b|\blaunch[- ]?read|\bready to (?:launch|ship|go live)|\bquality\b|\bsuccess(?:ful)?\b|\b(?:is|it's) working\b|\bworks\b|\baccura|\bbenchmark|\bgood enough\b/i,
	],
	[
		'generic-ai-talk',
		/\btell (?:me|us) about (?:a time|an? |your)|\byour (?:own )?(?:experience|background|role)\b|\byou(?:'ve| have)? worked on\b|\bdescribe (?:a|an|the) (?:time|project|situation|feature|product) (?:you|where|when)|\bwalk (?:me|us) through (?:a|an|your)\b|\ban example from your\b|\bhave you (?:ever )?(?:built|shipped|worked|led|used)|\bin your (?:last|previous|current) (?:role|job)\b|\bwhat did you\b|\bwhat have you\b|\bwhy (?:ai|do you want)\b/i,
	],
	[
		'skips-ethics',
		/\bsafe(?:ty)?\b|\bbias|\bharm|\bethic|\bfair(?:ness)?\b|\babuse|\bmisuse|\btoxic|\bprivacy|\bresponsib|\bhir(?:e|ing)\b|\brecruit|\bcandidates?\b|\bhealth|\bmedical|\bpatients?\b|\bclinic|\btherap|\bmental\b|\blend(?:ing|er)?\b|\bloans?\b|\bcredit\b|\binsur|\bchild|\bkids?\b|\bteens?\b|\bminors?\b|\bschool|\bstudents?\b|\blegal\b|\bpolic(?:e|ing)\b|\bcourt|\bhousing\b|\belection|\bvulnerable/i,
	],
	[
		'over-technical',
		/\bexplain\b|\bhow does\b|\bfine-?tun|\bprompt|\bretrieval\b|\brag\b|\barchitect|\blatency\b|\bcosts?\b|\bhallucinat|\bmodels?\b|\bembedding|\btransformer|\bllms?\b|\btechnical\b|\bengineers?\b|\bdesign\b|\bbuild\b|\bfeature\b|\bproduct\b/i,
	],
	[
		'generic-pm',
		/\bdesign|\bbuild|\bfeature|\bproduct\b|\bprioriti|\broadmap|\bimprove|\blaunch|\bstrategy|\bbets?\b|\bwhat would you do\b|\busers?\b|\bexperience\b|\bux\b|\bmodels?\b|\bai\b/i,
	],
];

export function inferProbes(focus: FocusId, question: string): WeaknessId[] {
	const found = new Set<WeaknessId>(BY_FOCUS[focus]);
	for (const [id, re] of CUES) if (re.test(question)) found.add(id);
	// an ethics question is about ethics: do not also grade it as generic product work
	if (focus === 'ethics') found.delete('generic-pm');
	if (found.size === 0) found.add('generic-pm');
	return WEAKNESS_IDS.filter(id => found.has(id));
}
