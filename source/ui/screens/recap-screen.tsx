import {useState} from 'react';
import {Box, Static} from 'ink';
import {Text} from '../components/text.js';
import type {AnswerCard, QuestionDetail, Recap} from '../../core/recap/types.js';
import {overallText} from '../../core/scoring/index.js';
import {DIMENSION_IDS, DIMENSION_LABELS} from '../../core/taxonomy/index.js';
import {useKeypress} from '../keys/use-keypress.js';
import {KeyHints, type Hint} from '../components/key-hints.js';
import {Paragraph, paragraphLines} from '../components/paragraph.js';
import {ScoreBar} from '../components/score-bar.js';
import {Spinner} from '../components/spinner.js';
import {Title} from '../components/title.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {clip} from '../../core/util/wrap.js';

/** Where the LLM coaching is: being written, finished, or stopped by Esc or a failure. */
export type CoachStatus = 'writing' | 'done' | 'stopped' | 'failed';

export type CoachView = {
	status: CoachStatus;
	/**
	 * Everything the coach has written on this screen, as streamed: "Answer N" and "Overall"
	 * lines head the paragraphs. It only grows (a retry appends), so printed lines stay put.
	 */
	text: string;
	/** One line under the coaching, e.g. why it failed. */
	notice?: string | null;
};

export type RecapScreenProps = {
	recap: Recap;
	/** e.g. "Evaluation" */
	focusLabel: string;
	isActive: boolean;
	/** True when the session stopped before the plan was done. */
	endedEarly?: boolean;
	/** A line about saving, e.g. "Saved as 20250101-…" or why it could not be. */
	saveNote?: string | null;
	/** LLM coaching on this screen; none when the engine does not coach. */
	coach?: CoachView | null;
	plain?: boolean;
	onReplay(): void;
	onHome(): void;
	onQuit(): void;
	/** Offered when coaching can be (re)started, e.g. after Esc or a failure. */
	onCoach?(): void;
	/** Esc while the coach is writing. */
	onStopCoach?(): void;
};

/**
 * Wrapped lines of the summary as one string: the summary is drawn from the screen's own width,
 * without a size hook per paragraph (each would add a resize listener).
 */
function wrapped(text: string, options: {columns: number; indent: number; lead?: string; maxLines?: number}): string {
	const pad = ' '.repeat(options.indent);
	return paragraphLines(text, {width: options.columns - options.indent, lead: options.lead, hang: options.lead ? options.lead.length : 0, maxLines: options.maxLines})
		.map(line => `${pad}${line}`)
		.join('\n');
}

function quote(text: string, max = 160): string {
	return `“${clip(text.replace(/\s+/g, ' ').trim(), max)}”`;
}

const ANSWER_HEADING = /^Answer (\d+)$/;

/** A line of coaching as printed: a heading (an answer or "Overall") or a paragraph. */
type CoachLine = {key: string; kind: 'title' | 'heading' | 'text'; text: string};

function cardHeading(card: AnswerCard | undefined, turn: number): string {
	return card ? `${card.kind === 'follow-up' ? '↳' : '▸'} ${card.question.replace(/\s+/g, ' ')}` : `▸ Answer ${turn + 1}`;
}

/** Finished coaching (a recap opened again) straight from its typed form: nothing to parse. */
function savedCoachLines(recap: Recap): CoachLine[] {
	if (!recap.coaching) return [];
	const lines: CoachLine[] = [];
	for (const card of recap.answers) {
		const text = recap.coaching.perAnswer[card.turn];
		if (text) lines.push({key: `h${card.turn}`, kind: 'heading', text: cardHeading(card, card.turn)}, {key: `t${card.turn}`, kind: 'text', text});
	}
	if (recap.coaching.overall) lines.push({key: 'ho', kind: 'heading', text: '▸ Overall'}, {key: 'to', kind: 'text', text: recap.coaching.overall});
	return lines;
}

/**
 * Splits the live coaching stream into lines that are complete (printed once, above) and the line still
 * being written (redrawn as it grows). Blank lines collapse to the gap before a heading.
 */
function coachLines(text: string, cards: AnswerCard[]): {done: CoachLine[]; writing: string} {
	const raw = text.split('\n');
	const writing = raw.pop() ?? '';
	const done: CoachLine[] = [];
	raw.forEach((line, i) => {
		const trimmed = line.trim();
		if (trimmed === '') return;
		const answer = ANSWER_HEADING.exec(trimmed);
		if (answer) {
			done.push({
				key: `c${i}`,
				kind: 'heading',
				text: cardHeading(
					cards.find(c => c.turn === Number(answer[1])),
					Number(answer[1]),
				),
			});
		} else if (trimmed === 'Overall') {
			done.push({key: `c${i}`, kind: 'heading', text: '▸ Overall'});
		} else {
			done.push({key: `c${i}`, kind: 'text', text: trimmed});
		}
	});
	return {done, writing: writing.trim()};
}

/**
 * The scored recap. The body and each finished line of coaching are printed once (Static), so
 * while the coach writes only its current paragraph, a status line and the keys are redrawn.
 */
export function RecapScreen({recap, focusLabel, isActive, endedEarly, saveNote, coach, plain = false, onReplay, onHome, onQuit, onCoach, onStopCoach}: RecapScreenProps) {
	const {columns, rows} = useTerminalSize();
	const writing = coach?.status === 'writing';
	const questions = recap.questions ?? [];
	// The question whose detail is open below the summary (0-based), or null.
	const [open, setOpen] = useState<number | null>(null);
	useKeypress(
		(input, key) => {
			if (key.escape && writing && onStopCoach) return onStopCoach();
			if (key.escape && open !== null) return setOpen(null);
			if (/^[1-9]$/.test(input) && Number(input) <= questions.length) return setOpen(Number(input) - 1);
			if (key.rightArrow && questions.length > 0) return setOpen(o => Math.min(questions.length - 1, (o ?? -1) + 1));
			if (key.leftArrow && open !== null) return setOpen(o => Math.max(0, (o ?? 0) - 1));
			if (input === 'r') return onReplay();
			if (key.return || key.escape || input === 'h') return onHome();
			if (input === 'q') return onQuit();
			if (input === 'c' && onCoach && !writing) return onCoach();
		},
		{isActive},
	);

	const labelWidth = Math.max(...DIMENSION_IDS.map(id => DIMENSION_LABELS[id].length));
	const hints: Hint[] = [
		...(writing ? ([['Esc', 'stop coaching']] as Hint[]) : []),
		...(questions.length > 0 ? ([[questions.length > 1 ? `1-${questions.length}` : '1', 'question detail']] as Hint[]) : []),
		...(open !== null
			? ([
					['←/→', 'other questions'],
					['Esc', 'close'],
				] as Hint[])
			: []),
		['r', 'replay this session'],
		['h', 'home'],
		...(onCoach && !writing ? ([['c', coach ? 'coach again' : 'coaching']] as Hint[]) : []),
		['q', 'quit'],
	];
	// The summary fits one 80x24 screen: where the candidate stands and what to do next.
	const body = (
		<Box flexDirection="column">
			<Title detail={`${focusLabel} · ${recap.answered} answered${recap.skipped ? ` · ${recap.skipped} skipped` : ''}${endedEarly ? ' · ended early' : ''}`}>Recap</Title>
			<Text bold>{overallText(recap.overall)}</Text>
			<Box flexDirection="column">
				{DIMENSION_IDS.map(id => (
					<ScoreBar key={id} label={DIMENSION_LABELS[id]} score={recap.dimensions[id]} labelWidth={labelWidth} />
				))}
			</Box>
			<Box flexDirection="column">
				<Text bold>Top things to work on</Text>
				{recap.actions.length === 0 ? <Paragraph>{'✓ Nothing stands out: keep practising the harder focus areas.'}</Paragraph> : null}
				{recap.actions.map((action, i) => {
					const example = action.example;
					// A point to cover is shown once, under the first action it belongs to.
					const cover = example?.missedPoints.find(p => !recap.actions.slice(0, i).some(a => a.example?.missedPoints[0] === p));
					return (
						<Box key={action.dimension} flexDirection="column">
							<Text bold>{clip(`${i + 1}. ${action.title}${example ? ` · Q${example.questionNumber}` : ''}`, columns)}</Text>
							{example?.quote ? <Text dimColor>{`   ${clip(`you said ${quote(example.quote)}`, columns - 3)}`}</Text> : null}
							<Text>{wrapped(action.strongPattern, {columns, indent: 3, lead: '▸ ', maxLines: 2})}</Text>
							{cover ? <Text dimColor>{wrapped(`also cover: ${cover}`, {columns, indent: 3, lead: '▸ ', maxLines: 1})}</Text> : null}
						</Box>
					);
				})}
			</Box>
		</Box>
	);

	// The coaching from this screen's stream, or the saved result when the recap is opened again.
	// The live stream arrives as text with the engine's headings; a saved result is already typed.
	const {done, writing: partial} = coach ? coachLines(coach.text, recap.answers) : {done: savedCoachLines(recap), writing: ''};
	// The title only above text the coach wrote: never above "No coaching".
	const showCoach = done.length > 0 || partial !== '';
	const items: Array<CoachLine | {key: 'body'; kind: 'body'}> = [{key: 'body', kind: 'body'}];
	if (showCoach) items.push({key: 'coach', kind: 'title', text: 'Coach'});
	items.push(...done);

	// The paragraph being written is redrawn on every token: keep it well inside the screen so
	// Ink never has to clear and repaint everything above.
	const liveRoom = Math.max(2, rows - 8);
	const partialLines = partial ? paragraphLines(partial, {width: columns - 2}) : [];
	const shownPartial = partialLines.length > liveRoom ? ['…', ...partialLines.slice(-(liveRoom - 1))] : partialLines;

	const status = [overallText(recap.overall), saveNote].filter(Boolean).join(' · ');

	return (
		<Box flexDirection="column">
			<Static items={items}>
				{item =>
					item.kind === 'body' ? (
						<Box key="body">{body}</Box>
					) : item.kind === 'title' ? (
						<Box key={item.key} marginTop={1}>
							<Text bold>{'Coach '}</Text>
							<Text dimColor>{clip('written by the LLM; the scores above are computed', Math.max(10, columns - 6))}</Text>
						</Box>
					) : item.kind === 'heading' ? (
						<Box key={item.key} marginTop={1}>
							<Text bold>{clip(item.text, columns)}</Text>
						</Box>
					) : (
						<Box key={item.key} paddingLeft={2}>
							<Paragraph indent={2}>{item.text}</Paragraph>
						</Box>
					)
				}
			</Static>
			{shownPartial.length > 0 ? (
				<Box paddingLeft={2}>
					<Text>{shownPartial.join('\n')}</Text>
				</Box>
			) : null}
			{coach && coach.status === 'writing' ? (
				<Text>
					<Spinner plain={plain} />
					<Text dimColor>{done.length === 0 && !partial ? ' The coach is reading your answers…' : ' The coach is writing…'}</Text>
				</Text>
			) : null}
			{coach?.notice ? <Paragraph>{coach.notice}</Paragraph> : null}
			{open !== null && questions[open] ? <QuestionView detail={questions[open]} total={questions.length} columns={columns} /> : null}
			<Box marginTop={1} flexDirection="column">
				<Paragraph dimColor>{status}</Paragraph>
				<KeyHints hints={hints} />
			</Box>
		</Box>
	);
}

/**
 * One question's detail: each answer, each weakness once with the candidate's words, then its
 * coaching. The LLM coach's paragraphs stay in the coach section below the summary, printed once.
 */
function QuestionView({detail, total, columns}: {detail: QuestionDetail; total: number; columns: number}) {
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>{`Question ${detail.number} of ${total}${detail.score === null ? ' · skipped' : ` · ${detail.score}/100`}`}</Text>
			{detail.exchanges.map(exchange => {
				const indent = exchange.kind === 'follow-up' ? 2 : 0;
				const answer = exchange.skipped ? '↷ skipped' : `${exchange.score ?? '–'}/100 · ${exchange.words} words · ${exchange.answer.replace(/\s+/g, ' ').trim()}`;
				return (
					<Box key={exchange.turn} flexDirection="column">
						<Text bold>{wrapped(exchange.question, {columns, indent, lead: exchange.kind === 'follow-up' ? '↳ ' : '▸ '})}</Text>
						<Text dimColor>{wrapped(answer, {columns, indent: indent + 2, maxLines: 2})}</Text>
					</Box>
				);
			})}
			{detail.weaknesses.map(w => (
				<Text key={w.id}>
					{wrapped(w.quote ? `${w.label}: you said ${quote(w.quote, 120)}` : `${w.label}: nothing in the answers covered it`, {columns, indent: 0, lead: '✗ '})}
				</Text>
			))}
			{detail.weaknesses.length === 0 && detail.score !== null ? <Text>✓ no weakness found</Text> : null}
			{detail.coaching.cover.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>Cover next time</Text>
					{detail.coaching.cover.map((point, i) => (
						<Text key={i}>{wrapped(point, {columns, indent: 0, lead: '· '})}</Text>
					))}
				</Box>
			) : null}
			{detail.coaching.strongAnswer ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>A strong answer</Text>
					<Text>{wrapped(detail.coaching.strongAnswer, {columns, indent: 0})}</Text>
				</Box>
			) : null}
		</Box>
	);
}
