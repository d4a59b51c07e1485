// Scores after the model's findings are merged in, on the analyzer's own scale: the overall score
// comes from the analyzer's scoring function, and only dimensions whose finding changed move.
import {byConfidence, dimensionScore, missedShare, overallScore} from '../core/analyzer/score.js';
import type {AnswerAnalysis, Finding} from '../core/analyzer/types.js';
import {WEAKNESS_IDS, type DimensionId} from '../core/taxonomy/ids.js';

export function rescore(offline: AnswerAnalysis, merged: Finding[]): AnswerAnalysis {
	if (offline.answered === false) return offline;
	const confidenceOf = (findings: Finding[], id: string) => findings.find(f => f.id === id)?.confidence;
	const dimensions: Record<DimensionId, number | null> = {...offline.dimensions};
	for (const id of WEAKNESS_IDS) {
		if (dimensions[id] === null || dimensions[id] === undefined) continue;
		const after = confidenceOf(merged, id);
		if (after !== undefined && after !== confidenceOf(offline.weaknesses, id)) dimensions[id] = dimensionScore(after);
	}
	const weaknesses = [...merged].sort(byConfidence);
	return {
		...offline,
		weaknesses,
		dimensions,
		score: overallScore(weaknesses, offline.pacing, missedShare(offline.talkingPoints), {words: offline.words, kind: offline.turn?.kind}),
	};
}
