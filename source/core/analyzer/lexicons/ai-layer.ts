import {concept, type Lexicon} from './types.js';

// Who might be unsure or wrong: the system, not the candidate ("my guess is", "I'm not sure").
const SYSTEM = "(?:it|the (?:model|system|tool|assistant|bot|ai|classifier|predictor|ranking|engine|agent))";
const NOT = "(?:not|n['’]t|isn['’]t|wasn['’]t|can['’]t be|won['’]t be|'s not|’s not)";

// What makes an answer about an AI product rather than any product: the system is sometimes
// wrong, depends on data, learns from behaviour and has to be ready before it ships.
// Each concept lists the technical term and the plain spoken ways people say the same thing.
export const AI_LAYER: Lexicon = {
	name: 'ai-layer',
	negatable: true,
	terms: [
		...concept('uncertainty', [
			'uncertain\\w*', 'confidence (?:scores?|thresholds?|levels?|intervals?)', 'low[- ]confidence', 'high[- ]confidence',
			`(?:${SYSTEM}|its|the model['’]s) (?:own )?confidence`, "(?:it['’]s|it is|model is|(?:it|model) (?:gets|feels)) (?:less |more |over|under)?confident",
			'probabilistic', 'probabilit\\w+', 'non-?deterministic', 'not always right', 'sometimes wrong', 'calibrat\\w+', 'likelihood',
			`${SYSTEM}(?: is|['’]s| was)? ${NOT}(?: (?:very|fully|that|really|quite|totally))? (?:sure|certain|confident)`,
			`how (?:sure|certain|confident) ${SYSTEM} (?:is|was)`, '(?<!(?:i|we)(?:[’\']m| am| are|[’\']re) )(?:not sure|unsure)', "isn['’]t sure", 'not certain', 'borderline',
		]),
		...concept('failure', [
			'hallucinat\\w*', 'made[- ]up', 'fabricat\\w+', '(?:is|are|gets?|got|be|was|were) (?:flat |just |plain )?wrong', 'wrong (?:answers?|outputs?|suggestions?|predictions?|labels?|rankings?|estimates?|doses?)',
			'mistakes?', 'errors?', 'error rates?', 'false (?:positives?|negatives?|alarms?)', 'misclassif\\w+', 'failure modes?', 'edge cases?',
			'fails?', 'failing', 'incorrect', 'inaccura\\w+', 'degrad\\w+', 'drift\\w*', 'invent\\w*', 'makes? (?:things|stuff|it) up', 'plausible', 'sounds? right',
			'confidently', 'inconsisten\\w+', '(?<!(?:my|i|a|educated|best) )guess\\w*', 'misread\\w*', 'misunderst\\w+', 'ambigu\\w+', 'struggl\\w+',
			'(?:gets?|got|getting) (?:\\w+ )?(?:wrong|right)', 'wrong', 'bad (?:outputs?|answers?|suggestions?|summar\\w+|photos?|estimates?|recommendations?|results?|replies|drafts?)',
			'miss(?:es|ed|ing)? (?:things|some|the (?:serious|risky|important|hard)|a (?:risky|serious|clause|warning))', '(?:leaves?|left) out', 'mix(?:es|ed)? up', 'out of date', 'outdated', 'stale',
			'over-?flag\\w*', 'nonsense', 'can be off', 'off by',
			'(?:is|are|was|were) (?:\\w+ )?bad (?:on|at|for|with|when)', 'missed (?:\\w+ ){0,3}?(?:points|things|cases|details|facts|clauses|items)',
		]),
		...concept('grounding', [
			'grounded', 'grounding', 'cit(?:e|es|ed|ing|ations?)', 'show\\w* (?:which|where|the) (?:source|page|document|snippet|passage)', 'source (?:documents?|precedents?|snippets?|pages?)', 'precedents?',
			'from (?:our|its|their|the firm\'s) own (?:documents|data|material|content|past|help)', 'answer\\w* from', 'only quotes?', 'pulled straight from', 'link\\w* (?:back )?to the source',
		]),
		...concept('fallback', [
			'fall ?back\\w*', 'fall back', 'graceful\\w*', 'defer\\w*', 'abstain\\w*', "(?:say|says|saying) (?:so|i don't know|it doesn't know|it is not sure)",
			'escalat\\w+ to (?:a )?human', 'hand ?off', 'handoff', 'route\\w* to (?:a |an )?(?:human|agent|person)', 'thresholds?',
			'(?:hand|pass|send|route|give|kick|bump|escalat)\\w* (?:it |them |that |the \\w+ )?(?:off |over |back |on |straight )?to (?:a |an |the |our )?(?:human|person|people|agent|adjuster|nurse|clinician|doctor|lawyer|reviewer|specialist|expert|team|underwriter|moderator|recruiter|teacher)s?',
			'(?:goes|go|went) (?:straight |directly )?to (?:a |an )?(?:human|person|agent|adjuster|nurse|clinician|reviewer|specialist)',
			'(?:instead of|rather than|not) guessing', 'asks? (?:a )?(?:clarifying|follow-up) question', 'asks? (?:the user|them|the customer) to (?:confirm|clarify|check|retake|rephrase)',
		]),
		...concept('human-review', [
			'human[- ]in[- ]the[- ]loop', 'human (?:review\\w*|oversight|approval|check)', 'reviewers?', 'manual review', 'approve\\w* before',
			'undo', 'overrid\\w+', 'override', 'edit\\w* (?:the )?(?:draft|suggestion|output)', 'correct\\w* (?:it|the|them|mistakes)', 'thumbs[- ]?(?:up|down)',
			'report (?:button|a problem|bad)', 'flag\\w* (?:it|errors|bad|wrong)', 'reject\\w*', 'edit\\w*', 'fix (?:it|them|the)', 'drafts?', 'never (?:an )?auto\\S*', 'approv\\w+', 'in the loop',
			'review (?:it|them|the (?:draft|output|suggestion))', 'spot[- ]check\\w*', 'double[- ]check\\w*', 'signs? off on (?:every|each)', '(?:reviews?|checks?|signs?|approves?) (?:every|each) (?:single )?(?:one|draft|answer|summary|reply|estimate)',
			'(?:a |the )?(?:person|human|nurse|lawyer|agent|adjuster|clinician) (?:always )?(?:reviews|checks|confirms|approves|signs)', 'rubber-?stamp\\w*', 'dismiss\\w* (?:a |the )?flag',
		]),
		...concept('data', [
			'training data', 'data ?sets?', 'labell?ed', 'labell?ing', 'labels (?:from|for|on|we)', '(?:human|the|good|clean|noisy|our) labels', 'annotat\\w+', 'ground truth', 'data (?:quality|availability|pipeline|coverage|freshness)',
			'fresh(?:ness)? (?:of )?(?:the )?data', 'real (?:user )?data', 'logs', 'examples', 'data we (?:had|have)', 'historical (?:data|\\w+)', 'synthetic data', 'privacy',
			'real (?:\\w+ ){0,2}(?:questions|conversations|examples|tickets|queries|meetings|emails|requests|cases|photos|documents|transcripts|contracts|claims|essays|threads|blocks|orders|calls|chats|notes|records|searches|listings|forms|applications)',
			'anonymi[sz]\\w+', 'collected', 'hand-?labell?\\w*', '(?:trained|training|train it) on', 'enough data', '(?:the |our |what )?data (?:do )?we (?:actually )?(?:have|had|own|hold)',
			'(?:do|did) we (?:even )?have (?:the |enough )?(?:data|examples|history)', 'past (?:claims|tickets|cases|orders|decisions|discharges|conversations|contracts|applications|transactions)',
			'(?:our|their|its) own (?:data|records|history|documents)', 'masked', 'with consent',
		]),
		...concept('feedback-loop', [
			'feedback loops?', 'signals?', 'retrain\\w*', 'fine-?tun\\w*', 'learns? from', 'implicit feedback', 'acceptance rate', 'edit rate', 'override rate',
			'(?:clicks|edits|overrides|corrections|changes|rewrites) (?:become|feed|are|go|come)', 'feed\\w* (?:it |them |that |those )?back', '(?:capture|log|keep|use|collect)\\w* (?:what|how|why) (?:they|people|users|agents|the \\w+) (?:changed|edited|corrected|fixed)',
			'(?:use|capture|log|collect)\\w* (?:their|those|the|every|each) (?:edits|corrections|changes|rewrites|overrides)',
		]),
		...concept('model', [
			'models?', 'llms?', 'classifiers?', 'predictions?', 'predict\\w*', 'prompts?', 'prompting', 'retrieval', 'rag', 'embeddings?', 'inference', 'ml',
			'machine learning', 'recommend(?:er|ation) (?:model|system|engine)', 'ranking model', 'generat\\w+ (?:text|drafts?|answers?|summar\\w+)',
			'language models?', 'assistant', 'chatbot', 'bots?', 'generat\\w+', 'automat\\w+', 'apis?', 'gpt\\S*', 'ai',
		], 0.5),
		...concept('readiness', [
			'(?:model|data|technical) readiness', 'baseline', 'prototype\\w*', 'proof of concept', 'feasib\\w+', 'offline eval\\w*', 'accuracy', 'precision', 'recall',
			'eval(?:uation)? sets?', 'test sets?', 'golden sets?', 'rubric', 'quality bar', 'benchmark\\w*', 'latency', 'cost per (?:query|call|request)', 'token costs?',
			'test(?:ed|ing)? (?:it |them )?(?:on|against)', 'check(?:ed|ing)? (?:it |them )?(?:on|against) (?:real|past|a (?:set|sample|pile|batch)|the (?:labels|examples|set))', '(?:percent|%) (?:right|correct|accurate)', 'correct answers?', 're-?r[au]n',
			'measur\\w+ whether', 'review\\w* a sample', 'sample of', 'how often (?:it|the model|the system|the tool)(?:[’\']s| is| gets| was)', 'how (?:good|accurate) (?:it|the model) (?:is|was|gets)',
			'(?:ran|run|try|tried|put) (?:it|them|those) (?:on|through|against)', '(?:can|could) (?:the model|it) (?:actually )?(?:do|handle) (?:this|that|it|the job)', 'good enough (?:to|for)', 'works? well enough',
		]),
	],
};
