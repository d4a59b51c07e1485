import type {Finding} from '../analyzer/types.js';
import type {Turn} from '../interview/types.js';
import type {SessionRecord} from '../session/record.js';
import {DIMENSION_LABELS, FOCUS_AREAS, WEAKNESSES} from '../taxonomy/descriptions.js';
import {DIMENSION_IDS} from '../taxonomy/ids.js';
import {formatDateTime, formatDuration, plural, scoreBar, truncate, wrap, wrapIndented} from './format.js';
import {overallText} from '../scoring/index.js';
import {durationOf} from './summary.js';
import {append} from '../util/append.js';
import {countWords} from '../analyzer/text.js';

export function endReasonText(reason: SessionRecord['endReason']): string {
	switch (reason) {
		case 'completed': {
			return 'completed';
		}
		case 'ended-early': {
			return 'ended early';
		}
		case 'interrupted': {
			return 'interrupted';
		}
		default: {
			return 'unfinished';
		}
	}
}

/** Why the interviewer asked this question, in words. */
export function whyAsked(turn: Turn): string {
	if (turn.kind === 'question') {
		return `Opening question from the script "${turn.scriptId}".`;
	}
	if (turn.targets) {
		const label = WEAKNESSES[turn.targets]?.label ?? turn.targets;
		const because = turn.trigger?.evidence ? `, because the previous answer said: "${turn.trigger.evidence}"` : turn.trigger ? ', because the previous answer left it out' : '';
		return `Follow-up probing ${label} (${turn.targets})${because}.`;
	}
	return 'Follow-up going deeper: the previous answer was strong, so the interviewer pushed further.';
}

export function findingLine(finding: Finding): {head: string; evidence: string} {
	const label = WEAKNESSES[finding.id]?.label ?? finding.id;
	return {
		head: `✗ ${label} (${finding.id}), confidence ${finding.confidence.toFixed(2)}`,
		evidence: finding.evidence ? `"${finding.evidence}"` : finding.missing ? `Missing: ${finding.missing}.` : '(an absence: nothing in the answer covered it)',
	};
}

/** `Score 55/100 · 312 words, ~2:24 spoken · pacing ok`. */
export function turnScoreLine(turn: Turn): string {
	if (turn.skipped) {
		return 'Skipped: no score.';
	}
	const analysis = turn.analysis;
	if (!analysis) {
		return 'Not analysed.';
	}
	if (analysis.answered === false) {
		return `Not answered: ${analysis.notAnswered ?? 'no answer to score'}. No score.`;
	}
	return `Score ${analysis.score}/100 · ${plural(analysis.words, 'word')}, ~${formatDuration(analysis.speakingSeconds)} spoken · pacing ${analysis.pacing}`;
}

/** The dimensions this answer was scored on, e.g. `Evaluation framework 40 · Pacing and structure 70`. */
export function turnDimensionLine(turn: Turn): string | null {
	const dimensions = turn.analysis?.dimensions;
	if (!dimensions) {
		return null;
	}
	const parts = DIMENSION_IDS.flatMap(id => (typeof dimensions[id] === 'number' ? [`${DIMENSION_LABELS[id]} ${dimensions[id]}`] : []));
	return parts.length > 0 ? parts.join(' · ') : null;
}

export type TurnTextOptions = {
	width?: number;
	/** Answers longer than this many lines are cut, with a note saying how much was left out. */
	maxAnswerLines?: number;
};

/** One turn as text lines: heading, why asked, question, answer, findings, scores. */
export function formatTurn(turn: Turn, position: {number: number; total: number}, options: TurnTextOptions = {}): string[] {
	const width = options.width ?? 80;
	const kind = turn.kind === 'follow-up' ? 'follow-up' : 'question';
	const heading = `── Turn ${position.number} of ${position.total} · ${kind} `;
	const lines = [heading + '─'.repeat(Math.max(0, Math.min(width, 60) - heading.length))];
	append(lines, wrapIndented(whyAsked(turn), width, '   ', 'Why: '));
	append(lines, wrapIndented(turn.question, width, '   ', 'Q: '));
	if (turn.skipped) {
		lines.push('A: (skipped)');
	} else {
		const answer = turn.answer.trim() === '' ? ['(empty answer)'] : wrap(turn.answer, width - 3);
		const max = options.maxAnswerLines;
		const shown = max !== undefined && answer.length > max ? answer.slice(0, max) : answer;
		append(
			lines,
			shown.map((line, i) => `${i === 0 ? 'A: ' : '   '}${line}`),
		);
		if (shown.length < answer.length) {
			const note = `[…] ${answer.length - shown.length} more lines not shown (${plural(turn.analysis?.words ?? countWords(turn.answer), 'word')} in all; \`ai-pm-sim replay\` prints it whole)`;
			lines.push(...wrapIndented(note, width, '   '));
		}
	}
	// why this was graded: which weaknesses the question (or the follow-up) invites, and the reason
	const invited = turn.analysis?.answered === false ? [] : (turn.analysis?.invited ?? []);
	if (invited.length > 0) lines.push('Graded on:');
	for (const invitation of invited) {
		lines.push(...wrapIndented(`${WEAKNESSES[invitation.id]?.label ?? invitation.id} (${invitation.id}): ${invitation.reason}.`, width, '    ', '  · '));
	}
	const findings = turn.analysis?.weaknesses ?? [];
	if (findings.length > 0) {
		lines.push('Findings:');
		for (const finding of findings) {
			const {head, evidence} = findingLine(finding);
			lines.push(`  ${head}`);
			append(lines, wrapIndented(evidence, width, '    '));
		}
	} else if (turn.analysis && !turn.skipped && turn.analysis.answered !== false) {
		lines.push('Findings: ✓ none of the weaknesses this question invites.');
	}
	lines.push(turnScoreLine(turn));
	const dimensions = turnDimensionLine(turn);
	if (dimensions) {
		lines.push(...wrapIndented(dimensions, width, '  '));
	}
	for (const notice of turn.notices) {
		lines.push(...wrapIndented(notice, width, '  ', 'Note: '));
	}
	return lines;
}

/**
 * The turn in at most `maxLines` lines where the answer can give way: it is cut (never below four
 * lines of it) by as much as the rest of the turn, the reasons and findings included, needs.
 */
export function formatTurnToFit(turn: Turn, position: {number: number; total: number}, width: number, maxLines: number): string[] {
	const full = formatTurn(turn, position, {width});
	if (full.length <= maxLines || turn.skipped || turn.answer.trim() === '') return full;
	const answerLines = wrap(turn.answer, width - 3).length;
	// the note saying what was left out takes up to two lines
	return formatTurn(turn, position, {width, maxAnswerLines: Math.max(4, answerLines - (full.length - maxLines) - 2)});
}

/** The recap: overall score, one bar per dimension, the top actions. */
export function formatRecap(record: SessionRecord, width = 80): string[] {
	const recap = record.recap;
	if (!recap) {
		const scored = record.turns.filter(turn => turn.analysis && !turn.skipped && turn.analysis.answered !== false);
		return [
			'── Recap ' + '─'.repeat(51),
			`No recap: this session stopped after ${plural(record.turns.length, 'turn')} (${endReasonText(record.endReason)}).`,
			scored.length > 0 ? `Answers scored so far: ${scored.map(turn => turn.analysis!.score).join(', ')} (out of 100).` : 'No answers were scored.',
			record.complete ? '' : 'Resume it from the history screen (r) to finish it and get a recap.',
		].filter(Boolean);
	}
	const labelWidth = Math.max(...DIMENSION_IDS.map(id => DIMENSION_LABELS[id].length)) + 2;
	const lines = ['── Recap ' + '─'.repeat(51), `${overallText(recap.overall)} · ${plural(recap.answered, 'answer')}${recap.skipped > 0 ? `, ${recap.skipped} skipped` : ''}`, ''];
	for (const id of DIMENSION_IDS) {
		lines.push(truncate(`  ${DIMENSION_LABELS[id].padEnd(labelWidth)}${scoreBar(recap.dimensions[id] ?? null)}`, width));
	}
	if (recap.actions.length > 0) {
		lines.push('', 'Top actions:');
		recap.actions.slice(0, 3).forEach((action, i) => {
			lines.push(...wrapIndented(`${action.title}: ${action.strongPattern}`, width, '     ', `  ${i + 1}. `));
			for (const quote of action.evidence.slice(0, 2)) {
				append(lines, wrapIndented(`You said: "${quote}"`, width, '       ', '     '));
			}
		});
	}
	if (recap.coaching?.overall) {
		lines.push('', ...wrapIndented(recap.coaching.overall, width, '  ', 'Coach: '));
	}
	return lines;
}

export function formatHeader(record: SessionRecord, width = 80): string[] {
	const focus = FOCUS_AREAS[record.focus]?.label ?? record.focus;
	const status = record.complete ? 'complete' : `incomplete: ${endReasonText(record.endReason)}`;
	return [
		truncate(`Session ${record.id}`, width),
		...wrap(`${formatDateTime(record.startedAt)} · ${focus} · engine ${record.engine} · ${formatDuration(durationOf(record))} · ${status}`, width),
	];
}

/** The whole session as text: header, every turn, then the recap. */
export function formatReplay(record: SessionRecord, width = 80): string {
	const lines = [...formatHeader(record, width), ''];
	record.turns.forEach((turn, i) => {
		append(lines, formatTurn(turn, {number: i + 1, total: record.turns.length}, {width})).push('');
	});
	if (record.turns.length === 0) {
		lines.push('No questions were answered.', '');
	}
	lines.push(...formatRecap(record, width));
	return `${lines.join('\n')}\n`;
}
