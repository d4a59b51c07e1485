// Measures the offline analyzer against the labelled answer fixtures.
//   npm run eval              one report per set present and all open sets combined
//   npm run eval -- --verbose also lists misread questions and misclassified answers of the sets
//                             used for tuning; the check sets stay aggregate-only so they remain honest
//   npm run eval -- --tuning  leaves the sealed sets out entirely: whoever tunes runs this, so not even
//                             a sealed set's summary line can steer their changes
// The sets and what a tuner may see of each are listed in source/core/analyzer/labelled-sets.ts.
// Exits 1 when any set, or the combined open sets, miss TARGETS.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {followUpQualitySummary} from '../source/core/engine/quality.js';
import {evaluate, formatReport, formatSummary, loadFixtures, meetsTargets, TARGETS, type LabelledAnswer} from '../source/core/analyzer/evaluate.js';
import {LABELLED_SETS, OPEN_SETS} from '../source/core/analyzer/labelled-sets.js';

const root = fileURLToPath(new URL('../test/fixtures/answers/', import.meta.url));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const tuning = process.argv.includes('--tuning');

const open: LabelledAnswer[] = [];
const verdicts: Array<{name: string; ok: boolean}> = [];

for (const set of tuning ? OPEN_SETS : LABELLED_SETS) {
	const path = `${root}${set.name}.yaml`;
	if (!existsSync(path)) {
		console.log(`${set.name}: no fixture file`);
		continue;
	}
	const items = await loadFixtures(path);
	const report = evaluate(set.name, items);
	if (set.visibility === 'sealed') {
		console.log(`${set.name}: ${report.size} answers (never opened while tuning)\n${formatSummary(report)}\n`);
	} else {
		open.push(...items);
		console.log(`${formatReport(report)}\n`);
	}
	if (verbose && set.visibility === 'tuning') {
		for (const q of report.questionMisread) console.log(`    question ${q.id}: labelled [${q.expected.join(', ')}] read [${q.inferred.join(', ')}]  ${q.question}`);
		for (const m of report.misclassified) console.log(`    ${m.id}: expected [${m.expected.join(', ')}] got [${m.predicted.join(', ')}] score ${m.score ?? 'none'}`);
		if (report.misclassified.length + report.questionMisread.length) console.log('');
	}
	verdicts.push({name: set.name, ok: meetsTargets(report)});
}

if (verdicts.length > 1) {
	const combined = evaluate('combined (open sets)', open);
	console.log(`${formatReport(combined)}\n`);
	verdicts.push({name: 'combined', ok: meetsTargets(combined)});
}

const ok = verdicts.length > 0 && verdicts.every(v => v.ok);
console.log(`targets: macro-F1 >= ${TARGETS.macroF1}, strong flagged <= ${TARGETS.strongFlaggedShare * 100}%, AUC >= ${TARGETS.auc}, on every set`);
for (const v of verdicts) console.log(`  ${v.name.padEnd(9)} ${v.ok ? 'met' : 'MISSED'}`);
process.exitCode = ok ? 0 : 1;

const followUps = await followUpQualitySummary(root, {verbose});
console.log(`\n${followUps.text}`);
if (!followUps.ok) process.exitCode = 1;
