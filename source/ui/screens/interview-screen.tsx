import {useEffect, useRef, useState, type MutableRefObject} from 'react';
import {answerRoomNote, answerTooLong} from '../../core/session/limits.js';
import {Box, Static} from 'ink';
import {Text} from '../components/text.js';
import type {InterviewState, Turn} from '../../core/interview/types.js';
import {FOCUS_AREAS} from '../../core/taxonomy/index.js';
import {useKeypress} from '../keys/use-keypress.js';
import {AnswerEditor} from '../editor/answer-editor.js';
import {countWords} from '../editor/buffer.js';
import {KeyHints, hintLines, hintOf, type Hint} from '../components/key-hints.js';
import {ANSWERING, helpItems} from '../keys/bindings.js';
import {Paragraph, paragraphLines} from '../components/paragraph.js';
import {Spinner} from '../components/spinner.js';
import {formatElapsed, paceHint} from '../pace.js';
import {COMMAND_NAMES, COMMANDS, hintsFor, parseInput} from '../../core/interview/commands.js';
import {useInterviewState} from '../hooks/use-interview-state.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useColor} from '../plain.js';
import {packItems} from '../../core/util/wrap.js';

/** What the screen needs from an InterviewSession. */
export type SessionLike = {
	readonly state: InterviewState;
	subscribe(listener: (state: InterviewState) => void): () => void;
	submit(answer: string): Promise<void>;
	skip(): void;
	end(reason?: 'ended-early' | 'interrupted'): void;
	cancel(): void;
	/** The interviewer in use; absent in fakes, where the description stands alone. */
	readonly engine?: {readonly kind: 'offline' | 'llm'; describe?(): string};
};

export type InterviewScreenProps = {
	session: SessionLike;
	isActive: boolean;
	/** e.g. "offline interviewer" or "LLM (gpt-4o-mini)" */
	engineDescription: string;
	/** Always holds the text in the editor, so Ctrl+C can save it. */
	draftRef: MutableRefObject<string>;
	plain?: boolean;
	/** Shown under the editor, e.g. "Press Ctrl+C again to quit". */
	banner?: string | null;
	onExternalEdit?(text: string): Promise<string | null>;
	onError?(message: string): void;
	/** Clock for the elapsed time; `tickMs: null` stops the ticking (tests). */
	clock?: {now(): number; tickMs: number | null};
};

const defaultClock = {now: () => Date.now(), tickMs: 1000};

export function InterviewScreen({session, isActive, engineDescription, draftRef, plain = false, banner, onExternalEdit, onError, clock = defaultClock}: InterviewScreenProps) {
	const state = useInterviewState(session);
	const {columns, rows} = useTerminalSize();
	const [words, setWords] = useState(0);
	const [length, setLength] = useState(0);
	const [panel, setPanel] = useState<'hints' | 'help' | null>(null);
	const [message, setMessage] = useState<string | null>(null);
	const [nonce, setNonce] = useState(0);
	const prompt = state.prompt;
	const promptKey = prompt ? `${prompt.planIndex}/${prompt.path}/${prompt.askedAt}` : 'none';
	const editorKey = `${promptKey}/${nonce}`;
	const initialText = state.restoredDraft ?? '';
	const answering = state.phase === 'answering' && prompt !== null;

	// A new prompt: the panels and messages of the last one go away.
	const lastPrompt = useRef(promptKey);
	if (lastPrompt.current !== promptKey) {
		lastPrompt.current = promptKey;
		if (panel !== null) setPanel(null);
		if (message !== null) setMessage(null);
	}

	useEffect(() => {
		if (!answering) return;
		draftRef.current = initialText;
		setWords(countWords(initialText));
		setLength(initialText.length);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [editorKey, answering]);

	useKeypress(
		(input, key) => {
			if (ANSWERING.cancel.match(input, key)) {
				if (state.phase === 'analyzing' || state.phase === 'phrasing') session.cancel();
				else if (panel) setPanel(null);
				else setMessage(null);
			}
		},
		{isActive},
	);

	const clearEditor = () => {
		draftRef.current = '';
		setNonce(n => n + 1);
	};

	const onSubmit = (text: string) => {
		const input = parseInput(text);
		if (input.kind === 'unknown-command') {
			clearEditor();
			return setMessage(`${input.text} is not a command. Commands: ${COMMAND_NAMES.join(' ')}`);
		}
		if (input.kind === 'command') {
			clearEditor();
			setMessage(null);
			switch (input.command) {
				case 'skip':
					return session.skip();
				case 'end':
					return session.end('ended-early');
				case 'hint':
					return setPanel('hints');
				case 'help':
					return setPanel(p => (p === 'help' ? null : 'help'));
			}
		}
		// Over the limit the answer stays in the editor to be shortened: nothing typed is lost.
		const tooLong = answerTooLong(text);
		if (tooLong) return setMessage(`This answer ${tooLong}; shorten it to send it.`);
		draftRef.current = '';
		setPanel(null);
		setMessage(null);
		session.submit(text).catch((error: unknown) => {
			const why = error instanceof Error ? error.message : String(error);
			if (onError) onError(why);
			else setMessage(`Something went wrong: ${why}`);
		});
	};

	// While a follow-up is being worded there is no prompt yet: it belongs to the pending one's question.
	const questionNumber = (prompt?.planIndex ?? state.pendingFollowUp?.planIndex ?? state.plan.length - 1) + 1;
	const isFollowUp = prompt ? prompt.kind === 'follow-up' : state.pendingFollowUp !== null;
	const focusLabel = FOCUS_AREAS[state.focus]?.label ?? state.focus;
	// Which interviewer runs now (the engine says when the LLM went off and why), and whether the last answer fell back.
	const lastTurn = state.turns.at(-1);
	const fellBack = session.engine?.kind === 'llm' && lastTurn !== undefined && !lastTurn.skipped && lastTurn.engine === 'offline';
	const engineStatus = `${session.engine?.describe?.() ?? engineDescription}${fellBack ? ' (last answer read offline)' : ''}`;
	const header = `${focusLabel} · question ${questionNumber} of ${state.plan.length}${isFollowUp ? ' · follow-up' : ''} · ${engineStatus}`;
	const textWidth = Math.max(20, columns - 4);
	const roomNote = answerRoomNote(length);
	const questionLabel = prompt?.kind === 'follow-up' ? 'Follow-up' : `Q${questionNumber}`;
	const questionLines = prompt ? paragraphLines(prompt.text, {width: columns, lead: `▸ ${questionLabel}: `, hang: 2}).length : 1;
	const noticeLines = (prompt?.notices ?? []).reduce((n, notice) => n + paragraphLines(`note: ${notice}`, {width: columns - 2}).length, 0);
	const hints = panel === 'hints' ? hintsFor(state) : [];
	const panelLines = panel === 'help' ? helpLines(columns).length + 2 : panel === 'hints' ? hintsPanelLines(hints, columns) : 0;
	const keys: Hint[] = answering
		? [hintOf(ANSWERING.submit), hintOf(ANSWERING.newLine), hintOf(ANSWERING.externalEditor), ['/help', 'commands'], hintOf(ANSWERING.quit)]
		: state.phase === 'phrasing'
			? [hintOf(ANSWERING.cancel, 'skip to the scripted follow-up'), hintOf(ANSWERING.quit)]
			: [hintOf(ANSWERING.cancel, 'stop and edit your answer'), hintOf(ANSWERING.quit)];
	const keyLines = hintLines(keys, columns).length;
	// Header, gaps, the status line, the keys and a line of slack for a message or banner.
	const maxLines = Math.max(3, rows - 6 - statusLines(columns) - keyLines - questionLines - panelLines - noticeLines);

	return (
		<Box flexDirection="column">
			<Static items={state.turns}>{turn => <FinishedTurn key={turn.index} turn={turn} />}</Static>
			<Text dimColor wrap="truncate-end">
				{header}
			</Text>
			{prompt && state.phase !== 'phrasing' ? <Question label={questionLabel} text={prompt.text} /> : null}
			{state.phase === 'phrasing' ? <Phrasing streamed={state.pendingFollowUp?.streamed ?? ''} plain={plain} /> : null}
			{prompt?.notices.map((notice, i) => (
				<Box key={i} paddingLeft={2}>
					<Paragraph indent={2} dimColor>{`note: ${notice}`}</Paragraph>
				</Box>
			))}
			{answering ? (
				<Box flexDirection="column" marginTop={1}>
					{panel === 'hints' ? <Hints points={hints} /> : null}
					{panel === 'help' ? <Help columns={columns} /> : null}
					<Box paddingLeft={2}>
						<AnswerEditor
							key={editorKey}
							isActive={isActive}
							initialText={initialText}
							width={textWidth}
							maxLines={maxLines}
							plain={plain}
							placeholder="Type your answer. Enter sends it; Ctrl+J adds a new line; /help for commands."
							onSubmit={onSubmit}
							onEmptySubmit={() => setMessage('Nothing to send yet: type your answer, or /skip to skip this question.')}
							onChange={text => {
								draftRef.current = text;
								setWords(countWords(text));
								setLength(text.length);
							}}
							onExternalEdit={onExternalEdit}
						/>
					</Box>
					<AnswerStatus words={words} since={prompt.askedAt} clock={clock} />
					{roomNote ? <Paragraph indent={2}>{roomNote}</Paragraph> : null}
				</Box>
			) : null}
			{state.phase === 'analyzing' ? (
				<Box marginTop={1}>
					<Spinner plain={plain} />
					<Text>{' Listening to your answer…'}</Text>
				</Box>
			) : null}
			{message ? (
				<Paragraph lead="! " hang={2}>
					{message}
				</Paragraph>
			) : null}
			{banner ? <Paragraph bold>{banner}</Paragraph> : null}
			<KeyHints hints={keys} />
		</Box>
	);
}

function Question({label, text}: {label: string; text: string}) {
	return (
		<Box marginTop={1}>
			<Paragraph lead={`▸ ${label}: `} hang={2}>
				{text}
			</Paragraph>
		</Box>
	);
}

function Phrasing({streamed, plain}: {streamed: string; plain: boolean}) {
	if (!streamed) {
		return (
			<Box marginTop={1}>
				<Spinner plain={plain} />
				<Text>{' Thinking of a follow-up…'}</Text>
			</Box>
		);
	}
	return (
		<Box marginTop={1}>
			<Paragraph lead="▸ Follow-up: " hang={2}>
				{streamed}
			</Paragraph>
		</Box>
	);
}

/**
 * Lines the answer status takes: on a narrow terminal the pacing hint goes on its own line rather
 * than breaking mid-phrase. Decided by width alone (the longest status, a four-digit count, an
 * hour-long timer and the longest hint, fits in 60 columns), so the layout above can count on it.
 */
function statusLines(columns: number): 1 | 2 {
	return columns >= 60 ? 1 : 2;
}

function AnswerStatus({words, since, clock}: {words: number; since: string; clock: {now(): number; tickMs: number | null}}) {
	const start = Date.parse(since);
	const [now, setNow] = useState(() => clock.now());
	useEffect(() => {
		if (clock.tickMs === null) return;
		const timer = setInterval(() => setNow(clock.now()), clock.tickMs);
		return () => clearInterval(timer);
	}, [clock]);
	const seconds = Number.isNaN(start) ? 0 : (now - start) / 1000;
	const pace = paceHint(words, seconds);
	const color = useColor(pace.tone === 'over' ? 'red' : pace.tone === 'warn' ? 'yellow' : pace.tone === 'ok' ? 'green' : undefined);
	const {columns} = useTerminalSize();
	const count = `  ${words} word${words === 1 ? '' : 's'} · ${formatElapsed(seconds)}`;
	const hint = pace.tone === 'neutral' ? pace.text : `${pace.mark} ${pace.text}`;
	return (
		<Text>
			<Text dimColor>{statusLines(columns) === 1 ? `${count} · ` : `${count}\n  `}</Text>
			<Text color={color}>{hint}</Text>
		</Text>
	);
}

/** Lines the hints panel takes: its title, each point wrapped, and the gap below. */
function hintsPanelLines(points: string[], columns: number): number {
	const body = points.length === 0 ? 1 : points.reduce((n, p) => n + paragraphLines(p, {width: columns - 2, lead: '· ', hang: 2}).length, 0);
	return body + 2;
}

function Hints({points}: {points: string[]}) {
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Text bold>Hints: a strong answer touches on</Text>
			{points.length === 0 ? (
				<Box paddingLeft={2}>
					<Paragraph indent={2} dimColor>
						no hints for this one: think about what the question invites.
					</Paragraph>
				</Box>
			) : null}
			{points.map((point, i) => (
				<Box key={i} paddingLeft={2}>
					<Paragraph indent={2} lead="· " leadStyle={{}} hang={2}>
						{point}
					</Paragraph>
				</Box>
			))}
		</Box>
	);
}

const HELP: Array<{title: string; items: string[]}> = [
	{title: 'Keys', items: helpItems(ANSWERING)},
	{title: 'Commands', items: Object.entries(COMMANDS).map(([name, does]) => `/${name} ${does}`)},
];
/** The help panel's lines at this width: items packed per line, never split inside an item. */
function helpLines(columns: number): string[] {
	const width = Math.max(20, columns - 2);
	return HELP.flatMap(group => packItems(group.items, width, '   '));
}

function Help({columns}: {columns: number}) {
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Text bold>While answering</Text>
			<Box paddingLeft={2}>
				<Text>{helpLines(columns).join('\n')}</Text>
			</Box>
		</Box>
	);
}

function FinishedTurn({turn}: {turn: Turn}) {
	const label = turn.kind === 'follow-up' ? 'Follow-up' : 'Question';
	const words = turn.analysis?.words ?? countWords(turn.answer);
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Paragraph bold lead={`▸ ${label}: `} hang={2}>
				{turn.question}
			</Paragraph>
			<Box paddingLeft={2} flexDirection="column">
				{turn.skipped ? (
					<Text dimColor>↷ skipped</Text>
				) : (
					<Paragraph indent={2} maxLines={2}>
						{turn.answer.replace(/\s+/g, ' ').trim()}
					</Paragraph>
				)}
				{turn.skipped ? null : <Text dimColor>{`✓ answered · ${words} word${words === 1 ? '' : 's'}`}</Text>}
				{turn.notices.map((notice, i) => (
					<Paragraph key={i} indent={2} dimColor>{`note: ${notice}`}</Paragraph>
				))}
			</Box>
		</Box>
	);
}
