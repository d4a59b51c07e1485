import type {CommandHandler} from './commands/types.js';
import {UsageError, writeLine, writeText} from './io.js';
import {dataDirFlag, extraScriptDirs, parseCount, parseFocus, parseLevel, parseSeed} from './options.js';
import {onTermination} from './signals.js';
import type {SavePolicy} from '../core/session/saving.js';

export const NEEDS_TTY_MESSAGE =
	'ai-pm-sim: the interview needs an interactive terminal. For pipes and scripts use `ai-pm-sim run` (a whole interview from an answers file) or `ai-pm-sim analyze` (one answer).';

/** `ai-pm-sim` with no command: the interactive interview. Ink and the UI are loaded only here. */
const handler: CommandHandler = async ({flags, io}) => {
	// Mistakes in the flags are reported first: they are wrong on a terminal too.
	const focus = parseFocus(flags.focus);
	if (flags.focus !== undefined && flags.script !== undefined) {
		throw new UsageError('give either --focus or --script, not both.');
	}
	const plan = {level: parseLevel(flags.level), count: parseCount(flags.count), seed: parseSeed(flags.seed)};
	if (flags.drill && (flags.focus !== undefined || flags.script !== undefined || flags.resume)) {
		throw new UsageError('--drill opens the evaluation drill; give it without --focus, --script or --resume.');
	}
	if (!io.stdin.isTTY || !io.stdout.isTTY) {
		writeLine(io.stderr, NEEDS_TTY_MESSAGE);
		return 2;
	}

	const stdin = io.stdin as NodeJS.ReadStream;
	const setRawMode = (on: boolean) => {
		if (typeof stdin.setRawMode === 'function') stdin.setRawMode(on);
	};
	const ui = import('../ui/interactive.js');
	// Straight to a question: what the interview needs (core, scripts, engine, history) loads
	// alongside Ink rather than after its first frame, so their file reads overlap.
	const servicesReady = import('../ui/create-services.js').then(({createServices}) => {
		const services = createServices({
			env: io.env,
			dataDir: dataDirFlag(flags.dataDir, io),
			extraDirs: extraScriptDirs(io, flags.questions),
			engineOptions: {offline: flags.offline, model: flags.model, baseUrl: flags.baseUrl},
			setRawMode,
			afterExternalEditor: () => void ui.then(({ENABLE_BRACKETED_PASTE}) => io.stdout.write(ENABLE_BRACKETED_PASTE)),
		});
		if (focus || flags.resume) services.warmUp();
		return services;
	});
	const [{render, App, startInterview, ErrorBoundary, KeypressProvider, lazyHistoryScreens, pickDrillFeature, randomFor}, services] = await Promise.all([ui, servicesReady]);
	const drill = flags.drill ? pickDrillFeature(randomFor(plan.seed)).id : undefined;

	if (flags.script !== undefined) {
		const {scripts} = await services.scripts();
		if (!scripts.some(s => s.id === flags.script)) {
			throw new UsageError(`no script "${flags.script}". See \`ai-pm-sim scripts\` for the list.`);
		}
	}
	// Straight to a question: the interview is planned before the first frame, so that frame is the
	// question (a frame of "Preparing…" first would hold the question back by Ink's frame interval).
	// If this fails, the app starts it again on screen and shows why.
	const straightTo = focus !== undefined || flags.script !== undefined || flags.resume;
	const started = straightTo ? await startInterview(services, {focus, scriptId: flags.script, resume: flags.resume}, plan).catch(() => undefined) : undefined;

	const plain = io.env['NO_COLOR'] !== undefined || (typeof (io.stdout as NodeJS.WriteStream).hasColors === 'function' && !(io.stdout as NodeJS.WriteStream).hasColors());
	let result: {code: number; message?: string; unsaved?: string} = {code: 0};
	// The running interview's saving policy, for the two ways out the app does not see coming.
	let policy: SavePolicy | null = null;
	const saveInterrupted = (): Promise<boolean | null> =>
		policy
			? policy.save({interruptedAt: new Date()}).then(
					() => true,
					() => false,
				)
			: Promise.resolve(null);
	const savedLine = (saved: boolean | null): string =>
		saved === null ? '' : saved ? ' The session was saved; continue it with `ai-pm-sim --resume`.' : ' The session could not be saved.';
	// Used by the start-up bench: memory when the home screen or the first question is up.
	const reportFirstFrame = io.env['AI_PM_SIM_REPORT_FIRST_FRAME'] === '1';
	// Keys typed while the first frame is being drawn belong to the app: in cooked mode the terminal
	// would echo them onto the screen before Ink switches to raw mode. Ink leaves raw mode on exit.
	setRawMode(true);
	const instance = render(
		<KeypressProvider>
			<ErrorBoundary
				onCrash={error => {
					void saveInterrupted().then(saved => {
						result = {code: 70, message: `ai-pm-sim: internal error while drawing the screen: ${error.message}.${savedLine(saved)}`};
						instance.unmount();
					});
				}}
			>
				<App
					services={services}
					screens={lazyHistoryScreens}
					initial={{focus, scriptId: flags.script, resume: flags.resume, drill}}
					plan={plan}
					started={started}
					plain={plain}
					maskKey={services.maskKey}
					onExit={r => {
						result = r;
					}}
					onSavePolicy={current => {
						policy = current;
					}}
					onFirstQuestion={reportFirstFrame ? () => writeLine(io.stderr, `first-question rss=${process.memoryUsage().rss}`) : undefined}
				/>
			</ErrorBoundary>
		</KeypressProvider>,
		{
			stdin,
			stdout: io.stdout as NodeJS.WriteStream,
			stderr: io.stderr as NodeJS.WriteStream,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	// A closed terminal (SIGHUP), `kill` (SIGTERM) or an interrupt from outside (SIGINT; Ctrl+C in
	// the app is a key, not a signal): save the draft too, then give the terminal back.
	const stopSignals = onTermination(async signal => {
		if (signal === 'SIGHUP') {
			// The terminal is gone: writing to it fails, and that must not stop the exit.
			io.stdout.on('error', () => undefined);
			io.stderr.on('error', () => undefined);
		}
		const saved = await saveInterrupted();
		instance.unmount();
		instance.cleanup();
		writeLine(io.stderr, `ai-pm-sim: stopped by ${signal}.${savedLine(saved)}`);
	});
	if (reportFirstFrame) {
		// The first frame has been written by now.
		writeLine(io.stderr, `first-frame rss=${process.memoryUsage().rss} uptime=${Math.round(process.uptime() * 1000)}`);
	}
	await instance.waitUntilExit();
	stopSignals();
	instance.cleanup();
	setRawMode(false);
	if (result.unsaved) writeText(io.stdout, result.unsaved);
	if (result.message) writeLine(io.stderr, result.message);
	return result.code;
};
export default handler;
