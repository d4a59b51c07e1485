import {concept, type Lexicon} from './types.js';

// What makes an answer about an AI product rather than any product: the system is sometimes
// wrong, depends on data, learns from behaviour and has to be ready before it ships.
export const AI_LAYER: Lexicon = {
	name: 'ai-layer',
	negatable: true,
	terms: [
		...concept('uncertainty', [
			'uncertain\\w*', 'confidence (?:scores?|thresholds?|levels?|intervals?)', 'low[- ]confidence', 'high[- ]confidence',
			'confidence', 'probabilistic', 'probabilit\\w+', 'non-?deterministic', 'not always right', 'sometimes wrong',
			'calibrat\\w+', 'likelihood',
		]),
		...concept('failure', [
			'hallucinat\\w*', 'made[- ]up', 'fabricat\\w+', '(?:is|are|gets?|got|be|was|were) wrong', 'wrong (?:answers?|outputs?|suggestions?|predictions?|labels?)',
			'mistakes?', 'errors?', 'error rates?', 'false (?:positives?|negatives?)', 'misclassif\\w+', 'failure modes?', 'edge cases?',
			'fails?', 'failing', 'incorrect', 'inaccura\\w+', 'degrad\\w+', 'drift\\w*', 'invent\\w*', 'makes? (?:things|stuff|it) up', 'plausible', 'sounds? right',
			'confidently', 'random\\w*', 'inconsisten\\w+', 'not sure', "isn't sure", 'unsure', 'guess\\w*', 'misread\\w*', 'misunderst\\w+', 'ambigu\\w+', 'struggl\\w+',
			'(?:gets?|got|getting) (?:\\w+ )?(?:wrong|right)', 'wrong', 'bad (?:outputs?|answers?|suggestions?|summar\\w+)',
		]),
		...concept('grounding', [
			'grounded', 'grounding', 'cit(?:e|es|ed|ing|ations?)', 'show\\w* (?:which|where|the) (?:source|page|document|snippet|passage)', 'source (?:documents?|precedents?|snippets?|pages?)', 'precedents?',
			'from (?:our|its|their|the firm\'s) own (?:documents|data|material|content|past|help)', 'answer\\w* from', 'only quotes?',
		]),
		...concept('fallback', [
			'fall ?back\\w*', 'fall back', 'graceful\\w*', 'defer\\w*', 'abstain\\w*', "(?:say|says|saying) (?:i don't know|it doesn't know|it is not sure)",
			'escalat\\w+ to (?:a )?human', 'hand ?off', 'handoff', 'route\\w* to (?:a |an )?(?:human|agent|person)', 'thresholds?',
		]),
		...concept('human-review', [
			'human[- ]in[- ]the[- ]loop', 'human (?:review\\w*|oversight|approval|check)', 'reviewers?', 'manual review', 'approve\\w* before',
			'undo', 'overrid\\w+', 'override', 'edit\\w* (?:the )?(?:draft|suggestion|output)', 'correct\\w* (?:it|the|them|mistakes)', 'thumbs[- ]?(?:up|down)',
			'report (?:button|a problem|bad)', 'flag\\w* (?:it|errors|bad|wrong)', 'reject\\w*', 'edit\\w*', 'fix (?:it|them|the)', 'drafts?', 'never (?:an )?auto\\S*', 'approv\\w+', 'in the loop',
			'review (?:it|them|the (?:draft|output|suggestion))', 'spot[- ]check\\w*',
		]),
		...concept('data', [
			'training data', 'data ?sets?', 'labell?ed', 'labell?ing', 'labels?', 'annotat\\w+', 'ground truth', 'data (?:quality|availability|pipeline|coverage|freshness)',
			'fresh(?:ness)? (?:of )?(?:the )?data', 'real (?:user )?data', 'logs', 'examples', 'data we (?:had|have)', 'historical data', 'synthetic data', 'privacy',
			'real (?:user )?(?:questions|conversations|examples|tickets|queries|meetings|emails|requests|cases|photos|documents|transcripts)', 'anonymi[sz]\\w+', 'collected', 'hand-?labell?\\w*',
		]),
		...concept('feedback-loop', [
			'feedback loops?', 'signals?', 'retrain\\w*', 'fine-?tun\\w*', 'learns? from', 'implicit feedback', 'acceptance rate', 'edit rate', 'override rate',
			'(?:clicks|edits|overrides|corrections) (?:become|feed|are)',
		]),
		...concept('model', [
			'models?', 'llms?', 'classifiers?', 'predictions?', 'predict\\w*', 'prompts?', 'prompting', 'retrieval', 'rag', 'embeddings?', 'inference', 'ml',
			'machine learning', 'recommend(?:er|ation) (?:model|system|engine)', 'ranking model', 'generat\\w+ (?:text|drafts?|answers?|summar\\w+)',
			'language models?', 'assistant', 'chatbot', 'bots?', 'generat\\w+', 'automat\\w+', 'apis?', 'gpt\\S*', 'ai',
		], 0.5),
		...concept('readiness', [
			'model readiness', 'readiness', 'baseline', 'prototype\\w*', 'proof of concept', 'feasib\\w+', 'offline eval\\w*', 'accuracy', 'precision', 'recall',
			'eval(?:uation)? sets?', 'test sets?', 'golden sets?', 'rubric', 'quality bar', 'benchmark\\w*', 'latency', 'cost per (?:query|call|request)', 'token costs?',
			'test(?:ed|ing)? (?:it |them )?(?:on|against)', 'check(?:ed|ing)? (?:it |them )?(?:on|against)', '(?:percent|%) (?:right|correct|accurate)', 'correct answers?', 're-?r[au]n', 'quality',
			'measur\\w+ whether', 'review\\w* a sample', 'sample of',
		]),
	],
};
