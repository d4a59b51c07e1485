import type {EngineKind} from '../engine/types.js';
import type {SessionRecord} from '../session/record.js';
import {DIMENSION_IDS, type DimensionId, type FocusId} from '../taxonomy/ids.js';

/** One line of history: what listing needs, without the turns. */
export type SessionSummary = {
	id: string;
	focus: FocusId;
	engine: EngineKind;
	startedAt: string;
	endedAt: string | null;
	durationSeconds: number;
	complete: boolean;
	/** 0..100 from the recap; null when the session has no recap yet. */
	overall: number | null;
	dimensions: Record<DimensionId, number | null>;
	/** Finished exchanges (questions and follow-ups). */
	turns: number;
};

export function emptyDimensions(): Record<DimensionId, number | null> {
	return Object.fromEntries(DIMENSION_IDS.map(id => [id, null])) as Record<DimensionId, number | null>;
}

function millis(value: string | null | undefined): number | null {
	if (!value) {
		return null;
	}
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? null : ms;
}

/** Seconds from the start to the end, or to the last answer of a session that stopped early. */
export function durationOf(record: Pick<SessionRecord, 'startedAt' | 'endedAt' | 'turns'>): number {
	const start = millis(record.startedAt);
	const lastAnswer = record.turns.length > 0 ? record.turns[record.turns.length - 1]?.answeredAt : undefined;
	const end = millis(record.endedAt) ?? millis(lastAnswer);
	if (start === null || end === null || end < start) {
		return 0;
	}
	return Math.round((end - start) / 1000);
}

function score(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
}

export function summarize(record: SessionRecord): SessionSummary {
	const dimensions = emptyDimensions();
	if (record.recap?.dimensions) {
		for (const id of DIMENSION_IDS) {
			dimensions[id] = score(record.recap.dimensions[id]);
		}
	}
	return {
		id: record.id,
		focus: record.focus,
		engine: record.engine,
		startedAt: record.startedAt,
		endedAt: record.endedAt ?? null,
		durationSeconds: durationOf(record),
		complete: record.complete === true,
		overall: score(record.recap?.overall),
		dimensions,
		turns: record.turns.length,
	};
}

/** Newest first; ties broken by id so the order is stable. */
export function compareNewestFirst(a: Pick<SessionSummary, 'startedAt' | 'id'>, b: Pick<SessionSummary, 'startedAt' | 'id'>): number {
	const byTime = (millis(b.startedAt) ?? 0) - (millis(a.startedAt) ?? 0);
	return byTime !== 0 ? byTime : b.id.localeCompare(a.id);
}
