import {z} from 'zod';
import {LEVELS} from '../interview/plan-options.js';
import {FOCUS_IDS, WEAKNESS_IDS} from '../taxonomy/ids.js';

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

/** A follow-up branch. `phrasings` are alternative wordings; `{quote}` marks where a quote from the answer goes. */
export type FollowUpNodeInput = {
	phrasings: string[];
	talkingPoints?: Array<z.input<typeof talkingPointSchema>>;
	followUps?: Partial<Record<(typeof WEAKNESS_IDS)[number] | 'deeper', FollowUpNodeInput>>;
};

const branchKey = z.enum([...WEAKNESS_IDS, 'deeper']);

export const followUpNodeSchema: z.ZodType<FollowUpNode, FollowUpNodeInput> = z.lazy(() =>
	z.strictObject({
		phrasings: z.array(nonEmpty).min(1, 'needs at least one phrasing'),
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
export type FollowUpNode = {
	phrasings: string[];
	talkingPoints?: TalkingPoint[];
	followUps?: Partial<Record<BranchKey, FollowUpNode>>;
};
export type Question = z.output<typeof questionSchema>;
export type Script = z.output<typeof scriptSchema>;
