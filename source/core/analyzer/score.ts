import {emptyDimensions, WEAKNESS_IDS, type DimensionId, type WeaknessId} from '../taxonomy/ids.js';
import type {Detection} from './detectors.js';
import {FOLLOW_UP_PACING_LIMITS, PACING_LIMITS} from './pacing.js';
import type {Finding, Pacing} from './types.js';

// The whole per-answer scoring model in one place (the README's "How scores work" explains it).
//
//   dimension(w)   = 100 × (1 − risk(w))                 for each applicable weakness w, else null
//   communication  = PACING_BASE[pacing] − 10 if the average sentence runs past 40 words
//   score          = 100 − Σ cost(finding) − Σ nearMiss(unreported risk)
//                        − PACING_PENALTY[pacing] − 15 × share of talking points missed
//                        − 1.5 per word a thin answer falls short of the thin limit
//   cost(finding)  = 45 + 30 × (confidence − 0.5) for the most confident finding, 60% of that for each further one
//   nearMiss(risk) = 40 × max(0, min(risk, 0.5) − 0.2)  (at most 12: a strong answer stays strong)
//   clamped to 0..100 and rounded; null for a non-answer.
//
// Calibration: a strong answer of any length lands at 80-100 (70+ even when very short), one clear
// weakness puts it at 40-58, two at 0-30.

export const FINDING_BASE_COST = 45;
export const FINDING_SLOPE = 30;
export const FURTHER_FINDING_SHARE = 0.6;
export const MISSED_POINTS_COST = 15;
export const PACING_PENALTY: Record<Pacing, number> = {thin: 20, short: 6, ok: 0, long: 8, rambling: 20};
export const THIN_PER_WORD = 1.5;
export const PACING_BASE: Record<Pacing, number> = {thin: 30, short: 75, ok: 100, long: 70, rambling: 40};

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

const findingCost = (confidence: number) => FINDING_BASE_COST + FINDING_SLOPE * (Math.min(1, Math.max(0.5, confidence)) - 0.5);

/**
 * `nearMisses` are the risks of weaknesses that were checked but not reported: they move a score a
 * little so that rankings stay meaningful, never enough to make a strong answer look weak.
 */
export type ScoreContext = {nearMisses?: number[]; words?: number; kind?: 'opening' | 'follow-up'};

export function overallScore(findings: Finding[], pacing: Pacing, missedShare: number, context: ScoreContext = {}): number {
	const {nearMisses = [], words, kind = 'opening'} = context;
	const thinLimit = kind === 'follow-up' ? FOLLOW_UP_PACING_LIMITS.thin : PACING_LIMITS.thin;
	const thinness = pacing === 'thin' && words !== undefined ? THIN_PER_WORD * Math.max(0, thinLimit - words) : 0;
	const costs = findings.map(f => findingCost(f.confidence)).sort((a, b) => b - a);
	const findingsCost = costs.reduce((sum, c, i) => sum + (i === 0 ? c : FURTHER_FINDING_SHARE * c), 0);
	const nearMissCost = nearMisses.reduce((sum, r) => sum + 40 * Math.max(0, Math.min(0.5, r) - 0.2), 0);
	const raw = 100 - findingsCost - nearMissCost - PACING_PENALTY[pacing] - thinness - MISSED_POINTS_COST * missedShare;
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
