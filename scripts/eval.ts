// Measures the offline analyzer against the labelled answer fixtures.
//   npm run eval              one table per set present (dev, fresh, holdout, blind) and all of them combined
//   npm run eval -- --verbose also lists misclassified answers of the sets used for tuning (dev, fresh);
//                             holdout and blind stay aggregate-only so they remain honest checks
// Exits 1 when any set present, or the combined set, misses the targets in TARGETS.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {followUpQualitySummary} from '../source/core/engine/quality.js';
import {evaluate, formatReport, loadFixtures, meetsTargets, TARGETS, type LabelledAnswer} from '../source/core/analyzer/evaluate.js';

const root = fileURLToPath(new URL('../test/fixtures/answers/', import.meta.url));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

/** In this order; only the tuning sets may have their items listed. */
const SETS = [
	{name: 'dev', listItems: true},
	{name: 'fresh', listItems: true},
	{name: 'holdout', listItems: false},
	{name: 'blind', listItems: false},
] as const;

const all: LabelledAnswer[] = [];
const verdicts: Array<{name: string; ok: boolean}> = [];

for (const set of SETS) {
	const path = `${root}${set.name}.yaml`;
	if (!existsSync(path)) {
		console.log(`${set.name}: no fixture file`);
		continue;
	}
	const items = await loadFixtures(path);
	all.push(...items);
	const report = evaluate(set.name, items);
	console.log(`${formatReport(report)}\n`);
	if (verbose && set.listItems) {
		for (const m of report.misclassified) console.log(`    ${m.id}: expected [${m.expected.join(', ')}] got [${m.predicted.join(', ')}]`);
		if (report.misclassified.length) console.log('');
	}
	verdicts.push({name: set.name, ok: meetsTargets(report)});
}

if (verdicts.length > 1) {
	const combined = evaluate('combined', all);
	console.log(`${formatReport(combined)}\n`);
	verdicts.push({name: 'combined', ok: meetsTargets(combined)});
}

const ok = verdicts.length > 0 && verdicts.every(v => v.ok);
console.log(`targets: macro-F1 >= ${TARGETS.macroF1}, strong flagged <= ${TARGETS.strongFlaggedShare * 100}%, on every set`);
for (const v of verdicts) console.log(`  ${v.name.padEnd(9)} ${v.ok ? 'met' : 'MISSED'}`);
process.exitCode = ok ? 0 : 1;

const followUps = await followUpQualitySummary(root, {verbose});
console.log(`\n${followUps.text}`);
if (!followUps.ok) process.exitCode = 1;
