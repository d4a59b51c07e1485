// Measures the offline analyzer against the labelled answer fixtures.
//   npm run eval              tables for dev, holdout and both combined
//   npm run eval -- --verbose also lists misclassified dev answers (never holdout ones)
// Exits 1 when the combined set misses the targets in TARGETS.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {evaluate, formatReport, loadFixtures, meetsTargets, TARGETS, type LabelledAnswer} from '../source/core/analyzer/evaluate.js';

const root = fileURLToPath(new URL('../test/fixtures/answers/', import.meta.url));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

async function load(name: string): Promise<LabelledAnswer[]> {
	const path = `${root}${name}.yaml`;
	if (!existsSync(path)) {
		console.log(`${name}: no fixture file yet`);
		return [];
	}
	return loadFixtures(path);
}

const dev = await load('dev');
const holdout = await load('holdout');

const devReport = evaluate('dev', dev);
console.log(formatReport(devReport));
if (verbose) {
	for (const m of devReport.misclassified) console.log(`    ${m.id}: expected [${m.expected.join(', ')}] got [${m.predicted.join(', ')}]`);
}
if (holdout.length) console.log(`\n${formatReport(evaluate('holdout', holdout))}`);
const combined = evaluate('combined', [...dev, ...holdout]);
console.log(`\n${formatReport(combined)}`);

const ok = meetsTargets(combined);
console.log(`\ntargets: macro-F1 >= ${TARGETS.macroF1}, strong flagged <= ${TARGETS.strongFlaggedShare * 100}%  ->  ${ok ? 'met' : 'MISSED'}`);
process.exitCode = ok ? 0 : 1;
