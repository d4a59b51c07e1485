import {emptyDimensions, WEAKNESS_IDS, type DimensionId, type WeaknessId} from '../taxonomy/ids.js';
import type {Detection} from './detectors.js';
import type {Finding, Pacing} from './types.js';

// The whole scoring model in one place.
//
//   dimension(w)   = 100 × (1 − risk(w))                 for each applicable weakness w, else null
//   communication  = PACING_BASE[pacing] − 10 if the average sentence runs past 40 words
//   score          = 100 − 40 × Σ confidence(reported findings)
//                        − PACING_PENALTY[pacing]
//                        − 20 × share of talking points missed
//   clamped to 0..100 and rounded.
//
// So a strong, well-paced answer that covers most points lands at 80-100, one clear weakness
// costs 25-40 points, and several weaknesses or a thin answer push the score well below 50.

export const FINDING_COST = 40;
export const MISSED_POINTS_COST = 20;
export const PACING_PENALTY: Record<Pacing, number> = {thin: 35, short: 12, ok: 0, long: 8, rambling: 20};
export const PACING_BASE: Record<Pacing, number> = {thin: 25, short: 60, ok: 100, long: 70, rambling: 40};

export function communication(pacing: Pacing, averageSentenceWords: number): number {
	return Math.max(0, PACING_BASE[pacing] - (averageSentenceWords > 40 ? 10 : 0));
}

/** A weakness's dimension score from its risk (a reported finding's confidence is that risk). */
export function dimensionScore(risk: number): number {
	return Math.round(100 * (1 - risk));
}

export function dimensions(applicable: WeaknessId[], detections: Detection[], comm: number): Record<DimensionId, number | null> {
	const out = emptyDimensions();
	for (const d of detections) if (applicable.includes(d.id)) out[d.id] = dimensionScore(d.risk);
	out.communication = comm;
	return out;
}

export function overallScore(findings: Finding[], pacing: Pacing, missedShare: number): number {
	const findingsCost = FINDING_COST * findings.reduce((sum, f) => sum + f.confidence, 0);
	const raw = 100 - findingsCost - PACING_PENALTY[pacing] - MISSED_POINTS_COST * missedShare;
	return Math.round(Math.min(100, Math.max(0, raw)));
}

/** The share of talking points an answer missed (0 when the question has none). */
export function missedShare(points: {covered: string[]; missed: string[]}): number {
	const total = points.covered.length + points.missed.length;
	return total === 0 ? 0 : points.missed.length / total;
}

/** Findings in report order: most confident first, then in taxonomy order. */
export function byConfidence(a: Finding, b: Finding): number {
	return b.confidence - a.confidence || WEAKNESS_IDS.indexOf(a.id) - WEAKNESS_IDS.indexOf(b.id);
}
