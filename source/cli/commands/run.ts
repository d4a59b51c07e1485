import {formatReplay} from '../../core/history/replay.js';
import {InterviewSession} from '../../core/interview/session.js';
import {createInterview, PlanError} from '../../core/interview/start.js';
import {toSessionRecord} from '../../core/session/to-record.js';
import {selectEngine} from '../../llm/select-engine.js';
import {openSessionStore} from '../../storage/sessions.js';
import {openSettings} from '../../storage/settings.js';
import {parseAnswers} from '../answers-file.js';
import {UsageError, writeJson, writeLine, writeText} from '../io.js';
import {dataDirFlag, outputWidth, parseFocus, readTextFile} from '../options.js';
import {loadAllScripts} from '../scripts.js';
import type {CommandHandler} from './types.js';

const run: CommandHandler = async ({flags, io}) => {
	const focus = parseFocus(flags.focus);
	if (!focus && !flags.script) throw new UsageError('give --focus F or --script ID. Example: ai-pm-sim run --focus evaluation --answers answers.txt');
	if (!flags.answers) throw new UsageError('--answers FILE is required (a JSON array, or answers separated by lines of ---).');
	if (flags.seed !== undefined && !Number.isInteger(flags.seed)) throw new UsageError('--seed takes a whole number, e.g. --seed 42.');
	const answers = parseAnswers(await readTextFile(io, flags.answers, 'answers file'), flags.answers);
	if (answers.length === 0) throw new UsageError(`${flags.answers}: no answers found.`);

	const {scripts} = await loadAllScripts(io, flags.questions);
	let state;
	try {
		state = createInterview({scripts, focus, scriptId: flags.script, seed: flags.seed});
	} catch (error) {
		if (error instanceof PlanError) throw new UsageError(error.message);
		throw error;
	}
	const settings = openSettings({dataDir: dataDirFlag(flags.dataDir, io), env: io.env});
	if (settings.notice) writeLine(io.stderr, `warning: ${settings.notice}`);
	const {engine} = await selectEngine({offline: flags.offline, model: flags.model, baseUrl: flags.baseUrl, env: io.env, settings: settings.get()});
	// Recorded as started: an engine that gives up (a rejected key) reports offline afterwards.
	const startedWith = engine.kind;
	const session = new InterviewSession({engine, state});
	for (const answer of answers) {
		if (session.state.phase === 'finished') break;
		if (answer === '/skip') session.skip();
		else await session.submit(answer);
	}
	if (session.state.phase !== 'finished') session.end('ended-early');
	await session.requestCoaching();

	const record = toSessionRecord(session.state, {engine: startedWith});
	if (flags.save) {
		try {
			await openSessionStore({dataDir: dataDirFlag(flags.dataDir, io), env: io.env}).save(record);
		} catch (error) {
			writeLine(io.stderr, `warning: the session was not saved: ${(error as Error).message}`);
		}
	}
	if (flags.json) writeJson(io.stdout, record);
	else writeText(io.stdout, formatReplay(record, outputWidth(io)));
	return 0;
};

export default run;
