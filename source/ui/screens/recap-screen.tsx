import {Box, Static, Text} from 'ink';
import type {Recap} from '../../core/recap/types.js';
import {DIMENSION_IDS, DIMENSION_LABELS, WEAKNESSES} from '../../core/taxonomy/index.js';
import {useKeypress} from '../keys/use-keypress.js';
import {KeyHints, type Hint} from '../components/key-hints.js';
import {ScoreBar} from '../components/score-bar.js';
import {Title} from '../components/title.js';

export type RecapScreenProps = {
	recap: Recap;
	/** e.g. "Evaluation" */
	focusLabel: string;
	isActive: boolean;
	/** True when the session stopped before the plan was done. */
	endedEarly?: boolean;
	/** A line about saving, e.g. "Saved as 20250101-…" or why it could not be. */
	saveNote?: string | null;
	/** LLM coaching while it streams; hidden when empty. */
	coachingStream?: string;
	onReplay(): void;
	onHome(): void;
	onQuit(): void;
	/** Offered only when the engine can write coaching. */
	onCoach?(): void;
};

function quote(text: string, max = 160): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

/** The scored recap. The body is printed once (Static), so only the key line stays live. */
export function RecapScreen({recap, focusLabel, isActive, endedEarly, saveNote, coachingStream, onReplay, onHome, onQuit, onCoach}: RecapScreenProps) {
	useKeypress(
		(input, key) => {
			if (input === 'r') return onReplay();
			if (key.return || key.escape || input === 'h') return onHome();
			if (input === 'q') return onQuit();
			if (input === 'c' && onCoach) return onCoach();
		},
		{isActive},
	);

	const labelWidth = Math.max(...DIMENSION_IDS.map(id => DIMENSION_LABELS[id].length));
	const hints: Hint[] = [['r', 'replay this session'], ['Enter/h', 'home'], ...(onCoach ? ([['c', 'coaching notes']] as Hint[]) : []), ['q', 'quit']];
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
				{recap.actions.length === 0 ? <Text>{'✓ Nothing stands out: keep practising the harder focus areas.'}</Text> : null}
				{recap.actions.map((action, i) => (
					<Box key={action.dimension} flexDirection="column" marginTop={i === 0 ? 0 : 1}>
						<Text>{`${i + 1}. ${action.title}`}</Text>
						<Box paddingLeft={3} flexDirection="column">
							{action.evidence.map((e, j) => (
								<Text key={j} dimColor>{`you said ${quote(e)}`}</Text>
							))}
							<Text>{`▸ ${action.strongPattern}`}</Text>
						</Box>
					</Box>
				))}
			</Box>
			<Box flexDirection="column" marginTop={1}>
				<Text bold>Answers</Text>
				{recap.answers.map(card => (
					<Box key={card.turn} flexDirection="column" marginTop={1} paddingLeft={card.kind === 'follow-up' ? 2 : 0}>
						<Text bold>{`${card.kind === 'follow-up' ? '↳' : '▸'} ${card.question}`}</Text>
						<Box paddingLeft={2} flexDirection="column">
							{card.skipped ? (
								<Text dimColor>↷ skipped</Text>
							) : (
								<Text>{`${card.score ?? '–'}/100 · ${card.words} words${card.pacing ? ` · pacing ${card.pacing}` : ''}`}</Text>
							)}
							{card.weaknesses.length === 0 && !card.skipped ? <Text>✓ no weakness found</Text> : null}
							{card.weaknesses.map(f => (
								<Box key={f.id} flexDirection="column">
									<Text>{`✗ ${WEAKNESSES[f.id].label}${f.evidence ? `: ${quote(f.evidence, 120)}` : ''}`}</Text>
									<Box paddingLeft={2}>
										<Text dimColor>{`strong answers: ${card.advice.find(a => a.id === f.id)?.strongPattern ?? WEAKNESSES[f.id].strongPattern}`}</Text>
									</Box>
								</Box>
							))}
							{card.missedTalkingPoints.length > 0 ? <Text dimColor>{`missed: ${card.missedTalkingPoints.join('; ')}`}</Text> : null}
							{card.strongAnswer ? <Text dimColor>{`a strong answer: ${card.strongAnswer}`}</Text> : null}
							{card.coaching ? <Text>{`coach: ${card.coaching}`}</Text> : null}
						</Box>
					</Box>
				))}
			</Box>
		</Box>
	);
	const coaching = recap.coaching?.overall ? (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>Coaching</Text>
			<Text>{recap.coaching.overall}</Text>
		</Box>
	) : null;
	// Printed once each; coaching is appended when it arrives.
	const parts = coaching ? ['body', 'coaching'] : ['body'];

	return (
		<Box flexDirection="column">
			<Static items={parts}>{part => <Box key={part}>{part === 'body' ? body : coaching}</Box>}</Static>
			{coachingStream && !recap.coaching ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>Coaching (writing…)</Text>
					<Text>{coachingStream.split('\n').slice(-8).join('\n')}</Text>
				</Box>
			) : null}
			{saveNote ? <Text dimColor>{saveNote}</Text> : null}
			<Box marginTop={1} flexDirection="column">
				<Text bold>{`Overall ${recap.overall}/100`}</Text>
				<KeyHints hints={hints} />
			</Box>
		</Box>
	);
}
