import {analyzeAnswer} from '../../core/analyzer/index.js';
import type {AnalyzeInput} from '../../core/analyzer/types.js';
import type {Script} from '../../core/script/schema.js';
import {writeJson, writeLine, UsageError} from '../io.js';
import {formatAnalysis} from '../format.js';
import {parseFocus, readAnswer} from '../options.js';
import {loadAllScripts} from '../scripts.js';
import type {CommandHandler} from './types.js';

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A bank question asked verbatim brings its probes (added to what its wording invites) and talking points along. */
function bankQuestion(scripts: Script[], text: string) {
	const wanted = normalise(text);
	return scripts.flatMap(s => s.questions).find(q => normalise(q.text) === wanted);
}

const analyze: CommandHandler = async ({flags, io}) => {
	const focus = parseFocus(flags.focus);
	if (!focus) throw new UsageError('--focus is required. Example: ai-pm-sim analyze --focus evaluation --question "..." < answer.txt');
	if (!flags.question?.trim()) throw new UsageError('--question "TEXT" is required.');
	const answer = await readAnswer(flags, io);

	const {scripts} = await loadAllScripts(io, flags.questions);
	const known = bankQuestion(scripts, flags.question);
	const input: AnalyzeInput = {focus, question: flags.question, answer, ...(known ? {scriptProbes: known.probes, talkingPoints: known.talkingPoints} : {})};
	const analysis = analyzeAnswer(input);
	if (flags.json) writeJson(io.stdout, analysis);
	else writeLine(io.stdout, formatAnalysis(analysis));
	return 0;
};

export default analyze;
