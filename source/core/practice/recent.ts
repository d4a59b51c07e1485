import type {SessionRecord} from '../session/record.js';

/** How many past sessions are read to avoid repeats: a month of daily practice and then some. */
export const RECENT_SESSIONS = 40;

/** What planning needs from the session store (the real one, or a fake in tests). */
export type HistorySource = {
	list(): Promise<{sessions: Array<{id: string}>}>;
	load(id: string): Promise<Pick<SessionRecord, 'turns'>>;
};

/** Opening question ids asked in the given sessions (newest first), each once, most recent first. */
export function openingQuestionIds(records: ReadonlyArray<Pick<SessionRecord, 'turns'>>): string[] {
	const ids = new Set<string>();
	for (const record of records) {
		// Within a session the last question asked is the most recent one.
		const opening = record.turns.filter(t => t.kind === 'question' && !t.skipped).map(t => t.questionId);
		for (const id of opening.reverse()) ids.add(id);
	}
	return [...ids];
}

/**
 * Opening questions of the latest sessions, most recent first. History is a preference, never a
 * requirement: an unreadable store or session simply counts as not asked.
 */
export async function recentQuestionIds(source: HistorySource, limit = RECENT_SESSIONS): Promise<string[]> {
	let ids: Array<{id: string}>;
	try {
		ids = (await source.list()).sessions.slice(0, limit);
	} catch {
		return [];
	}
	const records = await Promise.all(ids.map(({id}) => source.load(id).catch(() => null)));
	return openingQuestionIds(records.filter(r => r !== null));
}
