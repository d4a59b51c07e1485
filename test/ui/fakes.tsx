import {useKeypress} from '../../source/ui/keys/use-keypress.js';
import {Text} from 'ink';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import type {InterviewEngine} from '../../source/core/engine/types.js';
import {loadScripts} from '../../source/core/script/load.js';
import type {AnswerCard, Recap} from '../../source/core/recap/types.js';
import type {SessionRecord} from '../../source/core/session/record.js';
import type {Settings, SettingKey} from '../../source/storage/settings-types.js';
import type {SessionStore} from '../../source/storage/sessions.js';
import type {SettingsStore} from '../../source/storage/settings.js';
import type {HistoryScreens} from '../../source/ui/app.js';
import {loadCore, once, type Services} from '../../source/ui/services.js';

export function memorySettings(initial: Settings = {}): SettingsStore & {values: Settings} {
	const values: Settings = {...initial};
	return {
		values,
		get: () => ({...values}),
		set<K extends SettingKey>(key: K, value: Settings[K]) {
			values[key] = value;
		},
		unset(key: SettingKey) {
			delete values[key];
		},
		path: '(in memory)/settings.json',
		notice: null,
	};
}

export function memorySessions(options: {failSave?: boolean; records?: SessionRecord[]} = {}): SessionStore & {saved: SessionRecord[]} {
	const byId = new Map<string, SessionRecord>((options.records ?? []).map(r => [r.id, r]));
	const saved: SessionRecord[] = [];
	return {
		saved,
		dir: '(in memory)/sessions',
		async save(record) {
			if (options.failSave) throw new Error('disk full');
			saved.push(structuredClone(record));
			byId.set(record.id, structuredClone(record));
		},
		async load(id) {
			const record = id === 'latest' ? [...byId.values()].at(-1) : byId.get(id);
			if (!record) throw new Error(`no session ${id}`);
			return record;
		},
		async list() {
			return {sessions: [], damaged: [], warnings: []};
		},
		async latestIncomplete() {
			return [...byId.values()].reverse().find(r => !r.complete) ?? null;
		},
		async delete(id) {
			byId.delete(id);
			return id;
		},
		async clear() {
			const removed = byId.size;
			byId.clear();
			return {removed, skipped: []};
		},
	};
}

export function fakeServices(
	options: {settings?: SettingsStore; sessions?: SessionStore; engine?: InterviewEngine; edit?: (text: string) => Promise<string | null>} = {},
): Services {
	const settings = options.settings ?? memorySettings();
	const sessions = options.sessions ?? memorySessions();
	return {
		core: once(loadCore),
		scripts: once(async () => {
			const loaded = await loadScripts();
			return {scripts: loaded.scripts, notices: []};
		}),
		engine: async () => ({engine: options.engine ?? createOfflineEngine(), description: 'offline interviewer'}),
		settings: async () => settings,
		sessions: async () => sessions,
		editExternally: options.edit ?? (async () => null),
	};
}

/** Stand-ins for the history and replay screens (written elsewhere). */
export const fakeScreens: HistoryScreens = {
	HistoryScreen: ({onBack}) => {
		useKeypress((_i, key) => key.escape && onBack(), {isActive: true});
		return <Text>HISTORY SCREEN</Text>;
	},
	ReplayScreen: ({record, onBack}) => {
		useKeypress((_i, key) => key.escape && onBack(), {isActive: true});
		return <Text>{`REPLAY ${record.id} turns=${record.turns.length}`}</Text>;
	},
};

/** A small recap: one scored answer with a finding, one skipped follow-up, one action. */
export function sampleRecap(overrides: Partial<Recap> = {}, firstAnswer: Partial<AnswerCard> = {}): Recap {
	return {
		overall: 58,
		dimensions: {'generic-pm': 70, 'over-technical': null, 'no-eval-framework': 35, 'generic-ai-talk': null, 'skips-ethics': null, communication: 80},
		answers: [
			{
				turn: 0,
				question: 'How would you know the assistant works?',
				kind: 'question',
				score: 41,
				skipped: false,
				words: 120,
				pacing: 'short',
				weaknesses: [{id: 'no-eval-framework', confidence: 0.8, evidence: 'we would track NPS and DAU'}],
				missedTalkingPoints: ['an eval set from real data'],
				strongAnswer: 'Build an eval set of real requests.',
				...firstAnswer,
			},
			{turn: 1, question: 'And the follow-up?', kind: 'follow-up', score: null, skipped: true, words: 0, pacing: null, weaknesses: [], missedTalkingPoints: [], strongAnswer: null},
		],
		actions: [
			{
				dimension: 'no-eval-framework',
				title: 'Evaluation framework',
				strongPattern: 'Separate model evaluation from product evaluation.',
				evidence: ['we would track NPS and DAU'],
				example: {questionNumber: 1, question: 'How would you know the assistant works?', quote: 'we would track NPS and DAU', missedPoints: ['an eval set from real data']},
			},
		],
		questions: [
			{
				number: 1,
				question: 'How would you know the assistant works?',
				score: 41,
				exchanges: [
					{
						turn: 0,
						kind: 'question',
						question: 'How would you know the assistant works?',
						answer: 'We would track NPS and DAU after launch.',
						skipped: false,
						score: 41,
						words: 120,
						pacing: 'short',
					},
					{turn: 1, kind: 'follow-up', question: 'And the follow-up?', answer: '', skipped: true, score: null, words: 0, pacing: null},
				],
				weaknesses: [{id: 'no-eval-framework', label: 'Evaluation framework', quote: 'we would track NPS and DAU', turn: 0}],
				covered: [],
				coaching: {cover: ['an eval set from real data'], strongAnswer: 'Build an eval set of real requests.', coach: []},
			},
		],
		missedTalkingPoints: [],
		answered: 1,
		skipped: 1,
		...overrides,
	};
}
