import type {AnswerAnalysis} from '../core/analyzer/types.js';
import type {SessionRecord} from '../core/session/record.js';
import {DIMENSION_LABELS, WEAKNESSES} from '../core/taxonomy/descriptions.js';
import type {DimensionId} from '../core/taxonomy/ids.js';

// Plain-text output for the headless commands: readable without colour, within 80 columns.

const BAR_WIDTH = 20;

export function bar(value: number): string {
	const filled = Math.round((Math.max(0, Math.min(100, value)) / 100) * BAR_WIDTH);
	return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

export function formatDimensions(dimensions: Record<DimensionId, number | null>): string[] {
	return (Object.entries(dimensions) as Array<[DimensionId, number | null]>)
		.filter((entry): entry is [DimensionId, number] => entry[1] !== null)
		.map(([id, value]) => `  ${DIMENSION_LABELS[id].padEnd(24)} ${bar(value)} ${String(value).padStart(3)}`);
}

export function formatAnalysis(analysis: AnswerAnalysis): string {
	const minutes = (analysis.speakingSeconds / 60).toFixed(1);
	const lines = [`Score ${analysis.score}/100 · ${analysis.words} words · ~${minutes} min spoken (${analysis.pacing})`, ''];
	if (analysis.weaknesses.length === 0) lines.push('✓ No weaknesses detected.');
	for (const finding of analysis.weaknesses) {
		lines.push(`✗ ${finding.id} (${Math.round(finding.confidence * 100)}%): ${WEAKNESSES[finding.id].label}`);
		if (finding.evidence) lines.push(`    "${finding.evidence}"`);
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

export function formatSession(record: SessionRecord): string {
	const lines = [`Session ${record.id} · ${record.focus} · ${record.complete ? 'complete' : 'incomplete'}`, ''];
	for (const turn of record.turns) {
		const why = turn.targets ? ` (probing ${turn.targets})` : turn.kind === 'follow-up' ? ' (going deeper)' : '';
		lines.push(`${turn.index + 1}. ${turn.kind === 'question' ? 'Q' : 'Follow-up'}${why}: ${turn.question}`);
		if (turn.skipped) lines.push('   (skipped)');
		else if (turn.analysis) {
			const found = turn.analysis.weaknesses.map(f => f.id).join(', ') || 'no weaknesses';
			lines.push(`   ${turn.analysis.score}/100 · ${turn.analysis.words} words · ${found}`);
		}
		for (const notice of turn.notices) lines.push(`   ! ${notice}`);
	}
	const recap = record.recap;
	if (recap) {
		lines.push('', `Overall ${recap.overall}/100`, ...formatDimensions(recap.dimensions), '', 'Top actions');
		recap.actions.forEach((action, i) => {
			lines.push(`  ${i + 1}. ${action.title}: ${action.strongPattern}`);
			for (const quote of action.evidence) lines.push(`     you said: "${quote}"`);
		});
	}
	return lines.join('\n');
}
