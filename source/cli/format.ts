import type {AnswerAnalysis} from '../core/analyzer/types.js';
import {scoreBar} from '../core/history/format.js';
import {DIMENSION_LABELS, WEAKNESSES} from '../core/taxonomy/descriptions.js';
import {DIMENSION_IDS, type DimensionId} from '../core/taxonomy/ids.js';

// `analyze` as plain text: readable without colour, within 80 columns. (`run` prints a session
// the way `replay` does.)

function formatDimensions(dimensions: Record<DimensionId, number | null>): string[] {
	return DIMENSION_IDS.flatMap(id => (dimensions[id] === null ? [] : [`  ${DIMENSION_LABELS[id].padEnd(24)} ${scoreBar(dimensions[id])}`]));
}

export function formatAnalysis(analysis: AnswerAnalysis): string {
	const minutes = (analysis.speakingSeconds / 60).toFixed(1);
	if (analysis.answered === false) return `Not answered: ${analysis.notAnswered ?? 'nothing to score'}. No score.`;
	const lines = [`Score ${analysis.score}/100 · ${analysis.words} words · ~${minutes} min spoken (${analysis.pacing})`, ''];
	if (analysis.weaknesses.length === 0) lines.push('✓ No weaknesses detected.');
	for (const finding of analysis.weaknesses) {
		lines.push(`✗ ${finding.id} (${Math.round(finding.confidence * 100)}%): ${WEAKNESSES[finding.id].label}`);
		if (finding.evidence) lines.push(`    "${finding.evidence}"`);
		else if (finding.missing) lines.push(`    Missing: ${finding.missing}.`);
		lines.push(`    Stronger: ${WEAKNESSES[finding.id].strongPattern}`);
	}
	lines.push('', ...formatDimensions(analysis.dimensions));
	if (analysis.talkingPoints.covered.length + analysis.talkingPoints.missed.length > 0) {
		lines.push('', 'Talking points');
		for (const point of analysis.talkingPoints.covered) lines.push(`  ✓ ${point}`);
		for (const point of analysis.talkingPoints.missed) lines.push(`  ○ ${point}`);
	}
	return lines.join('\n');
}
