import {Box} from 'ink';
import {useKeypress} from '../keys/use-keypress.js';
import {useSelection} from '../hooks/use-selection.js';
import {hintOf, KeyHints} from '../components/key-hints.js';
import {MENUS} from '../keys/bindings.js';
import {Menu, type MenuItem} from '../components/menu.js';
import {Paragraph} from '../components/paragraph.js';
import {Title} from '../components/title.js';

export type Resumable = {id: string; focusLabel: string; startedAt: string; answered: number};

export type HomeScreenProps = {
	isActive: boolean;
	/** The latest incomplete session, offered first when present. */
	resumable: Resumable | null;
	notice?: string | null;
	/** What to practise next, from history; offered as one key when present. */
	suggestion?: {label: string; reason: string} | null;
	onSuggestion?(): void;
	onDrill?(): void;
	onStart(): void;
	onResume(): void;
	onHistory(): void;
	onSettings(): void;
	onQuit(): void;
};

function when(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return date.toLocaleString(undefined, {month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'});
}

export function HomeScreen({isActive, resumable, notice, suggestion, onSuggestion, onDrill, onStart, onResume, onHistory, onSettings, onQuit}: HomeScreenProps) {
	const items: Array<MenuItem & {run(): void}> = [
		...(resumable
			? [
					{
						id: 'resume',
						shortcut: 'r',
						label: `Resume your ${resumable.focusLabel} session`,
						detail: `started ${when(resumable.startedAt)}, ${resumable.answered} answer${resumable.answered === 1 ? '' : 's'} so far`,
						run: onResume,
					},
				]
			: []),
		...(suggestion && onSuggestion ? [{id: 'practise', shortcut: 'p', label: suggestion.label, detail: suggestion.reason, run: onSuggestion}] : []),
		{id: 'start', shortcut: 'n', label: 'New interview', detail: 'pick a focus area and start', run: onStart},
		...(onDrill ? [{id: 'drill', shortcut: 'd', label: 'Evaluation drill', detail: 'three minutes: quality criteria, a test set, a bar for each', run: onDrill}] : []),
		{id: 'history', shortcut: 'h', label: 'History', detail: 'past sessions, scores over time, replays', run: onHistory},
		{id: 'settings', shortcut: 's', label: 'Settings', detail: 'default focus, interviewer engine, API key', run: onSettings},
		{id: 'quit', shortcut: 'q', label: 'Quit', run: onQuit},
	];
	const {selected, current, move} = useSelection(items.length);

	useKeypress(
		(input, key) => {
			if (MENUS.move.match(input, key)) return move(key.upArrow ? -1 : 1);
			if (MENUS.choose.match(input, key)) return items[current()]!.run();
			if (key.ctrl || key.meta) return;
			const item = items.find(i => i.shortcut === input);
			item?.run();
		},
		{isActive},
	);

	return (
		<Box flexDirection="column">
			<Title>Home</Title>
			<Paragraph>Practise AI product-manager interviews with an interviewer that listens and follows up.</Paragraph>
			<Box marginY={1}>
				<Menu items={items} selected={selected} />
			</Box>
			{notice ? (
				<Paragraph lead="! " hang={2}>
					{notice}
				</Paragraph>
			) : null}
			<KeyHints hints={[hintOf(MENUS.move), hintOf(MENUS.choose), [items.map(i => i.shortcut).join(' '), 'shortcuts']]} />
		</Box>
	);
}
