import {z} from 'zod';
import {DIMENSION_IDS, FOCUS_IDS, WEAKNESS_IDS} from '../taxonomy/ids.js';
import {SESSION_ID_PATTERN, type SessionRecord} from './record.js';

// A saved session is read back from a file anyone could have edited, so the whole record is checked
// before history, replay or resume use it: a session that fails is reported as damaged with the
// field that is wrong, instead of failing somewhere deep in a formatter.
//
// Objects are loose: fields a newer build adds (or an older one left) are kept, not rejected; only the
// fields this version reads are required. Optional parts added after schema 1 stay optional here.

const isoDate = z.string().refine(value => !Number.isNaN(Date.parse(value)), 'not a date');
const score = z.number().nullable();
const engineKind = z.enum(['offline', 'llm']);
const weaknessId = z.enum(WEAKNESS_IDS);
const dimensions = z.partialRecord(z.enum(DIMENSION_IDS), score);

const finding = z.looseObject({
	id: weaknessId,
	confidence: z.number(),
	evidence: z.string(),
	source: engineKind.optional(),
});

const analysis = z.looseObject({
	weaknesses: z.array(finding),
	score: z.number(),
	dimensions,
	talkingPoints: z.looseObject({covered: z.array(z.string()), missed: z.array(z.string())}),
	words: z.number(),
	speakingSeconds: z.number(),
	pacing: z.string(),
	applicable: z.array(weaknessId).optional(),
});

const turn = z.looseObject({
	index: z.number().optional(),
	kind: z.enum(['question', 'follow-up']),
	questionId: z.string(),
	scriptId: z.string(),
	path: z.string().optional(),
	question: z.string(),
	targets: weaknessId.nullable().optional(),
	trigger: finding.nullable().optional(),
	answer: z.string(),
	skipped: z.boolean(),
	analysis: analysis.nullable(),
	engine: engineKind.optional(),
	notices: z.array(z.string()).optional(),
	askedAt: z.string().optional(),
	answeredAt: z.string().optional(),
});

const answerCard = z.looseObject({
	turn: z.number(),
	question: z.string(),
	kind: z.enum(['question', 'follow-up']),
	score,
	skipped: z.boolean(),
	words: z.number(),
	weaknesses: z.array(finding),
	missedTalkingPoints: z.array(z.string()).optional(),
	strongAnswer: z.string().nullable().optional(),
	coaching: z.string().optional(),
});

const recap = z.looseObject({
	overall: z.number(),
	dimensions,
	answers: z.array(answerCard),
	actions: z.array(z.looseObject({dimension: z.enum(DIMENSION_IDS), title: z.string(), strongPattern: z.string(), evidence: z.array(z.string())})),
	missedTalkingPoints: z.array(z.looseObject({question: z.string(), points: z.array(z.string())})).optional(),
	answered: z.number().optional(),
	skipped: z.number().optional(),
	coaching: z.looseObject({overall: z.string(), perAnswer: z.record(z.string(), z.string())}).optional(),
});

const pending = z.looseObject({
	kind: z.enum(['question', 'follow-up']),
	questionId: z.string(),
	scriptId: z.string(),
	path: z.string(),
	question: z.string(),
	draft: z.string(),
});

export const sessionRecordSchema = z.looseObject({
	schemaVersion: z.number().int(),
	id: z.string().regex(SESSION_ID_PATTERN, 'not a session id'),
	focus: z.enum(FOCUS_IDS),
	scriptIds: z.array(z.string()),
	engine: engineKind,
	seed: z.number(),
	startedAt: isoDate,
	endedAt: isoDate.nullable(),
	complete: z.boolean(),
	endReason: z.enum(['completed', 'ended-early', 'interrupted']).nullable(),
	remaining: z.array(z.looseObject({scriptId: z.string(), questionId: z.string()})),
	turns: z.array(turn),
	pending: pending.nullable(),
	recap: recap.nullable(),
	usage: z.looseObject({promptTokens: z.number(), completionTokens: z.number(), totalTokens: z.number()}).nullable(),
});

/** The first few problems, each as `field: what is wrong`, on one line. */
function describe(error: z.ZodError): string {
	const shown = error.issues.slice(0, 3).map(issue => `${issue.path.length > 0 ? issue.path.join('.') : 'record'}: ${issue.message}`);
	const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
	return `${shown.join('; ')}${more}`;
}

export type RecordCheck = {ok: true; record: SessionRecord} | {ok: false; problem: string};

/** Checks a parsed JSON value as a whole session record. */
export function checkSessionRecord(value: unknown): RecordCheck {
	const result = sessionRecordSchema.safeParse(value);
	// The parsed value is returned as it was read (loose objects keep extra fields), typed as ours.
	return result.success ? {ok: true, record: value as SessionRecord} : {ok: false, problem: describe(result.error)};
}
