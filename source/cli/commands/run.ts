import {formatReplay} from '../../core/history/replay.js';
import {InterviewSession} from '../../core/interview/session.js';
import {createInterview, PlanError} from '../../core/interview/start.js';
import {answerTooLong} from '../../core/session/limits.js';
import {SavePolicy} from '../../core/session/saving.js';
import {toSessionRecord} from '../../core/session/to-record.js';
import {selectEngine} from '../../llm/select-engine.js';
import {openSessionStore} from '../../storage/sessions.js';
import {openSettings} from '../../storage/settings.js';
import {parseAnswers} from '../answers-file.js';
import {UsageError, writeJson, writeLine, writeText} from '../io.js';
import {dataDirFlag, outputWidth, parseFocus, readTextFile} from '../options.js';
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
	if (flags.seed !== undefined && !Number.isInteger(flags.seed)) throw new UsageError('--seed takes a whole number, e.g. --seed 42.');
	const answers = parseAnswers(await readTextFile(io, flags.answers, 'answers file'), flags.answers);
	if (answers.length === 0) throw new UsageError(`${flags.answers}: no answers found.`);
	answers.forEach((answer, i) => {
		const problem = answerTooLong(answer);
		if (problem) throw new UsageError(`${flags.answers}: answer ${i + 1} ${problem}.`);
	});

	const {scripts} = await loadAllScripts(io, flags.questions);
	let state;
	try {
		state = createInterview({scripts, focus, scriptId: flags.script, seed: flags.seed});
	} catch (error) {
		if (error instanceof PlanError) throw new UsageError(error.message);
		throw error;
	}
	const dataDir = dataDirFlag(flags.dataDir, io);
	const settings = openSettings({dataDir, env: io.env});
	if (settings.notice) writeLine(io.stderr, `warning: ${settings.notice}`);
	const {engine} = await selectEngine({offline: flags.offline, model: flags.model, baseUrl: flags.baseUrl, env: io.env, settings: settings.get()});
	// Recorded as started: an engine that gives up (a rejected key) reports offline afterwards.
	const startedWith = engine.kind;
	const session = new InterviewSession({engine, state});
	// Saved as it goes, like the app: a signal or a failure part-way keeps every answer sent so far.
	const store = flags.save ? openSessionStore({dataDir, env: io.env}) : null;
	const policy = store ? new SavePolicy({session, engine: startedWith, target: async () => store}) : null;
	policy?.attach();
	const stopSignals = policy
		? onTermination(async signal => {
				await policy.save({interruptedAt: new Date()});
				writeLine(io.stderr, `ai-pm-sim: stopped by ${signal}; the session so far was saved as ${session.state.sessionId}.`);
			})
		: () => undefined;
	try {
		for (const answer of answers) {
			if (session.state.phase === 'finished') break;
			if (answer === '/skip') session.skip();
			else await session.submit(answer);
		}
		if (session.state.phase !== 'finished') session.end('ended-early');
		await session.requestCoaching();
	} catch (error) {
		// The interviewer failed beyond its offline fallback: keep what was answered, the open answer as the draft.
		const saved = policy ? await policy.save().then(() => ` The session so far was saved as ${session.state.sessionId}.`, () => ' The session could not be saved either.') : '';
		throw new UsageError(`the interview stopped: ${errorText(error)}.${saved}`, 1);
	} finally {
		policy?.detach();
		stopSignals();
	}
	await policy?.flush();

	const record = toSessionRecord(session.state, {engine: startedWith});
	if (flags.json) writeJson(io.stdout, record);
	else writeText(io.stdout, formatReplay(record, outputWidth(io)));
	if (policy?.lastError || (policy && !policy.saved)) {
		writeLine(io.stderr, `ai-pm-sim: the session was not saved: ${errorText(policy.lastError ?? 'nothing was written')}`);
		return 1;
	}
	return 0;
};

export default run;
