import {openingsOf, type SessionSummary} from '../history/summary.js';
import type {SessionRecord} from '../session/record.js';

/** How many past sessions are read to avoid repeats: a month of daily practice and then some. */
export const RECENT_SESSIONS = 40;

/** What planning needs from the session store (the real one, or a fake in tests): its listing. */
export type HistorySource = {
	list(): Promise<{sessions: Array<Pick<SessionSummary, 'openings'>>}>;
};

/** Opening question ids of sessions given newest first, each once, most recent first. */
function mostRecentFirst(openings: ReadonlyArray<readonly string[]>): string[] {
	const ids = new Set<string>();
	// Within a session the last question asked is the most recent one.
	for (const asked of openings) for (const id of [...asked].reverse()) ids.add(id);
	return [...ids];
}

/** Opening question ids asked in the given sessions (newest first), each once, most recent first. */
export function openingQuestionIds(records: ReadonlyArray<Pick<SessionRecord, 'turns'>>): string[] {
	return mostRecentFirst(records.map(record => openingsOf(record.turns)));
}

/**
 * Opening questions of the latest sessions, most recent first, from the listing alone (the index
 * keeps them), so planning reads one file, not every recent session. History is a preference,
 * never a requirement: an unreadable store counts as nothing asked.
 */
export async function recentQuestionIds(source: HistorySource, limit = RECENT_SESSIONS): Promise<string[]> {
	try {
		const {sessions} = await source.list();
		return mostRecentFirst(sessions.slice(0, limit).map(s => s.openings));
	} catch {
		return [];
	}
}
