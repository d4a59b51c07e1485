import type {EngineKind} from '../engine/types.js';
import type {SessionRecord} from '../session/record.js';
import {DIMENSION_IDS, emptyDimensions, type DimensionId, type FocusId} from '../taxonomy/ids.js';

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
	/** Ids of the opening questions answered, in the order asked (planning avoids them next time). */
	openings: string[];
};

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
		openings: openingsOf(record.turns),
	};
}

/** Ids of the opening questions that were answered (not skipped), in the order asked. */
export function openingsOf(turns: SessionRecord['turns']): string[] {
	return turns.filter(t => t.kind === 'question' && !t.skipped).map(t => t.questionId);
}

const CANONICAL_ISO = 24; // "2025-03-01T10:00:00.000Z", as Date#toISOString writes it

/** True when the list is already newest first; canonical ISO dates compare correctly as text. */
function alreadyNewestFirst(items: ReadonlyArray<Pick<SessionSummary, 'startedAt' | 'id'>>): boolean {
	for (let i = 0; i < items.length; i++) {
		const item = items[i]!;
		if (item.startedAt.length !== CANONICAL_ISO || item.startedAt[CANONICAL_ISO - 1] !== 'Z') {
			return false;
		}
		const previous = items[i - 1];
		if (previous && (previous.startedAt < item.startedAt || (previous.startedAt === item.startedAt && previous.id < item.id))) {
			return false;
		}
	}
	return true;
}

/**
 * Newest first, ties by id descending. The index is stored in this order, so the common case is a
 * single check; otherwise each date is parsed once (a comparator would parse ~20,000 for 1,000).
 */
export function sortNewestFirst<T extends Pick<SessionSummary, 'startedAt' | 'id'>>(items: T[]): T[] {
	if (alreadyNewestFirst(items)) {
		return items;
	}
	return items
		.map(item => ({item, ms: millis(item.startedAt) ?? 0}))
		.sort((a, b) => b.ms - a.ms || (a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0))
		.map(({item}) => item);
}
