// The labelled answer sets (test/fixtures/answers/<name>.yaml), in report order, and what whoever
// tunes the analyzer may see of each: a tuning set's items may be listed, a check set is reported
// in aggregate only, and a sealed set is left out of everything a tuner runs (its summary line is
// printed by `npm run eval` alone). The eval, the follow-up suite and the fixture test read this one list.

export type SetVisibility = 'tuning' | 'check' | 'sealed';

export const LABELLED_SETS: ReadonlyArray<{name: string; visibility: SetVisibility}> = [
	{name: 'dev', visibility: 'tuning'},
	{name: 'fresh', visibility: 'tuning'},
	{name: 'holdout', visibility: 'check'},
	{name: 'blind', visibility: 'check'},
	{name: 'field', visibility: 'tuning'},
	{name: 'terse', visibility: 'tuning'},
	{name: 'topics-a', visibility: 'tuning'},
	{name: 'topics-b', visibility: 'tuning'},
	{name: 'field-b', visibility: 'tuning'},
	{name: 'field-c', visibility: 'tuning'},
	// Sealed through two tuning rounds, then opened to study the strong answers they still flagged.
	{name: 'opened-a', visibility: 'tuning'},
	{name: 'opened-b', visibility: 'tuning'},
	{name: 'sealed-c', visibility: 'sealed'},
];

/** The sets someone tuning may run: every set but the sealed ones. */
export const OPEN_SETS = LABELLED_SETS.filter(set => set.visibility !== 'sealed');
