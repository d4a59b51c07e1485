import {Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {ComponentType, ReactNode} from 'react';
import {Box, useApp} from 'ink';
import {Text} from './components/text.js';
import type {InterviewState} from '../core/interview/types.js';
import type {SessionRecord} from '../core/session/record.js';
import type {SavePolicy} from '../core/session/saving.js';
import {FOCUS_AREAS, type FocusId} from '../core/taxonomy/index.js';
import type {SettingsStore} from '../storage/settings.js';
import {PRIORITY, useHoldKeys, useKeypress} from './keys/use-keypress.js';
import {ANSWERING} from './keys/bindings.js';
import {initialNav, interviewNav, navigate} from './navigation.js';
import {startInterview, type PlanChoice, type StartedInterview} from './start-interview.js';
import type {Core, Services} from './services.js';
import {transcriptText} from './transcript.js';
import {PlainContext} from './plain.js';
import {useInterviewState} from './hooks/use-interview-state.js';
import {HomeScreen, type Resumable} from './screens/home-screen.js';
import {FocusScreen} from './screens/focus-screen.js';
import {InterviewScreen} from './screens/interview-screen.js';
import {RecapScreen, type CoachStatus} from './screens/recap-screen.js';
import {SettingsScreen} from './screens/settings-screen.js';
import {DrillScreen} from './screens/drill-screen.js';
import {NextPractice} from './components/next-practice.js';
import {findDrillFeature, pickDrillFeature} from '../core/drill/features.js';
import {recommendPractice, type Recommendation} from '../core/practice/recommend.js';
import {randomFor} from '../core/util/random.js';
import {KeyHints} from './components/key-hints.js';
import {Spinner} from './components/spinner.js';

type Session = InstanceType<Core['InterviewSession']>;
/** A running interview; `description` is the header's line until the engine describes itself. */
type Active = {session: Session; core: Core; description: string};

/** How the app ended: the exit code, a line for stderr, and text to print if saving failed. */
export type ExitResult = {code: number; message?: string; unsaved?: string};

export type HistoryScreenProps = {store: Awaited<ReturnType<Services['sessions']>>; onReplay(id: string): void; onResume(record: SessionRecord): void; onBack(): void};
export type ReplayScreenProps = {record: SessionRecord; onBack(): void};

/** History and replay screens, mounted by the app (lazy-loaded by the CLI). */
export type HistoryScreens = {
	HistoryScreen: ComponentType<HistoryScreenProps>;
	ReplayScreen: ComponentType<ReplayScreenProps>;
};

export type AppProps = {
	services: Services;
	screens: HistoryScreens;
	initial?: {focus?: FocusId; scriptId?: string; resume?: boolean; drill?: string};
	/** From the command line: applies to every interview started in this run. */
	plan?: PlanChoice;
	/** An interview the CLI already started (straight to a question): the first frame shows it. */
	started?: StartedInterview;
	/** No colour: marks and words only. */
	plain?: boolean;
	onExit(result: ExitResult): void;
	/** For tests: a clock that does not tick. */
	clock?: {now(): number; tickMs: number | null};
	maskKey?(key: string | undefined): string;
	/** The saving policy of the running interview (null when none), so signals can save it too. */
	onSavePolicy?(policy: SavePolicy | null): void;
	/** Called once, after the first question has been drawn (the start-up bench reports memory then). */
	onFirstQuestion?(): void;
};

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function resumableOf(record: SessionRecord): Resumable {
	return {id: record.id, focusLabel: FOCUS_AREAS[record.focus]?.label ?? record.focus, startedAt: record.startedAt, answered: record.turns.filter(t => !t.skipped).length};
}

const REMEMBER_FOCUS_AFTER_MS = 300;

function skippedFilesNote(notices: string[]): string | null {
	return notices.length > 0 ? `Some question files were skipped: ${notices.join('; ')}` : null;
}

export function App({
	services,
	screens,
	initial = {},
	plan = {},
	started,
	plain = false,
	onExit,
	clock,
	maskKey = k => (k ? '…' : '(not set)'),
	onSavePolicy,
	onFirstQuestion,
}: AppProps) {
	const {exit} = useApp();
	const [nav, dispatch] = useReducer(navigate, initial, options => (started ? interviewNav() : initialNav(options)));
	const [active, setActive] = useState<Active | null>(started ? {session: started.session, core: started.core, description: started.description} : null);
	const [settings, setSettings] = useState<SettingsStore | null>(null);
	const [resumable, setResumable] = useState<Resumable | null>(null);
	const [saveNote, setSaveNote] = useState<string | null>(started ? skippedFilesNote(started.notices) : null);
	const [quitArmed, setQuitArmed] = useState(false);
	const [replay, setReplay] = useState<SessionRecord | null>(null);
	const [fatal, setFatal] = useState<string | null>(null);
	const [recommendation, setRecommendation] = useState<Recommendation | null>(null);
	const drillRandom = useMemo(() => randomFor(plan.seed), [plan.seed]);
	const draftRef = useRef(started?.draft ?? '');
	const resumeRecord = useRef<SessionRecord | null>(null);
	/** The focus of an interview being started, saved as the last used once its question is up. */
	const rememberFocus = useRef<FocusId | null>(started && !initial.resume ? (initial.focus ?? null) : null);
	const exiting = useRef(false);
	/** Sessions whose recap already started coaching by itself (not again after a replay). */
	const autoCoached = useRef(new WeakSet<Session>());
	const screen = nav.screen;

	const finish = useCallback(
		(result: ExitResult) => {
			if (exiting.current) return;
			exiting.current = true;
			onExit(result);
			exit();
		},
		[exit, onExit],
	);

	// Settings are read after the first frame, and not before the first question: nothing on the
	// home screen waits for them, and starting an interview reads only what it needs.
	const settingsWanted = screen.name === 'home' || screen.name === 'focus' || screen.name === 'settings';
	useEffect(() => {
		if (settingsWanted) services.settings().then(setSettings, () => undefined);
	}, [services, settingsWanted]);

	useEffect(() => {
		if (screen.name !== 'home') return;
		let live = true;
		services
			.sessions()
			.then(store => store.latestIncomplete())
			.then(record => live && setResumable(record ? resumableOf(record) : null))
			.catch(() => live && setResumable(null));
		return () => {
			live = false;
		};
	}, [screen.name, services]);

	// What to practise next, from history: offered on the home screen and under the recap.
	useEffect(() => {
		if (screen.name !== 'home' && screen.name !== 'recap') return;
		let live = true;
		services
			.sessions()
			.then(store => store.list())
			.then(({sessions}) => live && setRecommendation(recommendPractice(sessions)))
			.catch(() => live && setRecommendation(null));
		return () => {
			live = false;
		};
	}, [screen.name, services]);

	const practise = useCallback(
		(choice: Recommendation) => {
			if (choice.action.kind === 'drill') dispatch({type: 'drill', featureId: pickDrillFeature(drillRandom).id});
			else dispatch({type: 'start', focus: choice.action.focus});
		},
		[drillRandom],
	);

	// Starting (or resuming) an interview: load the core, the scripts and the engine.
	useEffect(() => {
		if (screen.name !== 'starting') return;
		let live = true;
		(async () => {
			const record = resumeRecord.current;
			resumeRecord.current = null;
			const {session, core, description, draft, notices} = await startInterview(services, {...screen, record}, plan);
			if (!live) return;
			draftRef.current = draft;
			setSaveNote(skippedFilesNote(notices));
			setActive({session, core, description});
			if (!screen.resume && screen.focus) rememberFocus.current = screen.focus;
			dispatch({type: 'interview-ready'});
			if (session.state.phase === 'finished') dispatch({type: 'interview-finished'});
		})().catch(error => {
			if (live) dispatch({type: 'start-failed', message: `Could not start: ${errorText(error)}`});
		});
		return () => {
			live = false;
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [screen]);

	const draftNow = useCallback((state: InterviewState) => (state.phase === 'answering' ? draftRef.current : (state.pendingAnswer ?? draftRef.current)), []);

	// The core's saving policy decides when to write (answer sent, every turn, new question, end,
	// coaching); the app only reports how it went. The CLI gets the policy for saving on signals.
	const [policy, setPolicy] = useState<SavePolicy | null>(null);
	useEffect(() => {
		if (!active) return;
		const {session, core} = active;
		const created = new core.SavePolicy({
			session,
			target: services.sessions,
			draft: () => draftNow(session.state),
			onSaved: state => setSaveNote(state.coaching ? `✓ Saved with the coaching as ${state.sessionId}` : `✓ Saved as ${state.sessionId}`),
			onFailed: (error, state) =>
				setSaveNote(
					state.coaching
						? `✗ Could not save the coaching (${errorText(error)}); it is on screen.`
						: `✗ Could not save this session (${errorText(error)}); your answers are kept on screen.`,
				),
		});
		const detach = created.attach();
		setPolicy(created);
		onSavePolicy?.(created);
		const stop = session.subscribe(state => {
			if (state.phase === 'finished') dispatch({type: 'interview-finished'});
		});
		return () => {
			detach();
			stop();
			onSavePolicy?.(null);
		};
	}, [active, services, draftNow, onSavePolicy]);

	const quitInterview = useCallback(async () => {
		if (!active || !policy) return finish({code: 130});
		const state = active.session.state;
		const draft = draftNow(state);
		active.session.cancel();
		setQuitArmed(false);
		try {
			await policy.save({draft, interruptedAt: new Date()});
			finish({code: 130, message: 'Saved. Continue later with `ai-pm-sim --resume`.'});
		} catch (error) {
			let recap = null;
			try {
				recap = state.turns.length > 0 ? active.core.buildRecap(state) : null;
			} catch {
				// the transcript alone is enough
			}
			finish({code: 130, message: `Could not save the session (${errorText(error)}).`, unsaved: transcriptText(state, draft, recap)});
		}
	}, [active, policy, finish, draftNow]);

	const questionShown = useRef(false);
	useEffect(() => {
		if (screen.name !== 'interview') return;
		if (!questionShown.current) onFirstQuestion?.();
		questionShown.current = true;
		const focus = rememberFocus.current;
		if (!focus) return;
		rememberFocus.current = null;
		// Remembering the focus is a convenience: done once the question is on screen (opening the
		// settings store takes a while), and never blocking the interview.
		setTimeout(() => {
			services.settings().then(
				store => {
					try {
						store.set('lastFocus', focus);
					} catch {
						// read-only settings: fine
					}
				},
				() => undefined,
			);
		}, REMEMBER_FOCUS_AFTER_MS);
	}, [screen.name, onFirstQuestion, services]);

	const inInterview = screen.name === 'interview' && active !== null && active.session.state.phase !== 'finished';

	useKeypress(
		(input, key) => {
			if (ANSWERING.quit.match(input, key)) {
				if (!inInterview) finish({code: 0});
				else if (quitArmed) void quitInterview();
				else setQuitArmed(true);
				return true;
			}
			if (quitArmed) setQuitArmed(false);
		},
		{isActive: true, priority: PRIORITY.app},
	);
	// Keys typed while a screen loads are for that screen ("n2Hello": the answer goes to the editor).
	useHoldKeys(screen.name === 'starting' || (screen.name === 'settings' && !settings) || (screen.name === 'replay' && !replay));

	const openReplay = useCallback(
		async (id: string) => {
			try {
				const record = await (await services.sessions()).load(id);
				setReplay(record);
				dispatch({type: 'replay', sessionId: id});
			} catch (error) {
				setFatal(`Could not open that session: ${errorText(error)}`);
			}
		},
		[services],
	);

	const editExternally = useCallback((text: string) => services.editExternally(text), [services]);

	const {HistoryScreen, ReplayScreen} = screens;
	let body: ReactNode;
	switch (screen.name) {
		case 'home':
			body = (
				<HomeScreen
					isActive
					resumable={resumable}
					notice={nav.notice ?? fatal}
					suggestion={recommendation}
					onSuggestion={() => recommendation && practise(recommendation)}
					onDrill={() => dispatch({type: 'drill', featureId: pickDrillFeature(drillRandom).id})}
					onStart={() => dispatch({type: 'pick-focus'})}
					onResume={() => dispatch({type: 'resume'})}
					onHistory={() => dispatch({type: 'history'})}
					onSettings={() => dispatch({type: 'settings'})}
					onQuit={() => finish({code: 0})}
				/>
			);
			break;
		case 'focus': {
			const s = settings?.get();
			body = (
				<FocusScreen
					key={settings ? 'settings' : 'no-settings'}
					isActive
					defaultFocus={s?.defaultFocus}
					lastFocus={s?.lastFocus}
					onPick={focus => dispatch({type: 'start', focus})}
					onBack={() => dispatch({type: 'back'})}
				/>
			);
			break;
		}
		case 'starting':
			body = (
				<Box flexDirection="column">
					<Text>
						<Spinner plain={plain} />
						{screen.resume ? ' Picking up where you left off…' : ' Preparing your interview…'}
					</Text>
					<KeyHints hints={[['Ctrl+C', 'quit']]} />
				</Box>
			);
			break;
		case 'interview':
			body = active ? (
				<InterviewScreen
					session={active.session}
					isActive
					engineDescription={active.description}
					draftRef={draftRef}
					plain={plain}
					banner={quitArmed ? 'Press Ctrl+C again to quit (your answer so far will be saved).' : null}
					onExternalEdit={editExternally}
					clock={clock}
				/>
			) : null;
			break;
		case 'recap':
			body = active ? (
				<>
					<RecapContainer
						active={active}
						saveNote={saveNote}
						plain={plain}
						takeAutoStart={() => {
							if (autoCoached.current.has(active.session)) return false;
							autoCoached.current.add(active.session);
							return true;
						}}
						onReplay={() => {
							setReplay(active.core.toSessionRecord(active.session.state));
							dispatch({type: 'replay', sessionId: active.session.state.sessionId});
						}}
						onHome={() => {
							setActive(null);
							dispatch({type: 'home'});
						}}
						onQuit={() => finish({code: 0})}
					/>
					<NextPractice recommendation={recommendation} />
				</>
			) : null;
			break;
		case 'drill': {
			const feature = findDrillFeature(screen.featureId) ?? pickDrillFeature(drillRandom);
			body = (
				<DrillScreen
					key={feature.id}
					isActive
					feature={feature}
					plain={plain}
					clock={clock}
					onAgain={() => dispatch({type: 'drill', featureId: pickDrillFeature(drillRandom, feature.id).id})}
					onHome={() => dispatch({type: 'home'})}
				/>
			);
			break;
		}
		case 'history':
			body = (
				<Suspense fallback={<Loading what="history" />}>
					<HistoryLoader
						services={services}
						onReplay={id => void openReplay(id)}
						onResume={record => {
							resumeRecord.current = record;
							dispatch({type: 'resume'});
						}}
						onBack={() => dispatch({type: 'back'})}
						HistoryScreen={HistoryScreen}
					/>
				</Suspense>
			);
			break;
		case 'replay':
			body = replay ? (
				<Suspense fallback={<Loading what="replay" />}>
					<ReplayScreen record={replay} onBack={() => dispatch({type: 'back'})} />
				</Suspense>
			) : null;
			break;
		case 'settings':
			body = settings ? <SettingsScreen store={settings} isActive maskKey={maskKey} onBack={() => dispatch({type: 'back'})} /> : <Text>Loading settings…</Text>;
			break;
	}
	return (
		<PlainContext.Provider value={plain}>
			<Box flexDirection="column">{body}</Box>
		</PlainContext.Provider>
	);
}

/** One request for coaching: where its text starts and ends in the session's stream. */
type CoachAttempt = {from: number; to: number | null; cut: boolean};

type RecapContainerProps = {
	active: Active;
	saveNote: string | null;
	plain: boolean;
	/** True the first time the recap of this session opens: coaching then starts by itself. */
	takeAutoStart(): boolean;
	onReplay(): void;
	onHome(): void;
	onQuit(): void;
};

function RecapContainer({active, saveNote, plain, takeAutoStart, onReplay, onHome, onQuit}: RecapContainerProps) {
	const {session} = active;
	const state = useInterviewState(session);
	const recap = useMemo(() => active.core.buildRecap(state), [active, state]);
	const [attempts, setAttempts] = useState<CoachAttempt[]>([]);
	const [status, setStatus] = useState<CoachStatus | null>(null);
	const [notice, setNotice] = useState<string | null>(null);
	const controller = useRef<AbortController | null>(null);
	// Only the LLM writes coaching; after a rejected key the engine reports itself offline.
	const canCoach = typeof session.engine.coach === 'function' && session.engine.kind === 'llm' && !state.coaching;

	const startCoaching = () => {
		if (controller.current || session.state.coaching) return;
		const own = new AbortController();
		controller.current = own;
		setAttempts(list => [...list, {from: session.state.coachingStream.length, to: null, cut: false}]);
		setStatus('writing');
		setNotice(null);
		const end = (next: CoachStatus, message: string | null) => {
			if (controller.current !== own) return; // left the screen: nothing to show
			controller.current = null;
			const to = session.state.coachingStream.length;
			setAttempts(list => list.map((attempt, i) => (i === list.length - 1 ? {...attempt, to, cut: next !== 'done'} : attempt)));
			setStatus(next);
			setNotice(message);
		};
		const again = session.engine.kind === 'llm' ? ' Press c to try again.' : '';
		session.requestCoaching(own.signal).then(
			reason => {
				if (session.state.coaching) {
					// The saving policy writes the session again with the coaching.
					end('done', null);
				} else if (own.signal.aborted) {
					end('stopped', 'Coaching stopped. Press c to ask the coach again.');
				} else if (session.engine.kind !== 'llm') {
					end('failed', '✗ No coaching: the LLM is off for this session (the API key was rejected).');
				} else {
					// The engine's notice says why, e.g. "LLM unavailable (timed out); this turn was handled offline."
					end('failed', `✗ No coaching: ${(reason ?? 'the LLM did not answer').replace(/;.*$/, '').replace(/\.$/, '')}.${again}`);
				}
			},
			(error: unknown) =>
				own.signal.aborted ? end('stopped', 'Coaching stopped. Press c to ask the coach again.') : end('failed', `✗ Coaching failed: ${errorText(error)}.${again}`),
		);
	};

	useEffect(() => {
		if (canCoach && takeAutoStart()) startCoaching();
		return () => {
			const running = controller.current;
			controller.current = null;
			running?.abort();
		};
		// Once per visit of the screen.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	// What the coach wrote on this visit. A finished attempt ends its last line so it is printed;
	// a paragraph cut off by Esc or a failure ends in "…".
	const text = attempts
		.map(({from, to, cut}) => {
			const part = state.coachingStream.slice(from, to ?? undefined);
			if (to === null || part === '' || part.endsWith('\n')) return part;
			return cut ? `${part.trimEnd()}…\n` : `${part}\n`;
		})
		.join('');
	const writing = status === 'writing';
	return (
		<RecapScreen
			recap={recap}
			focusLabel={FOCUS_AREAS[state.focus]?.label ?? state.focus}
			isActive
			endedEarly={state.endReason !== 'completed'}
			saveNote={saveNote}
			coach={status ? {status, text, notice} : null}
			plain={plain}
			onReplay={onReplay}
			onHome={onHome}
			onQuit={onQuit}
			onCoach={canCoach && !writing ? startCoaching : undefined}
			onStopCoach={writing ? () => controller.current?.abort() : undefined}
		/>
	);
}

type HistoryProps = HistoryScreenProps;

/** Opens the session store, then shows the history screen. */
function HistoryLoader({services, HistoryScreen: Screen, ...props}: Omit<HistoryProps, 'store'> & {services: Services; HistoryScreen: ComponentType<HistoryProps>}) {
	const [store, setStore] = useState<HistoryProps['store'] | null>(null);
	const [error, setError] = useState<string | null>(null);
	useEffect(() => {
		services.sessions().then(setStore, e => setError(errorText(e)));
	}, [services]);
	if (error) return <Text>{`✗ Could not open your sessions: ${error}`}</Text>;
	if (!store) return <Loading what="history" />;
	return <Screen store={store} {...props} />;
}

/** A screen on its way: keys typed meanwhile wait for it. */
function Loading({what}: {what: string}) {
	useHoldKeys(true);
	return <Text>{`Loading ${what}…`}</Text>;
}
