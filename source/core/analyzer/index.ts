import {WEAKNESS_IDS} from '../taxonomy/ids.js';
import {DETECTORS, explainAway, REPORT_AT, type Detection} from './detectors.js';
import {pacingOf, speakingSeconds} from './pacing.js';
import {inferProbes} from './probes.js';
import {byConfidence, communication, dimensions, missedShare, overallScore} from './score.js';
import {computeSignals} from './signals.js';
import {coverTalkingPoints} from './talking-points.js';
import type {AnalyzeInput, AnswerAnalysis, Finding} from './types.js';

export type * from './types.js';
export {inferProbes, readQuestion, type Invitation} from './probes.js';
export {PACING_LIMITS, WORDS_PER_MINUTE, pacingOf, speakingSeconds} from './pacing.js';

/**
 * Deterministic offline analysis of one answer: which of the applicable weaknesses it shows
 * (with verbatim evidence), talking-point coverage, pacing and an explainable score.
 */
export function analyzeAnswer(input: AnalyzeInput): AnswerAnalysis {
	return explainAnswer(input).analysis;
}

/** Same as analyzeAnswer, plus the raw detector signals behind each decision. */
export function explainAnswer(input: AnalyzeInput): {analysis: AnswerAnalysis; detections: Detection[]} {
	const answer = input.answer ?? '';
	const applicable = input.probes ? WEAKNESS_IDS.filter(id => input.probes!.includes(id)) : inferProbes(input.focus, input.question);
	const sig = computeSignals(answer);
	const detections = explainAway(applicable.map(id => DETECTORS[id](sig)));

	const weaknesses: Finding[] = detections
		.filter(d => d.risk >= REPORT_AT)
		.map(d => ({id: d.id, confidence: Math.round(d.risk * 100) / 100, evidence: d.evidence, source: 'offline' as const}))
		.sort(byConfidence);

	const talkingPoints = coverTalkingPoints(answer, input.talkingPoints);

	const pacing = pacingOf(sig.words);
	const averageSentence = sig.words / Math.max(1, sig.sentences.length);
	const comm = communication(pacing, averageSentence);

	return {
		analysis: {
			weaknesses,
			score: overallScore(weaknesses, pacing, missedShare(talkingPoints)),
			dimensions: dimensions(applicable, detections, comm),
			talkingPoints,
			words: sig.words,
			speakingSeconds: speakingSeconds(sig.words),
			pacing,
			applicable,
		},
		detections,
	};
}
