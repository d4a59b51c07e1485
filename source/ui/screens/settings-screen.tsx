import {useState} from 'react';
import {Box} from 'ink';
import {Text} from '../components/text.js';
import {FOCUS_AREAS, FOCUS_IDS} from '../../core/taxonomy/index.js';
import type {Settings, SettingKey} from '../../storage/settings-types.js';
import type {SettingsStore} from '../../storage/settings.js';
import {maskUrl} from '../../storage/setting-values.js';
import {useKeypress} from '../keys/use-keypress.js';
import {useSelection} from '../hooks/use-selection.js';
import {KeyHints} from '../components/key-hints.js';
import {LineInput} from '../components/line-input.js';
import {Paragraph} from '../components/paragraph.js';
import {Title} from '../components/title.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useColor} from '../plain.js';
import {clip} from '../../core/util/wrap.js';

export type SettingsScreenProps = {
	store: SettingsStore;
	isActive: boolean;
	/** Never shows a key in full. */
	maskKey(key: string | undefined): string;
	onBack(): void;
};

type Field =
	| {key: 'defaultFocus' | 'engine'; label: string; kind: 'choice'; choices: Array<string | undefined>; describe(value: string | undefined): string}
	| {key: 'model' | 'apiKey' | 'baseUrl'; label: string; kind: 'text'; secret?: boolean; placeholder: string};

const ENGINE_WORDS: Record<string, string> = {
	auto: 'auto (LLM when an API key is set, else offline)',
	offline: 'offline (built-in interviewer, no network)',
	llm: 'llm (always use the LLM; needs an API key)',
};

const FIELDS: Field[] = [
	{
		key: 'defaultFocus',
		label: 'Default focus',
		kind: 'choice',
		choices: [undefined, ...FOCUS_IDS],
		describe: v => (v ? (FOCUS_AREAS[v as keyof typeof FOCUS_AREAS]?.label ?? v) : '(ask each time)'),
	},
	{key: 'engine', label: 'Interviewer', kind: 'choice', choices: ['auto', 'offline', 'llm'], describe: v => ENGINE_WORDS[v ?? 'auto'] ?? String(v)},
	{key: 'model', label: 'Model', kind: 'text', placeholder: 'e.g. gpt-4o-mini'},
	{key: 'apiKey', label: 'API key', kind: 'text', secret: true, placeholder: 'paste the key; it is stored in your settings file, mode 600'},
	{key: 'baseUrl', label: 'Base URL', kind: 'text', placeholder: 'OpenAI-compatible endpoint, e.g. http://localhost:11434/v1'},
];

export function SettingsScreen({store, isActive, maskKey, onBack}: SettingsScreenProps) {
	const [settings, setSettings] = useState<Settings>(() => store.get());
	const {selected, current, move} = useSelection(FIELDS.length);
	const [editing, setEditing] = useState(false);
	const [message, setMessage] = useState<string | null>(store.notice);
	// Keys handled in the same tick as a move must see the row it moved to.
	const fieldNow = () => FIELDS[current()]!;
	const labelWidth = Math.max(...FIELDS.map(f => f.label.length));
	const {columns} = useTerminalSize();
	const highlight = useColor('cyan');
	// "▸ " + label + two spaces before the value; the value wraps under itself.
	const valueWidth = Math.max(10, columns - labelWidth - 4);

	const save = (key: SettingKey, value: string | undefined) => {
		try {
			if (value === undefined || value === '') store.unset(key);
			else store.set(key, value as never);
			setSettings(store.get());
			setMessage(key === 'apiKey' ? (value ? '✓ API key saved.' : '✓ API key removed.') : '✓ Saved.');
		} catch (error) {
			setMessage(`✗ ${(error as Error).message}`);
		}
	};

	const cycle = (delta: number) => {
		const target = fieldNow();
		if (target.kind !== 'choice') return;
		const index = target.choices.indexOf(store.get()[target.key] ?? (target.key === 'engine' ? 'auto' : undefined));
		save(target.key, target.choices[(index + delta + target.choices.length) % target.choices.length]);
	};

	useKeypress(
		(input, key) => {
			if (key.escape || input === 'q') return onBack();
			if (key.upArrow) return move(-1);
			if (key.downArrow || key.tab) return move(1);
			if (key.leftArrow) return cycle(-1);
			if (key.rightArrow) return cycle(1);
			if (key.return || input === ' ') {
				if (fieldNow().kind === 'choice') return cycle(1);
				setMessage(null);
				return setEditing(true);
			}
			if (key.delete || input === 'd') save(fieldNow().key, undefined);
		},
		{isActive: isActive && !editing},
	);

	const valueOf = (f: Field): string => {
		if (f.kind === 'choice') return `‹ ${f.describe(settings[f.key])} ›`;
		const value = settings[f.key];
		if (f.secret) return value ? maskKey(value) : '(not set)';
		// Credentials inside a URL are as secret as a key.
		if (f.key === 'baseUrl' && value) return maskUrl(value);
		return value || '(default)';
	};

	return (
		<Box flexDirection="column">
			<Title detail={store.path}>Settings</Title>
			{FIELDS.map((f, i) => {
				const active = i === selected;
				return (
					<Box key={f.key}>
						<Box flexShrink={0}>
							<Text color={active ? highlight : undefined} bold={active}>
								{`${active ? '▸' : ' '} ${f.label.padEnd(labelWidth)}  `}
							</Text>
						</Box>
						{active && editing && f.kind === 'text' ? (
							<LineInput
								isActive={isActive}
								initialValue={f.secret ? '' : (settings[f.key] ?? '')}
								mask={f.secret}
								placeholder={clip(f.placeholder, valueWidth - 1)}
								onSubmit={value => {
									setEditing(false);
									if (f.secret && value === '') return setMessage('API key unchanged.');
									save(f.key, value);
								}}
								onCancel={() => {
									setEditing(false);
									setMessage(null);
								}}
							/>
						) : (
							<Paragraph width={valueWidth}>{valueOf(f)}</Paragraph>
						)}
					</Box>
				);
			})}
			<Box marginTop={1} flexDirection="column">
				{message ? <Paragraph>{message}</Paragraph> : null}
				<KeyHints
					hints={
						editing
							? [
									['Enter', 'save'],
									['Esc', 'cancel'],
									['Ctrl+U', 'clear'],
								]
							: [
									['↑↓', 'move'],
									['←→', 'change'],
									['Enter', 'edit'],
									['d', 'reset'],
									['Esc', 'back'],
								]
					}
				/>
			</Box>
		</Box>
	);
}
