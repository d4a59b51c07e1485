import {checkDrill, drillRecapLines} from '../../core/drill/check.js';
import {DRILL_FEATURES, findDrillFeature, pickDrillFeature} from '../../core/drill/features.js';
import {randomFor} from '../../core/util/random.js';
import {UsageError, writeJson, writeLine} from '../io.js';
import {parseSeed, readAnswer} from '../options.js';
import type {CommandHandler} from './types.js';

/** The evaluation drill without the clock: check one written answer for one feature. */
const drill: CommandHandler = async ({flags, io}) => {
	const seed = parseSeed(flags.seed);
	const feature = flags.feature === undefined ? pickDrillFeature(randomFor(seed)) : findDrillFeature(flags.feature);
	if (!feature) throw new UsageError(`no drill feature "${flags.feature}". Features: ${DRILL_FEATURES.map(f => f.id).join(', ')}.`);
	if (flags.answer === undefined && flags.answerFile === undefined && io.stdin.isTTY) {
		// Nothing to check yet: show the task, so the answer can be written against it.
		writeLine(io.stdout, `${feature.name} (${feature.id})\n${feature.context}\nName about 3 quality criteria, a test set of about 50 real examples, and a threshold for each.`);
		return 0;
	}
	const answer = await readAnswer(flags, io);
	const result = checkDrill(answer, feature, null);
	if (flags.json) writeJson(io.stdout, {feature, result});
	else writeLine(io.stdout, drillRecapLines(result, feature).join('\n'));
	return 0;
};

export default drill;
