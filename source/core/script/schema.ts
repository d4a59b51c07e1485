import {z} from 'zod';
import {LEVELS} from '../interview/plan-options.js';
import {FOCUS_IDS, WEAKNESS_IDS} from '../taxonomy/ids.js';
import {assertedPremise} from './premises.js';

// The on-disk shape of an interview script (questions/*.yaml). Validated at load;
// error messages name the file and the field path, so keep field names readable.

const weaknessId = z.enum(WEAKNESS_IDS);
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const talkingPointSchema = z.strictObject({
	/** What a strong answer covers, in the words of a coach. */
	text: nonEmpty,
	/** Phrases that show the point was covered (case-insensitive); derived from `text` when absent. */
	cues: z.array(nonEmpty).optional(),
});

/**
 * A phrasing that says something true only of some answers ("Say the fairness check passes").
 * It is used only when the answers so far show every concept in `requires`; a concept lists
 * alternative cues separated by "|", matched like talking-point cues.
 */
export const conditionalPhrasingSchema = z
	.strictObject({
		text: nonEmpty,
		requires: z.array(nonEmpty).min(1, 'list at least one concept the answer must show'),
	})
	.transform(({text, requires}) => ({
		text,
		requires: requires.map(concept =>
			concept
				.split('|')
				.map(cue => cue.trim())
				.filter(Boolean),
		),
	}));

/**
 * A follow-up branch. `phrasings` are alternative wordings that hold for any answer; `{quote}`
 * marks where a quote from the answer goes. `conditionalPhrasings` hold only for some answers.
 */
export type FollowUpNodeInput = {
	phrasings: string[];
	conditionalPhrasings?: Array<z.input<typeof conditionalPhrasingSchema>>;
	talkingPoints?: Array<z.input<typeof talkingPointSchema>>;
	followUps?: Partial<Record<(typeof WEAKNESS_IDS)[number] | 'deeper', FollowUpNodeInput>>;
};

const branchKey = z.enum([...WEAKNESS_IDS, 'deeper']);

export const followUpNodeSchema: z.ZodType<FollowUpNode, FollowUpNodeInput> = z.lazy(() =>
	z.strictObject({
		phrasings: z
			.array(nonEmpty)
			.min(1, 'needs at least one phrasing')
			.superRefine((phrasings, ctx) => {
				phrasings.forEach((phrasing, i) => {
					const premise = assertedPremise(phrasing);
					if (premise)
						ctx.addIssue({
							code: 'custom',
							path: [i],
							message: `${premise}: quote the answer with {quote}, ask instead, or move it to conditionalPhrasings with what the answer must show`,
						});
				});
				if (phrasings.every(p => p.includes('{quote}'))) {
					ctx.addIssue({code: 'custom', message: 'needs at least one phrasing without {quote}, for answers with nothing worth quoting'});
				}
			}),
		conditionalPhrasings: z.array(conditionalPhrasingSchema).optional(),
		talkingPoints: z.array(talkingPointSchema).optional(),
		followUps: z.partialRecord(branchKey, followUpNodeSchema).optional(),
	}),
);

export const questionSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes'),
	/** Seniority the question suits; without one it suits every level. */
	level: z.enum(LEVELS).optional(),
	text: nonEmpty,
	/** Weaknesses this question invites (see domain: a weakness applies only where invited). */
	probes: z.array(weaknessId).min(1, 'list at least one weakness this question probes'),
	talkingPoints: z.array(talkingPointSchema).min(1, 'list at least one talking point'),
	/** Outline of a strong answer, shown in the recap. */
	strongAnswer: nonEmpty,
	followUps: z.partialRecord(branchKey, followUpNodeSchema),
});

export const scriptSchema = z
	.strictObject({
		id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes'),
		focus: z.enum(FOCUS_IDS).refine(f => f !== 'mixed', '`mixed` draws from the other areas; give the script a concrete focus'),
		title: nonEmpty,
		description: z.string().optional(),
		questions: z.array(questionSchema).min(1, 'needs at least one question'),
	})
	.superRefine((script, ctx) => {
		const seen = new Set<string>();
		script.questions.forEach((q, i) => {
			if (seen.has(q.id)) ctx.addIssue({code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"`});
			seen.add(q.id);
			for (const probe of q.probes) {
				if (!q.followUps[probe]) {
					ctx.addIssue({code: 'custom', path: ['questions', i, 'followUps', probe], message: `probes "${probe}" but has no follow-up branch for it`});
				}
			}
		});
	});

export type TalkingPoint = z.output<typeof talkingPointSchema>;
export type BranchKey = z.output<typeof branchKey>;
export type ConditionalPhrasing = z.output<typeof conditionalPhrasingSchema>;
export type FollowUpNode = {
	phrasings: string[];
	conditionalPhrasings?: ConditionalPhrasing[];
	talkingPoints?: TalkingPoint[];
	followUps?: Partial<Record<BranchKey, FollowUpNode>>;
};
export type Question = z.output<typeof questionSchema>;
export type Script = z.output<typeof scriptSchema>;
