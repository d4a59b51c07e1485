import {createInterface} from 'node:readline';
import {buildTrend, formatHistoryTable, formatTrend, plural, wrap, type SessionSummary, type Trend} from '../../core/history/index.js';
import {openSessionStore, StorageError} from '../../storage/sessions.js';
import {safeJson} from '../../core/text/sanitize.js';
import {UsageError, writeLine, writeText, type CommandIo} from '../io.js';
import {dataDirFlag, outputWidth, parseFocus} from '../options.js';
import type {CommandHandler} from './types.js';

/** Asks a y/N question on stderr and reads one line; anything but y/yes is no. */
export async function confirm(io: CommandIo, question: string): Promise<boolean> {
	writeText(io.stderr, `${question} [y/N] `);
	const lines = createInterface({input: io.stdin, terminal: false});
	const answer = await new Promise<string>(resolve => {
		lines.once('line', resolve);
		lines.once('close', () => resolve(''));
	});
	lines.close();
	return /^\s*y(es)?\s*$/i.test(answer);
}

/**
 * `{"sessions": [...], "damaged": [{"id", "problem"}], "trend": {...}}` with one session per line: still readable, and about
 * half the bytes of indenting every field, which matters with a thousand sessions.
 */
export function historyJson(sessions: readonly SessionSummary[], trend: Trend, damaged: ReadonlyArray<{id: string; problem: string}>): string {
	const rows = sessions.map(session => `\t\t${safeJson(session)}`).join(',\n');
	const broken = damaged.map(({id, problem}) => safeJson({id, problem})).join(', ');
	return `{\n\t"sessions": [${rows ? `\n${rows}\n\t` : ''}],\n\t"damaged": [${broken}],\n\t"trend": ${safeJson(trend)}\n}\n`;
}

const handler: CommandHandler = async ({args, flags, io}) => {
	if (args.length > 0) {
		throw new UsageError(`history takes no arguments (got "${args.join(' ')}"); to see one session use \`ai-pm-sim replay ${args[0]}\``);
	}
	const focus = parseFocus(flags.focus);
	if (flags.clear && flags.delete !== undefined) {
		throw new UsageError('use either --delete ID or --clear, not both');
	}
	if (flags.yes && !flags.clear) {
		throw new UsageError('--yes only confirms --clear');
	}
	const store = openSessionStore({dataDir: dataDirFlag(flags.dataDir, io), env: io.env});

	try {
		if (flags.delete !== undefined) {
			if (flags.delete.trim() === '') {
				throw new UsageError('--delete needs a session id (see `ai-pm-sim history`)');
			}
			// Not loaded first: a damaged session must be removable too.
			const id = await store.delete(flags.delete);
			writeLine(io.stdout, `Deleted session ${id}.`);
			return 0;
		}

		if (flags.clear) {
			const listed = await store.list();
			const count = listed.sessions.length + listed.damaged.length;
			if (count === 0) {
				writeLine(io.stdout, `No sessions to clear in ${store.dir}.`);
				return 0;
			}
			if (!flags.yes) {
				if (!io.stdin.isTTY) {
					throw new UsageError(`refusing to delete ${plural(count, 'session')} without confirmation; add --yes`);
				}
				if (!(await confirm(io, `Delete all ${plural(count, 'session')}${listed.damaged.length > 0 ? ` (${listed.damaged.length} damaged)` : ''} in ${store.dir}?`))) {
					writeLine(io.stdout, 'Nothing deleted.');
					return 1;
				}
			}
			const {removed, skipped} = await store.clear();
			for (const line of skipped) writeLine(io.stderr, `warning: ${line}`);
			writeLine(io.stdout, `Deleted ${plural(removed, 'session')}.`);
			return 0;
		}

		const {sessions, damaged} = await store.list(focus ? {focus} : undefined);
		for (const session of damaged) {
			writeLine(io.stderr, `warning: damaged session ${session.id} (${session.file}): ${session.problem}. Remove it with \`ai-pm-sim history --delete ${session.id}\`.`);
		}
		const trend = buildTrend(sessions);
		if (flags.json) {
			writeText(io.stdout, historyJson(sessions, trend, damaged));
			return 0;
		}
		if (sessions.length === 0) {
			writeLine(io.stdout, focus ? `No ${focus} sessions yet in ${store.dir}.` : `No sessions yet in ${store.dir}. Start one with \`ai-pm-sim\`.`);
			return 0;
		}
		const width = outputWidth(io);
		const lines = [
			...formatHistoryTable(sessions, width),
			'',
			...formatTrend(trend, width),
			'',
			...wrap(`${plural(sessions.length, 'session')}${focus ? ` (${focus})` : ''}. Replay one with \`ai-pm-sim replay <id>\` (any unique start of an id works).`, width),
		];
		writeText(io.stdout, `${lines.join('\n')}\n`);
		return 0;
	} catch (error) {
		if (error instanceof StorageError) {
			throw new UsageError(error.message, 1);
		}
		throw error;
	}
};

export default handler;
