import type {SessionRecord} from '../session/record.js';
import {DIMENSION_LABELS, FOCUS_AREAS, WEAKNESSES} from '../taxonomy/descriptions.js';
import {DIMENSION_IDS} from '../taxonomy/ids.js';
import {threadsOf} from '../scoring/index.js';
import {filledCells, formatDateTime, formatDuration, plural} from './format.js';
import {endReasonText, turnDimensionLine, turnScoreLine, whyAsked} from './replay.js';
import {overallText} from '../scoring/index.js';
import {durationOf} from './summary.js';

/** Keeps user text from turning into markdown structure (headings, lists, tables). */
function inline(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/([\\`*_[\]<>|])/g, '\\$1')
		.trim();
}

function quoteBlock(text: string): string[] {
	const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
	return paragraphs.map(line => (line.trim() === '' ? '>' : `> ${line.replace(/([\\`*_[\]<>|#])/g, '\\$1')}`));
}

function bar(value: number | null): string {
	if (value === null) {
		return 'not measured';
	}
	const filled = filledCells(value, 10);
	return `\`${'█'.repeat(filled)}${'░'.repeat(10 - filled)}\` ${value}`;
}

function turnMarkdown(turn: SessionRecord['turns'][number], number: number): string[] {
	const out: string[] = [`### ${number}. ${turn.kind === 'follow-up' ? 'Follow-up' : 'Question'}`, ''];
	out.push(`**Q:** ${inline(turn.question)}`, '');
	out.push(`*Why asked:* ${inline(whyAsked(turn))}`, '');
	if (turn.skipped) out.push('**Answer:** skipped.', '');
	else out.push('**Answer:**', '', ...quoteBlock(turn.answer.trim() || '(empty)'), '');
	const findings = turn.analysis?.weaknesses ?? [];
	if (findings.length > 0) {
		out.push('**Findings:**', '');
		for (const finding of findings) {
			const label = WEAKNESSES[finding.id]?.label ?? finding.id;
			const evidence = finding.evidence ? `"${inline(finding.evidence)}"` : 'nothing in the answer covered it';
			out.push(`- ${label} (\`${finding.id}\`, confidence ${finding.confidence.toFixed(2)}): ${evidence}`);
		}
		out.push('');
	} else if (turn.analysis && !turn.skipped) {
		out.push('**Findings:** none of the weaknesses this question invites.', '');
	}
	out.push(`**${turnScoreLine(turn)}**`);
	const dimensions = turnDimensionLine(turn);
	if (dimensions) out.push('', dimensions);
	out.push('');
	return out;
}

/**
 * A shareable report of one session, laid out like the recap: where the candidate stands, what
 * to work on first, then each question with its answers and its coaching next to them.
 */
export function sessionMarkdown(record: SessionRecord): string {
	const focus = FOCUS_AREAS[record.focus]?.label ?? record.focus;
	const out: string[] = [];
	out.push(`# AI PM mock interview: ${focus}`, '');
	out.push(
		`- **Date:** ${formatDateTime(record.startedAt)}`,
		`- **Focus:** ${focus} (\`${record.focus}\`)`,
		`- **Engine:** ${record.engine}`,
		`- **Duration:** ${formatDuration(durationOf(record))}`,
		`- **Status:** ${record.complete ? 'complete' : `incomplete: ${endReasonText(record.endReason)}`}`,
		`- **Session:** \`${record.id}\``,
		'',
	);

	const recap = record.recap;
	if (recap) {
		out.push(`## ${overallText(recap.overall).replace(/^Overall /, 'Overall: ')}`, '');
		out.push(`${plural(recap.answered, 'answer')}${recap.skipped > 0 ? `, ${recap.skipped} skipped` : ''}.`, '');
		out.push('| Dimension | Score |', '| --- | --- |');
		for (const id of DIMENSION_IDS) {
			out.push(`| ${DIMENSION_LABELS[id]} | ${bar(recap.dimensions[id] ?? null)} |`);
		}
		out.push('');
		if (recap.actions.length > 0) {
			out.push('## Work on first', '');
			recap.actions.forEach((action, i) => {
				out.push(`${i + 1}. **${inline(action.title)}**: ${inline(action.strongPattern)}`);
				const example = action.example;
				if (example?.quote) out.push(`   - In question ${example.questionNumber} you said: "${inline(example.quote)}"`);
				else if (!example) for (const quote of action.evidence) out.push(`   - You said: "${inline(quote)}"`);
				if (example && example.missedPoints.length > 0) out.push(`   - In question ${example.questionNumber}, also cover: ${example.missedPoints.map(inline).join('; ')}`);
			});
			out.push('');
		}
		if (recap.coaching?.overall) {
			out.push('## Coaching', '', inline(recap.coaching.overall), '');
		}
	} else {
		out.push('## No recap yet', '', `This session stopped after ${plural(record.turns.length, 'turn')}; resume it to get a recap.`, '');
	}

	if (record.turns.length === 0) {
		out.push('## Question by question', '', 'No questions were answered.', '');
	}
	threadsOf(record.turns).forEach((thread, q) => {
		const detail = recap?.questions?.[q];
		out.push(`## Question ${q + 1}${detail?.score == null ? '' : ` (${detail.score}/100)`}: ${inline(thread[0]!.question)}`, '');
		for (const turn of thread) out.push(...turnMarkdown(turn, record.turns.indexOf(turn) + 1));
		if (detail && detail.coaching.cover.length > 0) {
			out.push('**Cover next time:**', '', ...detail.coaching.cover.map(point => `- ${inline(point)}`), '');
		}
		if (detail?.coaching.strongAnswer) out.push('**A strong answer:**', '', inline(detail.coaching.strongAnswer), '');
		for (const text of detail?.coaching.coach ?? []) out.push(`**Coach:** ${inline(text)}`, '');
	});
	return `${out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trimEnd()}\n`;
}
