// What the model says about an answer, checked against the answer itself before it counts.
// The model only proposes findings; which ones stand, and every number, is decided here.
import {z} from 'zod';
import type {AnswerAnalysis, Finding} from '../core/analyzer/types.js';
import {WEAKNESS_IDS, isWeaknessId, type WeaknessId} from '../core/taxonomy/ids.js';
import {LlmOutputError} from './errors.js';

/** JSON schema sent as `response_format` (strict mode: every field required, nothing extra). */
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
					required: ['id', 'confidence', 'evidence'],
					properties: {
						id: {type: 'string', enum: [...WEAKNESS_IDS]},
						confidence: {type: 'number', description: 'How sure you are that the weakness is present, 0 to 1.'},
						evidence: {type: 'string', description: 'A span copied verbatim from the answer, or empty.'},
					},
				},
			},
		},
	},
} as const;

const replySchema = z.object({findings: z.array(z.unknown())});
const verdictSchema = z.object({
	id: z.string(),
	confidence: z.number().finite(),
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
		const confidence = Math.min(1, Math.max(0, parsed.data.confidence));
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
/** The model adds a weakness the offline reading missed only when at least this sure, with evidence. */
export const ADD_THRESHOLD = 0.5;
const MIN_EVIDENCE_CHARS = 3;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Combines the offline findings with the model's verdicts. Verdicts on weaknesses the question
 * does not invite, or whose evidence is not in the answer, are dropped. The model can add a
 * weakness (with evidence) and nudge confidence; it cannot remove an offline finding.
 */
export function mergeFindings(offline: AnswerAnalysis, verdicts: Verdict[], answer: string): Finding[] {
	const merged = offline.weaknesses.map(f => ({...f}));
	const seen = new Set<WeaknessId>();
	for (const verdict of verdicts) {
		if (seen.has(verdict.id) || !offline.applicable.includes(verdict.id)) continue;
		seen.add(verdict.id);
		const quoted = verdict.evidence.trim() === '' ? '' : findVerbatim(answer, verdict.evidence);
		if (quoted === null) continue;
		const existing = merged.find(f => f.id === verdict.id);
		if (existing) {
			const delta = Math.max(-MAX_ADJUST, Math.min(MAX_ADJUST, verdict.confidence - existing.confidence));
			existing.confidence = round2(Math.min(1, Math.max(0, existing.confidence + delta)));
			if (existing.evidence === '' && quoted.length >= MIN_EVIDENCE_CHARS) existing.evidence = quoted;
		} else if (verdict.confidence >= ADD_THRESHOLD && quoted.trim().length >= MIN_EVIDENCE_CHARS) {
			merged.push({id: verdict.id, confidence: round2(verdict.confidence), evidence: quoted, source: 'llm'});
		}
	}
	return merged;
}
