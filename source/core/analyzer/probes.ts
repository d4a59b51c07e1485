import type {FocusId, WeaknessId} from '../taxonomy/ids.js';
import type {Invitation} from './types.js';
import {WEAKNESS_IDS} from '../taxonomy/ids.js';

// Question understanding: which weaknesses a question invites, read from what the question is
// about rather than from single keywords. Real interviewers word questions tersely ("Improve X",
// "Design Y for Z", "Walk me through..."), so each rule looks for the kind of request (explain,
// design, measure, tell a story, choose among bets) and for the subject (a sensitive domain, an
// ethics topic). Every invited weakness carries a one-line reason the candidate can read.

/** What kind of request a question is. */
type Request = 'explain' | 'story' | 'measure' | 'judge-idea' | 'choose' | 'build' | 'other';

const STORY =
	/\b(?:tell (?:me|us) about (?!how you would|what you would)|(?:how|why) did (?:you|your team)\b|(?:on|in|from) your (?:last|previous|current|most recent|past) |(?:a|an|the|your) (?:\w+ ){0,2}?(?:time|bet|dilemma|system|project|launch|product|feature|model|decision|situation|moment|mistake|experiment|prototype|system|thing) (?:that )?(?:you|you've|you have|you'd) (?:\w+ )?(?:worked|built|shipped|led|launched|owned|ran|made|killed|managed|delivered|designed|had|took|were|did|tried|evaluated|tested|used)|your (?:own )?(?:experience|background|track record|hands-on)|what (?:have|did) you (?:\w+ )?(?:built|shipped|done|learn|learned|worked|build|ship|do|work)|have you (?:ever )?(?:\w+ )?(?:built|shipped|worked|led|used|launched|evaluated|tested|managed|run|had|made|tried)|describe (?:a|an|the) (?:time|project|situation|launch|decision|moment|case)|(?:give|share) (?:me |us )?(?:an |a )?(?:example|story|instance)(?! of (?:a |an )?(?:\w+ )?where you(?:'d| would))(?! where you(?:'d| would))|an example from your|in your (?:last|previous|current|past) (?:role|job|team|company|position)|walk (?:me|us) through (?:a|an|the|your) (?:\w+ ){0,3}?(?:you|you've|you have) (?:led|built|shipped|ran|owned|launched|managed|worked|did|made|took|drove|killed)|walk (?:me|us) through (?:a|your) (?:past|previous|recent|last) |when (?:did|have) you (?:last )?)/i;

const MEASURE =
	/\b(?:how (?:would|will|do|did|can|could|should|might) (?:you|we|i|the team) (?:\w+ )?(?:know|tell|measure|evaluate|test|judge|check|assess|verify|validate|prove|decide (?:if|whether|when) (?:it|this|the \w+) (?:is|was) (?:ready|good|working))|measur(?!es\b)\w*|how (?:you|did you|do you) (?:knew|know|measured|measure|evaluated|tested|decided|judged|checked)|evaluat\w* (?:the |an? |its |their |our )?(?:quality|model|output|outputs|answers|responses|performance|accuracy|assistant|feature|system|summar\w+|chatbot|bot|classifier|recommendations?|ranking|search|copilot|agent|llm)|evals?\b|quality (?:bar|of|is|check)|(?:output|answer|response|model|summary|translation|search|recommendation) quality|(?:launch|ship|release)[- ]?read\w*|ready to (?:launch|ship|go live|release|roll out)|(?:stop|keep|block|hold) (?:you |us |the team )?(?:from )?(?:launch|ship)\w*|good enough|success (?:look|mean|metric)|(?:is|it's|are) (?:it |they )?(?:working|actually working|better|improving|any good)|(?:know|tell|sure) (?:if|whether|that) (?:it|this|the \w+|they)|works? (?:well|better)|what metrics|which metrics|metrics would|how (?:good|accurate|well) (?:is|are|does)|(?:is|are) (?:getting )?worse|quality (?:dropped|regress\w*|went down)|regress\w+|benchmark\w*|go\/no-go|sign off on|ready to act)/i;

/** In a story, any talk of testing or of quality getting better or worse asks how it was measured. */
const STORY_MEASURE_WORDS = /\btest(?:ing|ed|s)?\b|\bevaluat\w+|\b(?:did|got|went|performed) (?:\w+ )?(?:worse|better)\b|\bworking\b|\bmeasur/i;

const storyAsksMeasure = (question: string) => MEASURE.test(question) || STORY_MEASURE_WORDS.test(question);

const JUDGE_IDEA =
	/\b(?:evaluate|assess|judge|size|think about|critique|review) (?:this |the |a |an |our )?(?:business |startup |product |market )?(?:idea|opportunity|business|market|pitch|proposal|strategy|startup|investment|acquisition|partnership|plan)\b|\bshould (?:we|i|they|the company) (?:build|buy|enter|invest|pursue|do)\b|\bis (?:this|it) a good (?:idea|business|bet)\b/i;

const CHOOSE =
	/\bprioriti[sz]\w*|\bwhich (?:of|one|bet|feature|project|two)|\brank (?:these|them|the)|\bchoose between|\bpick (?:one|between|two|which)|\bwhat would you (?:cut|drop|fund|build first)|\b(?:fund|bets?|roadmap|trade-?offs? between|first (?:90|ninety|hundred) days|backlog|headcount|budget for)\b/i;

/**
 * On a safety question, only a request to design or build something asks how you would know it
 * works; "how would you keep it safe" asks for the risks and the mechanisms.
 */
/**
 * Cost and hosting questions are about running the feature, not about whether it works. Speed is not
 * among them: making a feature faster usually means a smaller model, and that needs a quality check.
 */
const RUNNING_COST = /\b(?:costs?|expensive|cheap\w*|margin|cach\w+|on[- ]device|on the phone|cloud|open[- ]source|self-host\w*)\b/i;

/** A concrete AI feature or product of ours: a technical choice about it is a choice about how well it will work. */
const AI_FEATURE =
	/\b(?:our|for (?:a|an|the|our)|we['’]re building)\b.*\b(?:bot|chatbot|assistant|feature|product|search|reviewer|copilot|agent|model|app|tool|classifier|screener|summar\w+)\b/i;

const SAFETY_BUILD = /\b(?:design(?! for)|build|launch|create|develop|put in|add)\b|\byou['’]re the pm\b/i;

const BUILD =
	/\b(?:design\w*|build|improve|launch|create|add|ship|develop|redesign|fix|roll out|introduce|propose|pitch|reimagine|rethink|use ai|using ai|put ai|add ai|deploy|integrate|automate)\b|\bmake (?:an? |the |our |it )|\bwhat would you (?:do|change|build|add)\b|\bhow would you (?:approach|handle|go about|tackle)\b|\bwalk (?:me|us) through (?:the|your|how you would) (?:product|design|feature|approach)|\bwhat (?:ai )?features?\b|\bwhat would (?:it|you) (?:look like|need)|\bput in\b|\bwhat changes\b|\bwhat would you do\b|\bhow would you (?:protect|stop|prevent|secure|reduce|fix|make|keep|set up|use)\b|\bthoughts\?|\byou['’]re the pm\b|\bwants? to (?:add|launch|use|build|auto)\w*/i;

const EXPLAIN =
	/^(?:(?:can you |could you |how would you |please |now )?(?:explain|describe|define)\b(?! (?:how you would|your approach|what you would|the (?:design|product|feature)))|what(?:'s| is| are) (?!(?:the |a )?(?:main |biggest |key |ethical |real )?(?:risks?|dangers?|harms?|downsides?|concerns?|worries|trade-?offs?)\b)(?:the difference|a |an |the )?\b(?!your\b)|how (?:does|do) (?:an? |the )?(?!you\b|we\b)\w+(?: \w+)? work\b|in plain (?:words|english|terms)|eli5)/i;

const ETHICS_TOPIC =
	/\b(?:ethic\w*|safe(?:ty|ly|guard\w*)?|unsafe|bias\w*|fair(?:ness|ly)?|unfair|privacy|private|harm\w*|abus\w*|misus\w*|prompt injection|usage polic\w+|permissions?|red-?teaming|on (?:a|the) (?:user|customer)['’]s behalf|an (?:ai )?agent\b|agents? that\b|agentic|without asking|(?:agents?|assistant) (?:that )?(?:can )?(?:act|acts|send|sends|pay|pays|buy|book|delete)\b|ready to act|toxic\w*|responsible ai|consent|trust (?:and|&) safety|misinformation|disinformation|deepfakes?|jailbreak\w*|leak\w*|discriminat\w+|red[- ]?team\w*|guardrails?|kill switch|refus\w+|harassment|hate speech|extremis\w+|copyright|regulat\w+|compliance|gdpr|hipaa|risky|risks?\b|dangerous|manipulat\w+|addict\w*|vulnerable|accountab\w+|transparen\w+|explainab\w+|dark patterns?)/i;

/** Sensitive domains: a good answer covers risk even when the question never mentions it. */
const SENSITIVE: Array<[string, RegExp]> = [
	[
		'health care',
		/\b(?:health\w*|medic\w+|medicine|doctors?|physicians?|clinic\w*|clinician\w*|patients?|nurs(?:e|es|ing)|hospitals?|diagnos\w+|symptoms?|triage|prescri\w+|drugs?|dosage|pharma\w*|radiolog\w+|x-rays?|scans?|telehealth|care ?givers?|ehr|emr|cancer|skin (?:checks?|conditions?|lesions?)|dermatolog\w*|moles?|wellness|fitness coach|diet\w*|pregnan\w+)\b/i,
	],
	['mental health', /\b(?:mental|therap\w+|counsel\w+|depress\w+|anxiety|suicid\w*|self-harm|loneliness|lonely|wellbeing|well-being|crisis|companion (?:app|bot|chatbot))\b/i],
	[
		'hiring and HR',
		/\b(?:hir(?:e|es|ing)|recruit\w*|candidates?|applicants?|resumes?|résumés?|cvs?|job (?:seekers?|applications?|postings?|matching)|interviews? (?:candidates|screening)|screening|promotions?|performance (?:reviews?|ratings?|management)|employee performance|layoffs?|firing)\b/i,
	],
	[
		'lending, credit and insurance',
		/\b(?:lend\w*|loans?|credit|mortgages?|underwrit\w+|insur\w+|claims?|premiums?|borrowers?|financial (?:advice|records|data)|debt|collections?|tenant\w*|rent(?:al|ers?)? (?:screening|applications?)|housing|benefits? (?:eligibility|claims?)|bank\w*|fraud\w*|payments?|fintech|wealth|invest\w*|tax(?:es)?)\b/i,
	],
	[
		'children and education',
		/\b(?:\d+[- ](?:to[- ]\d+[- ])?years?[- ]olds?|under[- ]1[0-8]s?|aged (?:[1-9]|1[0-7])\b|child\w*|kids?|teens?|teenagers?|minors?|young (?:people|users)|parents?|schools?|students?|pupils?|classrooms?|teachers?|tutor\w*|homework|education\w*|edtech|learners?|grading|essays?|exams?|universit\w+|college admissions?|admissions?)\b/i,
	],
	['legal', /\b(?:legal|law(?:s|yers?| firms?)?|attorneys?|court\w*|contracts?|litigat\w+|paralegal|immigration|visas?|asylum|police|policing|criminal|parole|bail)\b/i],
	[
		'content moderation',
		/\b(?:moderat\w+|content (?:policy|review|safety)|user-generated|ugc|comments? section|reports? of abuse|hate|harass\w+|community (?:notes|guidelines)|ban(?:s|ned|ning)?)\b/i,
	],
	[
		'elections and political content',
		/\b(?:elections?|elector\w*|vot(?:e|er|ers|ing)|political|politics|campaigns? (?:ads?|messag\w+)|candidates? for office|government|public[- ]sector|citizens?|welfare|unemployment|benefits (?:office|agency|claims?))\b/i,
	],
	[
		'surveillance and monitoring',
		/\b(?:face(?:[- ]| and \w+ )recognition|surveil\w+|monitor(?:s|ing)? (?:employees|staff|workers|students|kids|children|people|users)|employee monitoring|face (?:recognition|id|detection)|facial|biometric\w*|tracking (?:people|users|employees|location)|location (?:data|tracking|history)|cctv|cameras? (?:in|at|on)|smart cameras?|spy\w*|bossware|productivity (?:tracking|scores?))\b/i,
	],
	[
		'private data',
		/\b(?:(?:users['’]?|their|your|personal|the company['’]s|company) e-?mails?|e-?mail (?:client|inbox|app|threads?|archive)|(?:read|search|summari[sz]|sort|triag|answer)\w* (?:\w+ ){0,2}?e-?mails?|gmail|outlook|inbox\w*|slack|internal documents|smart compose|e-?mail (?:inbox|threads|archive)|(?:your|their|users['’]?|customers['’]?|people['’]s|employees['’]?|personal|private) (?:e-?mails|messages|texts|chats|photos|notes|calls|files|documents|data|information|conversations|journals?|records)|dms|whatsapp|messaging (?:apps?|platforms?|products?)|messengers?|chat history|text messages|voice notes|journal\w*|diar(?:y|ies)|personal (?:data|information)|medical records|financial records|bank statements|browsing history|location history)\b/i,
	],
];

const FOCUS_EXPLAINS: Partial<Record<FocusId, string>> = {
	evaluation: 'an evaluation question',
	ethics: 'an ethics question',
	experience: 'a question about your own experience',
};

/** The kind of request, in order of precedence: a story about your past beats a design verb in it. */
function requestOf(focus: FocusId, question: string): Request {
	const q = question.trim();
	if (STORY.test(q) || (focus === 'experience' && !/\bhow would you\b|\bwhat would you\b|\bwhat is your approach\b/i.test(q))) return 'story';
	if (JUDGE_IDEA.test(q) && !/\b(?:model|quality|accuracy|outputs?|answers)\b/i.test(q)) return 'judge-idea';
	if (MEASURE.test(q) || focus === 'evaluation') return 'measure';
	if (EXPLAIN.test(q) || /\bexplain (?:it|this|that|why|what|how)\b/i.test(q)) {
		// "...and tell me when we'd need it" asks for a product judgement too
		if (
			!/\b(?:what would you do|how would you (?:fix|handle|design|build)|and (?:what|how|when|which|where) (?:would|do|should|you)|and (?:tell|say|show|recommend|decide|pick|choose)|(?:when|which|whether|where) (?:we['’]d|you['’]d|we would|you would|we should|to use|to set)|why should)\b/i.test(
				q,
			)
		)
			return 'explain';
	}
	if (CHOOSE.test(q) || focus === 'prioritization') return 'choose';
	if (BUILD.test(q) || focus === 'product-sense') return 'build';
	return 'other';
}

const REQUEST_WORDS: Record<Request, string> = {
	explain: 'asks you to explain a concept',
	story: 'asks for your own experience',
	measure: 'asks how you would know it works',
	'judge-idea': 'asks for a judgement on an idea',
	choose: 'asks you to choose among options',
	build: 'asks you to design or improve an AI product',
	other: 'asks for your approach',
};

/** Which weaknesses the question invites, each with a short reason, in the stable taxonomy order. */
export function readQuestion(focus: FocusId, question: string): Invitation[] {
	const request = requestOf(focus, question);
	const safetyTopic = focus === 'ethics' || ETHICS_TOPIC.test(question);
	const found = new Map<WeaknessId, string>();
	const asks = `the question ${REQUEST_WORDS[request]}`;

	found.set('over-technical', request === 'explain' ? `${asks}: the depth should suit the listener` : 'checked on every answer');
	if (request !== 'explain') found.set('generic-pm', 'a product question: say what AI changes');

	if (request === 'measure') found.set('no-eval-framework', asks);
	else if (request === 'build' && (!safetyTopic || SAFETY_BUILD.test(question)) && !(focus === 'technical' && RUNNING_COST.test(question)))
		found.set('no-eval-framework', 'a design question: say how you would know it works');
	else if (request === 'story' && storyAsksMeasure(question)) found.set('no-eval-framework', 'the question asks how you measured it');
	else if ((request === 'choose' || request === 'other') && focus === 'technical' && AI_FEATURE.test(question) && !RUNNING_COST.test(question)) {
		found.set('no-eval-framework', 'a technical choice about an AI feature: compare the options on real cases');
	} else if (request === 'choose' && MEASURE.test(question)) found.set('no-eval-framework', 'the question asks how you would measure it');

	if (request === 'story') found.set('generic-ai-talk', asks);

	const domain = SENSITIVE.find(([, re]) => re.test(question))?.[0];
	if (safetyTopic) {
		found.set(
			'skips-ethics',
			`${FOCUS_EXPLAINS[focus] === 'an ethics question' ? 'an ethics question' : 'the question is about safety, fairness or privacy'}: a strong answer names specific risks and what you would do`,
		);
	} else if (domain && request !== 'explain') {
		// explaining a concept to people in a sensitive field ("explain RAG to our legal team") is
		// teaching: the field is the audience, not a product that could harm anyone
		found.set('skips-ethics', `a product in ${domain}: the risks are part of a good answer even unasked`);
	}
	return WEAKNESS_IDS.filter(id => found.has(id)).map(id => ({id, reason: found.get(id)!}));
}

/**
 * The weaknesses a question asks about directly, as opposed to those it invites on the side (a design
 * question's evaluation plan, a sensitive domain's risks): how you would know it works, your own
 * story, safety. An answer that misses one of these has missed the question, which explains a thin
 * AI layer better than calling it a generic PM answer.
 */
export function mainAsks(focus: FocusId, question: string): Set<WeaknessId> {
	const request = requestOf(focus, question);
	const asks = new Set<WeaknessId>();
	if (request === 'measure' || (request === 'story' && storyAsksMeasure(question))) asks.add('no-eval-framework');
	if (request === 'story') asks.add('generic-ai-talk');
	if (focus === 'ethics' || ETHICS_TOPIC.test(question)) asks.add('skips-ethics');
	return asks;
}

export function inferProbes(focus: FocusId, question: string): WeaknessId[] {
	return readQuestion(focus, question).map(i => i.id);
}
