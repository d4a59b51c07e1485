import type {SessionRecord} from '../session/record.js';
import {DIMENSION_LABELS, FOCUS_AREAS, WEAKNESSES} from '../taxonomy/descriptions.js';
import {DIMENSION_IDS} from '../taxonomy/ids.js';
import {filledCells, formatDateTime, formatDuration, plural} from './format.js';
import {endReasonText, turnDimensionLine, turnScoreLine, whyAsked} from './replay.js';
import {overallText} from '../scoring/index.js';
import {durationOf} from './summary.js';

/** Keeps user text from turning into markdown structure (headings, lists, tables). */
function inline(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1').trim();
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

/** A shareable report of one session: summary, recap, then every turn with its evidence. */
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
			out.push('## Top actions', '');
			recap.actions.slice(0, 3).forEach((action, i) => {
				out.push(`${i + 1}. **${inline(action.title)}**: ${inline(action.strongPattern)}`);
				for (const quote of action.evidence) {
					out.push(`   - You said: "${inline(quote)}"`);
				}
			});
			out.push('');
		}
		if (recap.coaching?.overall) {
			out.push('## Coaching', '', inline(recap.coaching.overall), '');
		}
	} else {
		out.push('## No recap yet', '', `This session stopped after ${plural(record.turns.length, 'turn')}; resume it to get a recap.`, '');
	}

	out.push('## Turn by turn', '');
	if (record.turns.length === 0) {
		out.push('No questions were answered.', '');
	}
	record.turns.forEach((turn, i) => {
		out.push(`### ${i + 1}. ${turn.kind === 'follow-up' ? 'Follow-up' : 'Question'}`, '');
		out.push(`**Q:** ${inline(turn.question)}`, '');
		out.push(`*Why asked:* ${inline(whyAsked(turn))}`, '');
		if (turn.skipped) {
			out.push('**Answer:** skipped.', '');
		} else {
			out.push('**Answer:**', '', ...quoteBlock(turn.answer.trim() || '(empty)'), '');
		}
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
		if (dimensions) {
			out.push('', dimensions);
		}
		out.push('');
	});

	if (recap && recap.missedTalkingPoints.length > 0) {
		out.push('## Missed talking points', '');
		for (const item of recap.missedTalkingPoints) {
			out.push(`- ${inline(item.question)}`);
			for (const point of item.points) {
				out.push(`  - ${inline(point)}`);
			}
		}
		out.push('');
	}
	return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
