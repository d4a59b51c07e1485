import {formatReplay} from '../../core/history/replay.js';
import {COMMAND_NAMES, parseInput} from '../../core/interview/commands.js';
import {InterviewSession} from '../../core/interview/session.js';
import {createInterview, PlanError} from '../../core/interview/start.js';
import {recentQuestionIds} from '../../core/practice/recent.js';
import {answerTooLong} from '../../core/session/limits.js';
import {SavePolicy} from '../../core/session/saving.js';
import {toSessionRecord} from '../../core/session/to-record.js';
import {selectEngine} from '../../llm/select-engine.js';
import {openSessionStore} from '../../storage/sessions.js';
import {openSettings} from '../../storage/settings.js';
import {parseAnswers} from '../answers-file.js';
import {UsageError, writeJson, writeLine, writeText} from '../io.js';
import {dataDirFlag, outputWidth, parseCount, parseFocus, parseLevel, parseSeed, readTextFile} from '../options.js';
import {loadAllScripts} from '../scripts.js';
import {onTermination} from '../signals.js';
import type {CommandHandler} from './types.js';

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

const run: CommandHandler = async ({flags, io}) => {
	const focus = parseFocus(flags.focus);
	if (!focus && !flags.script) throw new UsageError('give --focus F or --script ID. Example: ai-pm-sim run --focus evaluation --answers answers.txt');
	if (!flags.answers) throw new UsageError('--answers FILE is required (a JSON array, or answers separated by lines of ---).');
	const seed = parseSeed(flags.seed);
	const level = parseLevel(flags.level);
	const count = parseCount(flags.count);
	const answers = parseAnswers(await readTextFile(io, flags.answers, 'answers file'), flags.answers);
	if (answers.length === 0) throw new UsageError(`${flags.answers}: no answers found.`);
	answers.forEach((answer, i) => {
		const problem = answerTooLong(answer);
		if (problem) throw new UsageError(`${flags.answers}: answer ${i + 1} ${problem}.`);
	});

	const {scripts} = await loadAllScripts(io, flags.questions);
	const dataDir = dataDirFlag(flags.dataDir, io);
	const store = openSessionStore({dataDir, env: io.env});
	// A seed alone decides the plan, so it can be replayed; otherwise recent questions come last.
	// --no-save leaves the data folder untouched, its history index included.
	const recent = seed === undefined && flags.save ? await recentQuestionIds(store) : [];
	let state;
	try {
		state = createInterview({scripts, focus, scriptId: flags.script, seed, level, count, recent});
	} catch (error) {
		if (error instanceof PlanError) throw new UsageError(error.message);
		throw error;
	}
	const settings = openSettings({dataDir, env: io.env});
	if (settings.notice) writeLine(io.stderr, `warning: ${settings.notice}`);
	const {engine} = await selectEngine({offline: flags.offline, model: flags.model, baseUrl: flags.baseUrl, env: io.env, settings: settings.get()});
	const session = new InterviewSession({engine, state});
	// Saved as it goes, like the app: a signal or a failure part-way keeps every answer sent so far.
	const policy = flags.save ? new SavePolicy({session, target: async () => store}) : null;
	policy?.attach();
	const stopSignals = policy
		? onTermination(async signal => {
				await policy.save({interruptedAt: new Date()});
				writeLine(io.stderr, `ai-pm-sim: stopped by ${signal}; the session so far was saved as ${session.state.sessionId}.`);
			})
		: () => undefined;
	try {
		for (const [i, answer] of answers.entries()) {
			if (session.state.phase === 'finished') break;
			const input = parseInput(answer);
			if (input.kind === 'answer') await session.submit(answer);
			else if (input.kind === 'unknown-command')
				writeLine(io.stderr, `warning: answer ${i + 1} is "${input.text}", which is not a command (${COMMAND_NAMES.join(' ')}); it was not scored.`);
			else if (input.command === 'skip') session.skip();
			else if (input.command === 'end') session.end('ended-early');
			// /hint and /help show something on screen; in a file they have nothing to show.
		}
		if (session.state.phase !== 'finished') session.end('ended-early');
		await session.requestCoaching();
	} catch (error) {
		// The interviewer failed beyond its offline fallback: keep what was answered, the open answer as the draft.
		const saved = policy
			? await policy.save().then(
					() => ` The session so far was saved as ${session.state.sessionId}.`,
					() => ' The session could not be saved either.',
				)
			: '';
		throw new UsageError(`the interview stopped: ${errorText(error)}.${saved}`, 1);
	} finally {
		policy?.detach();
		stopSignals();
	}
	await policy?.flush();

	const record = toSessionRecord(session.state);
	if (flags.json) writeJson(io.stdout, record);
	else writeText(io.stdout, formatReplay(record, outputWidth(io)));
	if (policy?.lastError || (policy && !policy.saved)) {
		writeLine(io.stderr, `ai-pm-sim: the session was not saved: ${errorText(policy.lastError ?? 'nothing was written')}`);
		return 1;
	}
	return 0;
};

export default run;
