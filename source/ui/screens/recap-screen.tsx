import {Box, Static} from 'ink';
import {Text} from '../components/text.js';
import type {AnswerCard, Recap} from '../../core/recap/types.js';
import {DIMENSION_IDS, DIMENSION_LABELS, WEAKNESSES} from '../../core/taxonomy/index.js';
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

function quote(text: string, max = 160): string {
	return `“${clip(text.replace(/\s+/g, ' ').trim(), max)}”`;
}

const ANSWER_HEADING = /^Answer (\d+)$/;

/** A line of coaching as printed: a heading (an answer or "Overall") or a paragraph. */
type CoachLine = {key: string; kind: 'title' | 'heading' | 'text'; text: string};

/** The coaching as the stream writes it, from a finished result (a recap opened again). */
export function coachingText(recap: Recap): string {
	if (!recap.coaching) return '';
	const parts: string[] = [];
	for (const card of recap.answers) {
		const text = recap.coaching.perAnswer[card.turn];
		if (text) parts.push(`Answer ${card.turn}`, text, '');
	}
	if (recap.coaching.overall) parts.push('Overall', recap.coaching.overall, '');
	return parts.join('\n');
}

/**
 * Splits the coaching into lines that are complete (printed once, above) and the line still
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
			const card = cards.find(c => c.turn === Number(answer[1]));
			const heading = card ? `${card.kind === 'follow-up' ? '↳' : '▸'} ${card.question.replace(/\s+/g, ' ')}` : `▸ Answer ${Number(answer[1]) + 1}`;
			done.push({key: `c${i}`, kind: 'heading', text: heading});
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
	useKeypress(
		(input, key) => {
			if (key.escape && writing && onStopCoach) return onStopCoach();
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
		['r', 'replay this session'],
		['h', 'home'],
		...(onCoach && !writing ? ([['c', coach ? 'coach again' : 'coaching']] as Hint[]) : []),
		['q', 'quit'],
	];
	const body = (
		<Box flexDirection="column">
			<Title detail={`${focusLabel} · ${recap.answered} answered${recap.skipped ? ` · ${recap.skipped} skipped` : ''}${endedEarly ? ' · ended early' : ''}`}>Recap</Title>
			<Text bold>{`Overall  ${recap.overall}/100`}</Text>
			<Box flexDirection="column" marginTop={1}>
				{DIMENSION_IDS.map(id => (
					<ScoreBar key={id} label={DIMENSION_LABELS[id]} score={recap.dimensions[id]} labelWidth={labelWidth} />
				))}
			</Box>
			<Box flexDirection="column" marginTop={1}>
				<Text bold>Top things to work on</Text>
				{recap.actions.length === 0 ? <Paragraph>{'✓ Nothing stands out: keep practising the harder focus areas.'}</Paragraph> : null}
				{recap.actions.map((action, i) => (
					<Box key={action.dimension} flexDirection="column" marginTop={i === 0 ? 0 : 1}>
						<Paragraph lead={`${i + 1}. `} leadStyle={{}} hang={3}>
							{action.title}
						</Paragraph>
						<Box paddingLeft={3} flexDirection="column">
							{action.evidence.map((e, j) => (
								<Paragraph key={j} indent={3} dimColor>{`you said ${quote(e)}`}</Paragraph>
							))}
							<Paragraph indent={3} lead="▸ " leadStyle={{}} hang={2}>
								{action.strongPattern}
							</Paragraph>
						</Box>
					</Box>
				))}
			</Box>
			<Box flexDirection="column" marginTop={1}>
				<Text bold>Answers</Text>
				{recap.answers.map(card => {
					const indent = card.kind === 'follow-up' ? 2 : 0;
					return (
						<Box key={card.turn} flexDirection="column" marginTop={1} paddingLeft={indent}>
							<Paragraph indent={indent} bold lead={`${card.kind === 'follow-up' ? '↳' : '▸'} `} hang={2}>
								{card.question}
							</Paragraph>
							<Box paddingLeft={2} flexDirection="column">
								{card.skipped ? (
									<Text dimColor>↷ skipped</Text>
								) : (
									<Text>{`${card.score ?? '–'}/100 · ${card.words} words${card.pacing ? ` · pacing ${card.pacing}` : ''}`}</Text>
								)}
								{card.weaknesses.length === 0 && !card.skipped ? <Text>✓ no weakness found</Text> : null}
								{card.weaknesses.map(f => (
									<Box key={f.id} flexDirection="column">
										<Paragraph indent={indent + 2} lead="✗ " leadStyle={{}} hang={2}>{`${WEAKNESSES[f.id].label}${f.evidence ? `: ${quote(f.evidence, 120)}` : ''}`}</Paragraph>
										<Box paddingLeft={2}>
											<Paragraph indent={indent + 4} dimColor>{`strong answers: ${card.advice.find(a => a.id === f.id)?.strongPattern ?? WEAKNESSES[f.id].strongPattern}`}</Paragraph>
										</Box>
									</Box>
								))}
								{card.missedTalkingPoints.length > 0 ? <Paragraph indent={indent + 2} dimColor>{`missed: ${card.missedTalkingPoints.join('; ')}`}</Paragraph> : null}
								{card.strongAnswer ? <Paragraph indent={indent + 2} dimColor>{`a strong answer: ${card.strongAnswer}`}</Paragraph> : null}
							</Box>
						</Box>
					);
				})}
			</Box>
		</Box>
	);

	// The coaching from this screen's stream, or the saved result when the recap is opened again.
	const text = coach ? coach.text : coachingText(recap);
	const {done, writing: partial} = coachLines(text, recap.answers);
	const showCoach = Boolean(coach) || done.length > 0;
	const items: Array<CoachLine | {key: 'body'; kind: 'body'}> = [{key: 'body', kind: 'body'}];
	if (showCoach) items.push({key: 'coach', kind: 'title', text: 'Coach'});
	items.push(...done);

	// The paragraph being written is redrawn on every token: keep it well inside the screen so
	// Ink never has to clear and repaint everything above.
	const liveRoom = Math.max(2, rows - 8);
	const partialLines = partial ? paragraphLines(partial, {width: columns - 2}) : [];
	const shownPartial = partialLines.length > liveRoom ? ['…', ...partialLines.slice(-(liveRoom - 1))] : partialLines;

	const status = [`Overall ${recap.overall}/100`, saveNote].filter(Boolean).join(' · ');

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
			<Box marginTop={1} flexDirection="column">
				<Paragraph dimColor>{status}</Paragraph>
				<KeyHints hints={hints} />
			</Box>
		</Box>
	);
}
