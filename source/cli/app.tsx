import type {CommandHandler} from './commands/types.js';
import {UsageError, writeLine} from './io.js';
import {dataDirFlag, extraScriptDirs, parseFocus} from './options.js';

export const NEEDS_TTY_MESSAGE =
	'ai-pm-sim: the interview needs an interactive terminal. For pipes and scripts use `ai-pm-sim run` (a whole interview from an answers file) or `ai-pm-sim analyze` (one answer).';

/** `ai-pm-sim` with no command: the interactive interview. Ink and the UI are loaded only here. */
const handler: CommandHandler = async ({flags, io}) => {
	// Mistakes in the flags are reported first: they are wrong on a terminal too.
	const focus = parseFocus(flags.focus);
	if (flags.focus !== undefined && flags.script !== undefined) {
		throw new UsageError('give either --focus or --script, not both.');
	}
	if (!io.stdin.isTTY || !io.stdout.isTTY) {
		writeLine(io.stderr, NEEDS_TTY_MESSAGE);
		return 2;
	}

	const [{render}, {App}, {KeypressProvider, ENABLE_BRACKETED_PASTE}, {createServices}, {lazyHistoryScreens}] = await Promise.all([
		import('ink'),
		import('../ui/app.js'),
		import('../ui/keys/keypress-context.js'),
		import('../ui/create-services.js'),
		import('../ui/lazy-screens.js'),
	]);
	const stdin = io.stdin as NodeJS.ReadStream;
	const services = createServices({
		env: io.env,
		dataDir: dataDirFlag(flags.dataDir, io),
		extraDirs: extraScriptDirs(io, flags.questions),
		engineOptions: {offline: flags.offline, model: flags.model, baseUrl: flags.baseUrl},
		setRawMode: value => {
			if (typeof stdin.setRawMode === 'function') stdin.setRawMode(value);
		},
		afterExternalEditor: () => io.stdout.write(ENABLE_BRACKETED_PASTE),
	});

	// Straight to a question: the interview core and the scripts load while Ink draws its first frame.
	if (focus || flags.resume) {
		services.core().catch(() => undefined);
		services.scripts().catch(() => undefined);
	}
	if (flags.script !== undefined) {
		const {scripts} = await services.scripts();
		if (!scripts.some(s => s.id === flags.script)) {
			throw new UsageError(`no script "${flags.script}". See \`ai-pm-sim scripts\` for the list.`);
		}
	}

	const plain = io.env['NO_COLOR'] !== undefined || (typeof (io.stdout as NodeJS.WriteStream).hasColors === 'function' && !(io.stdout as NodeJS.WriteStream).hasColors());
	let result: {code: number; message?: string; unsaved?: string} = {code: 0};
	// Used by the start-up bench: memory when the home screen or the first question is up.
	const reportFirstFrame = io.env['AI_PM_SIM_REPORT_FIRST_FRAME'] === '1';
	const instance = render(
		<KeypressProvider>
			<App
				services={services}
				screens={lazyHistoryScreens}
				initial={{focus, scriptId: flags.script, resume: flags.resume}}
				plain={plain}
				maskKey={services.maskKey}
				onExit={r => {
					result = r;
				}}
				onFirstQuestion={reportFirstFrame ? () => writeLine(io.stderr, `first-question rss=${process.memoryUsage().rss}`) : undefined}
			/>
		</KeypressProvider>,
		{
			stdin,
			stdout: io.stdout as NodeJS.WriteStream,
			stderr: io.stderr as NodeJS.WriteStream,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	if (reportFirstFrame) {
		// The first frame has been written by now.
		writeLine(io.stderr, `first-frame rss=${process.memoryUsage().rss} uptime=${Math.round(process.uptime() * 1000)}`);
	}
	await instance.waitUntilExit();
	instance.cleanup();
	if (result.unsaved) io.stdout.write(result.unsaved);
	if (result.message) writeLine(io.stderr, result.message);
	return result.code;
};
export default handler;
