import {useEffect, useState} from 'react';
import {Box, Text} from 'ink';
import {checkDrill, clockText, DRILL_SECONDS, drillRecapLines, type DrillResult} from '../../core/drill/check.js';
import type {DrillFeature} from '../../core/drill/features.js';
import {AnswerEditor} from '../editor/answer-editor.js';
import {KeyHints} from '../components/key-hints.js';
import {Paragraph} from '../components/paragraph.js';
import {Title} from '../components/title.js';
import {useKeypress} from '../keys/use-keypress.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useColor} from '../plain.js';

export type DrillScreenProps = {
	isActive: boolean;
	feature: DrillFeature;
	plain?: boolean;
	/** Clock for the countdown; `tickMs: null` stops the ticking (tests). */
	clock?: {now(): number; tickMs: number | null};
	onAgain(): void;
	onHome(): void;
};

const defaultClock = {now: () => Date.now(), tickMs: 1000};

/** The evaluation drill: one feature, three parts, a visible three-minute clock, then a check of each part. */
export function DrillScreen({isActive, feature, plain = false, clock = defaultClock, onAgain, onHome}: DrillScreenProps) {
	const {columns} = useTerminalSize();
	const [startedAt] = useState(() => clock.now());
	const [now, setNow] = useState(startedAt);
	const [result, setResult] = useState<DrillResult | null>(null);
	const warn = useColor('yellow');

	useEffect(() => {
		if (clock.tickMs === null || result) return;
		const timer = setInterval(() => setNow(clock.now()), clock.tickMs);
		return () => clearInterval(timer);
	}, [clock, result]);

	useKeypress(
		(input, key) => {
			if (key.escape) return onHome();
			if (!result || key.ctrl || key.meta) return;
			if (input === 'a') onAgain();
			if (input === 'h' || key.return) onHome();
		},
		{isActive},
	);

	if (result) {
		return (
			<Box flexDirection="column">
				<Title detail={feature.name}>Evaluation drill: recap</Title>
				{/* The title already names the feature: the recap starts at the score. */}
				{drillRecapLines(result, feature)
					.slice(1)
					.map((line, i) =>
						// Indented lines (advice, the strong version) wrap under their own indent.
						line.startsWith('  ') ? (
							<Paragraph key={i} lead="  " leadStyle={{}} hang={2}>
								{line.trim()}
							</Paragraph>
						) : (
							<Text key={i}>{line || ' '}</Text>
						),
					)}
				<Box marginTop={1}>
					<KeyHints
						hints={[
							['a', 'another feature'],
							['Enter', 'home'],
						]}
					/>
				</Box>
			</Box>
		);
	}

	const left = DRILL_SECONDS - (now - startedAt) / 1000;
	return (
		<Box flexDirection="column">
			<Title detail="three minutes, three parts">Evaluation drill</Title>
			<Paragraph lead="Feature: " bold>
				{feature.name}
			</Paragraph>
			<Paragraph dimColor>{feature.context}</Paragraph>
			<Box marginY={1}>
				<Paragraph>How would you know it works? Name about 3 quality criteria, describe a test set of about 50 real examples, and give a threshold for each criterion.</Paragraph>
			</Box>
			<Text color={left <= 30 ? warn : undefined} bold={left <= 0}>
				{left > 0 ? `⏱ ${clockText(left)} left` : `⏱ Time is up (${clockText(-left)} over): send what you have.`}
			</Text>
			<AnswerEditor
				isActive={isActive}
				width={Math.max(20, columns - 2)}
				plain={plain}
				placeholder="Criteria, test set, thresholds. Enter sends; Ctrl+J adds a new line."
				onSubmit={text => setResult(checkDrill(text, feature, Math.round((clock.now() - startedAt) / 1000)))}
			/>
			<KeyHints
				hints={[
					['Enter', 'send'],
					['Ctrl+J', 'new line'],
					['Esc', 'home'],
				]}
			/>
		</Box>
	);
}
