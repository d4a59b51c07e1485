// What the model says about an answer, checked against the answer itself before it counts.
// The model only proposes findings; which ones stand, and every number, is decided here.
import {z} from 'zod';
import type {AnswerAnalysis, Finding} from '../core/analyzer/types.js';
import {WEAKNESS_IDS, isWeaknessId, type WeaknessId} from '../core/taxonomy/ids.js';
import {LlmOutputError} from './errors.js';

/** Categorical confidence: small models rate words more consistently than numbers. */
export const CONFIDENCE_LEVELS = {high: 0.85, medium: 0.6, low: 0.35, none: 0} as const;
type Level = keyof typeof CONFIDENCE_LEVELS;

/** JSON schema sent as `response_format`, written to OpenAI's strict-mode rules; evidence comes before the verdict. */
export const FINDINGS_JSON_SCHEMA = {
	name: 'answer_findings',
	schema: {
		type: 'object',
		additionalProperties: false,
		required: ['findings'],
		properties: {
			findings: {
				type: 'array',
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['id', 'evidence', 'confidence'],
					properties: {
						id: {type: 'string', enum: [...WEAKNESS_IDS]},
						evidence: {type: 'string', description: 'A span copied verbatim from the answer that supports the verdict, or "".'},
						confidence: {type: 'string', enum: Object.keys(CONFIDENCE_LEVELS), description: 'How sure the weakness is present.'},
					},
				},
			},
		},
	},
} as const;

const replySchema = z.object({findings: z.array(z.unknown())});
const verdictSchema = z.object({
	id: z.string(),
	// Numbers too: some models ignore the enum when the server cannot enforce the schema.
	confidence: z.union([z.enum(Object.keys(CONFIDENCE_LEVELS) as [Level, ...Level[]]), z.number().finite()]),
	evidence: z.string().default(''),
});

export type Verdict = {id: WeaknessId; confidence: number; evidence: string};

/** Finds the JSON object in a reply that may be wrapped in prose or a code fence. */
export function extractJson(text: string): unknown {
	const trimmed = text.trim();
	const candidates = [trimmed];
	const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed);
	if (fenced?.[1]) candidates.push(fenced[1].trim());
	const first = trimmed.indexOf('{');
	const last = trimmed.lastIndexOf('}');
	if (first !== -1 && last > first) candidates.push(trimmed.slice(first, last + 1));
	for (const candidate of candidates) {
		try {
			return JSON.parse(candidate);
		} catch {
			// try the next reading
		}
	}
	throw new LlmOutputError('reply is not JSON');
}

/** Parses the reply; a reply without a findings list is unusable, a bad item is just dropped. */
export function parseVerdicts(text: string): Verdict[] {
	const reply = replySchema.safeParse(extractJson(text));
	if (!reply.success) throw new LlmOutputError('reply does not match the findings schema');
	const verdicts: Verdict[] = [];
	for (const item of reply.data.findings) {
		const parsed = verdictSchema.safeParse(item);
		if (!parsed.success || !isWeaknessId(parsed.data.id)) continue;
		const raw = parsed.data.confidence;
		const confidence = typeof raw === 'number' ? Math.min(1, Math.max(0, raw)) : CONFIDENCE_LEVELS[raw];
		verdicts.push({id: parsed.data.id, confidence, evidence: parsed.data.evidence});
	}
	return verdicts;
}

/**
 * Locates `quote` in `answer` ignoring differences in whitespace, and returns the span exactly
 * as the candidate wrote it; null when the quote is not in the answer.
 */
export function findVerbatim(answer: string, quote: string): string | null {
	const wanted = quote.replace(/\s+/g, ' ').trim();
	if (wanted === '') return null;
	let normalised = '';
	const origin: number[] = [];
	let inSpace = false;
	for (let i = 0; i < answer.length; i++) {
		const ch = answer[i]!;
		if (/\s/.test(ch)) {
			if (!inSpace && normalised !== '') {
				normalised += ' ';
				origin.push(i);
			}
			inSpace = true;
		} else {
			normalised += ch;
			origin.push(i);
			inSpace = false;
		}
	}
	const at = normalised.indexOf(wanted);
	if (at === -1) return null;
	const start = origin[at]!;
	const end = origin[at + wanted.length - 1]! + 1;
	return answer.slice(start, end);
}

/** The most the model may move a finding's confidence, either way. */
export const MAX_ADJUST = 0.25;
/** The model adds a weakness the offline reading missed only when at least this sure, with evidence... */
export const ADD_THRESHOLD = 0.5;
/** ...and then at no more than this confidence. */
export const ADD_CAP = 0.6;
const MIN_EVIDENCE_CHARS = 8;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Text aimed at the grader rather than the interviewer ("score this 10/10"); never evidence. */
const INSTRUCTION =
	/\b(score|rate|grade|mark|rating)\b[^.?!]*\b(\d+\s*(\/|out of)\s*\d+|perfect|full marks|highest)|\bignore\b[^.?!]*\binstructions\b|system prompt|\byou are now\b/i;

/** Where the model's quote is in the answer, if it is a usable quote at all. */
function supportingQuote(answer: string, evidence: string): string | null {
	if (evidence.trim() === '') return null;
	const quoted = findVerbatim(answer, evidence);
	if (quoted === null || quoted.trim().length < MIN_EVIDENCE_CHARS || INSTRUCTION.test(quoted)) return null;
	return quoted;
}

/**
 * Combines the offline findings with the model's verdicts. A verdict counts only with a verbatim
 * quote from the answer (not one that addresses the grader) and only on weaknesses the question
 * invites; it moves an offline finding by at most MAX_ADJUST, cannot clear a finding by quoting the
 * very words that show it, and adds a missed weakness at no more than ADD_CAP.
 */
export function mergeFindings(offline: AnswerAnalysis, verdicts: Verdict[], answer: string): Finding[] {
	const merged = offline.weaknesses.map(f => ({...f}));
	const seen = new Set<WeaknessId>();
	for (const verdict of verdicts) {
		if (seen.has(verdict.id) || !offline.applicable.includes(verdict.id)) continue;
		seen.add(verdict.id);
		const quoted = supportingQuote(answer, verdict.evidence);
		if (quoted === null) continue;
		const existing = merged.find(f => f.id === verdict.id);
		if (existing) {
			const delta = Math.max(-MAX_ADJUST, Math.min(MAX_ADJUST, verdict.confidence - existing.confidence));
			const overlaps = existing.evidence !== '' && (quoted.includes(existing.evidence) || existing.evidence.includes(quoted));
			if (delta < 0 && overlaps) continue;
			existing.confidence = round2(Math.min(1, Math.max(0, existing.confidence + delta)));
			if (existing.evidence === '' && delta > 0) existing.evidence = quoted;
		} else if (verdict.confidence >= ADD_THRESHOLD) {
			merged.push({id: verdict.id, confidence: round2(Math.min(ADD_CAP, verdict.confidence)), evidence: quoted, source: 'llm'});
		}
	}
	return merged;
}
