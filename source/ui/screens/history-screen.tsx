import {useCallback, useEffect, useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import {buildTrend, formatHistoryTable, plural, trendRows, truncate, type SessionSummary} from '../../core/history/index.js';
import type {SessionRecord} from '../../core/session/record.js';
import {DIMENSION_LABELS} from '../../core/taxonomy/index.js';
import {DIMENSION_IDS} from '../../core/taxonomy/ids.js';
import type {SessionStore} from '../../storage/sessions.js';
import {KeyHints, type Hint} from '../components/key-hints.js';
import {Paragraph} from '../components/paragraph.js';
import {Sparkline} from '../components/sparkline.js';
import {Title} from '../components/title.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useKeypress} from '../keys/use-keypress.js';
import {useSelection} from '../hooks/use-selection.js';

export type HistoryScreenProps = {
	store: SessionStore;
	onReplay(id: string): void;
	onResume(record: SessionRecord): void;
	onBack(): void;
};

type Loaded = {sessions: SessionSummary[]; warnings: string[]};

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Past sessions, newest first, under the trend of scores; Enter replays, r resumes, d deletes. */
export function HistoryScreen({store, onReplay, onResume, onBack}: HistoryScreenProps) {
	const {columns, rows} = useTerminalSize();
	const width = Math.max(40, Math.min(80, columns));
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [confirming, setConfirming] = useState<SessionSummary | null>(null);
	const [note, setNote] = useState<string | null>(null);
	const [busy, setBusy] = useState(false);

	const reload = useCallback(async () => {
		try {
			const result = await store.list();
			setLoaded(result);
		} catch (error_) {
			setError(errorText(error_));
		}
	}, [store]);

	useEffect(() => {
		void reload();
	}, [reload]);

	const sessions = loaded?.sessions ?? [];
	const {selected, current: selectedNow, move} = useSelection(sessions.length);
	const current = sessions[selected];

	useKeypress(
		(input, key) => {
			if (busy) return;
			if (confirming) {
				if (input === 'y' || input === 'Y') {
					const target = confirming;
					setConfirming(null);
					setBusy(true);
					store
						.delete(target.id)
						.then(
							() => setNote(`Deleted session ${target.id}.`),
							(error_: unknown) => setNote(`✗ Could not delete ${target.id}: ${errorText(error_)}`),
						)
						.then(reload)
						.finally(() => setBusy(false));
				} else {
					setConfirming(null);
					setNote('Nothing deleted.');
				}
				return;
			}
			if (key.escape || input === 'q') return onBack();
			// The row as of this key: several keys can arrive before a re-render.
			const current = sessions[selectedNow()];
			if (!current) return;
			if (key.upArrow || input === 'k') {
				move(-1, false);
				setNote(null);
			} else if (key.downArrow || input === 'j') {
				move(1, false);
				setNote(null);
			} else if (key.return) {
				onReplay(current.id);
			} else if (input === 'r') {
				if (current.complete) {
					setNote('That session is complete; only an unfinished session can be resumed.');
					return;
				}
				setBusy(true);
				store
					.load(current.id)
					.then(
						record => (record.endReason === 'ended-early' ? setNote('That session was ended with /end; replay it with Enter, or start a new one.') : onResume(record)),
						(error_: unknown) => setNote(`✗ Could not open ${current.id}: ${errorText(error_)}`),
					)
					.finally(() => setBusy(false));
			} else if (input === 'd') {
				setConfirming(current);
				setNote(null);
			}
		},
		{isActive: true},
	);

	const trend = useMemo(() => buildTrend(sessions), [sessions]);
	const table = useMemo(() => formatHistoryTable(sessions, width - 2), [sessions, width]);

	if (error) {
		return (
			<Box flexDirection="column">
				<Title>History</Title>
				<Text>{`✗ Could not read your sessions: ${error}`}</Text>
				<KeyHints hints={[['Esc/q', 'back']]} />
			</Box>
		);
	}
	if (!loaded) {
		return (
			<Box flexDirection="column">
				<Title>History</Title>
				<Text>Loading sessions…</Text>
			</Box>
		);
	}

	const labelWidth = Math.max(...DIMENSION_IDS.map(id => DIMENSION_LABELS[id].length)) + 1;
	const sparkWidth = Math.max(5, Math.min(30, width - labelWidth - 22));
	const trendLines = trend.sessionIds.length > 0 ? trendRows(trend, sparkWidth) : [];
	// Rows left for the list: title, trend block, header, notes and key hints take the rest.
	const listRows = Math.max(3, rows - (trendLines.length + 3) - 8);
	const start = Math.max(0, Math.min(selected - Math.floor(listRows / 2), sessions.length - listRows));
	const visible = sessions.slice(start, start + listRows);

	const hints: Hint[] = confirming
		? [
				['y', 'delete'],
				['any other key', 'keep'],
			]
		: [
				['↑↓', 'select'],
				['Enter', 'replay'],
				...(current && !current.complete ? ([['r', 'resume']] as Hint[]) : []),
				['d', 'delete'],
				['Esc/q', 'back'],
			];

	return (
		<Box flexDirection="column">
			<Title detail={plural(sessions.length, 'session')}>History</Title>
			{loaded.warnings.map(warning => (
				<Text key={warning}>{truncate(`! ${warning}`, width)}</Text>
			))}
			{sessions.length === 0 ? (
				<Paragraph>No sessions yet. Finish an interview and it will appear here with your scores.</Paragraph>
			) : (
				<>
					{trendLines.length > 0 ? (
						<Box flexDirection="column" marginBottom={1}>
							<Text>{truncate(`Trend over ${plural(trend.sessionIds.length, 'scored session')}, oldest → newest (▁ 0 … █ 100, · not asked)`, width)}</Text>
							{trendLines.map(row => (
								<Sparkline key={row.label} row={row} labelWidth={labelWidth} width={sparkWidth} />
							))}
						</Box>
					) : (
						<Paragraph>No scored sessions yet: the trend appears once a session has a recap.</Paragraph>
					)}
					<Text bold>{truncate(`  ${table[0]}`, width)}</Text>
					{start > 0 ? <Text>{`  ↑ ${plural(start, 'newer session')}`}</Text> : null}
					{visible.map((session, i) => {
						const index = start + i;
						const isSelected = index === selected;
						return (
							<Text key={session.id} bold={isSelected} inverse={isSelected}>
								{truncate(`${isSelected ? '›' : ' '} ${table[index + 1]}`, width)}
							</Text>
						);
					})}
					{start + listRows < sessions.length ? <Text>{`  ↓ ${plural(sessions.length - start - listRows, 'older session')}`}</Text> : null}
				</>
			)}
			{confirming ? <Text bold>{truncate(`Delete session ${confirming.id} (${confirming.focus}, ${confirming.startedAt.slice(0, 10)})? y/N`, width)}</Text> : null}
			{note ? <Text>{truncate(note, width)}</Text> : null}
			<Box marginTop={1}>
				<KeyHints hints={hints} />
			</Box>
		</Box>
	);
}
