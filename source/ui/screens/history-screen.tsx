import {useCallback, useEffect, useMemo, useState} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import {buildTrend, formatHistoryTable, plural, trendRows, truncate, type SessionSummary, type Trend, type TrendRow} from '../../core/history/index.js';
import type {SessionRecord} from '../../core/session/record.js';
import {DIMENSION_LABELS, FOCUS_AREAS} from '../../core/taxonomy/index.js';
import {DIMENSION_IDS, FOCUS_IDS, type FocusId} from '../../core/taxonomy/ids.js';
import {columnsOf} from '../../core/util/wrap.js';
import type {SessionStore} from '../../storage/sessions.js';
import {hintOf, KeyHints, type Hint} from '../components/key-hints.js';
import {MENUS} from '../keys/bindings.js';
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

	const all = useMemo(() => loaded?.sessions ?? [], [loaded]);
	// Focus areas that have sessions, in the usual order; `f` steps through them and back to all.
	const focuses = useMemo(() => FOCUS_IDS.filter(id => all.some(s => s.focus === id)), [all]);
	const [focusFilter, setFocusFilter] = useState<FocusId | null>(null);
	const sessions = useMemo(() => (focusFilter ? all.filter(s => s.focus === focusFilter) : all), [all, focusFilter]);
	const {selected, current: selectedNow, move, select} = useSelection(sessions.length);
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
			if (MENUS.back.match(input, key)) return onBack();
			if (input === 'f' && focuses.length > 0) {
				const next = focusFilter === null ? 0 : focuses.indexOf(focusFilter) + 1;
				setFocusFilter(focuses[next] ?? null);
				select(0);
				setNote(null);
				return;
			}
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
				<KeyHints hints={[hintOf(MENUS.back)]} />
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

	const trendLayout = layoutTrend(trend, width);
	const trendLines = trendLayout.rows;
	// Rows left for the list: title, trend block, header, notes and key hints take the rest.
	const listRows = Math.max(3, rows - (trendLines.length * (trendLayout.stacked ? 2 : 1) + 3) - 8);
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
				...(focuses.length > 1 || focusFilter ? ([['f', focusFilter ? 'next focus' : 'by focus']] as Hint[]) : []),
				hintOf(MENUS.back),
			];

	return (
		<Box flexDirection="column">
			<Title detail={`${plural(sessions.length, 'session')}${focusFilter ? ` · ${FOCUS_AREAS[focusFilter].label}` : ''}`}>History</Title>
			{loaded.warnings.map(warning => (
				<Text key={warning}>{truncate(`! ${warning}`, width)}</Text>
			))}
			{sessions.length === 0 ? (
				<Paragraph>No sessions yet. Finish an interview and it will appear here with your scores.</Paragraph>
			) : (
				<>
					{trendLines.length > 0 ? (
						<Box flexDirection="column" marginBottom={1}>
							<Paragraph
								width={width}
							>{`Trend over ${plural(trend.sessionIds.length, 'scored session')}${trendLayout.sparkWidth < trend.sessionIds.length ? ` (last ${trendLayout.sparkWidth} drawn)` : ''}, oldest → newest (▁ 0 … █ 100, · not asked)`}</Paragraph>
							{trendLines.map(row => (
								<Sparkline key={row.label} row={row} labelWidth={trendLayout.labelWidth} width={trendLayout.sparkWidth} stacked={trendLayout.stacked} />
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

const MAX_SPARK = 30;

/**
 * How the trend fits `width`: label, sparkline and numbers on one line when every session can be
 * drawn beside a full label; otherwise each label on a line of its own above its sparkline, so
 * labels never run into the charts and narrow screens still draw every session they can.
 */
function layoutTrend(trend: Trend, width: number): {rows: TrendRow[]; labelWidth: number; sparkWidth: number; stacked: boolean} {
	if (trend.sessionIds.length === 0) return {rows: [], labelWidth: 0, sparkWidth: 0, stacked: false};
	const count = trend.sessionIds.length;
	const labelWidth = Math.max(...DIMENSION_IDS.map(id => DIMENSION_LABELS[id].length)) + 1;
	const numbersWidth = Math.max(...trendRows(trend, 1).map(row => columnsOf(row.numbers)));
	const wanted = Math.min(count, MAX_SPARK);
	// "  label  spark  numbers" versus "    spark  numbers" under the label.
	const beside = width - 2 - labelWidth - 2 - numbersWidth;
	const stacked = beside < wanted;
	const sparkWidth = Math.max(1, Math.min(wanted, stacked ? width - 4 - 2 - numbersWidth : beside));
	return {rows: trendRows(trend, sparkWidth), labelWidth, sparkWidth, stacked};
}
