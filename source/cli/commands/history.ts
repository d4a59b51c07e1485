import {createInterface} from 'node:readline';
import {buildTrend, formatHistoryTable, formatTrend, plural, wrap, type SessionSummary, type Trend} from '../../core/history/index.js';
import {openSessionStore, StorageError} from '../../storage/sessions.js';
import {UsageError, writeLine, type CommandIo} from '../io.js';
import {dataDirFlag, outputWidth, parseFocus} from '../options.js';
import type {CommandHandler} from './types.js';

/** Asks a y/N question on stderr and reads one line; anything but y/yes is no. */
export async function confirm(io: CommandIo, question: string): Promise<boolean> {
	io.stderr.write(`${question} [y/N] `);
	const lines = createInterface({input: io.stdin, terminal: false});
	const answer = await new Promise<string>(resolve => {
		lines.once('line', resolve);
		lines.once('close', () => resolve(''));
	});
	lines.close();
	return /^\s*y(es)?\s*$/i.test(answer);
}

/**
 * `{"sessions": [...], "trend": {...}}` with one session per line: still readable, and about
 * half the bytes of indenting every field, which matters with a thousand sessions.
 */
export function historyJson(sessions: readonly SessionSummary[], trend: Trend): string {
	const rows = sessions.map(session => `\t\t${JSON.stringify(session)}`).join(',\n');
	return `{\n\t"sessions": [${rows ? `\n${rows}\n\t` : ''}],\n\t"trend": ${JSON.stringify(trend)}\n}\n`;
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
			const record = await store.load(flags.delete);
			await store.delete(record.id);
			writeLine(io.stdout, `Deleted session ${record.id}.`);
			return 0;
		}

		if (flags.clear) {
			const {sessions} = await store.list();
			if (sessions.length === 0) {
				writeLine(io.stdout, `No sessions to clear in ${store.dir}.`);
				return 0;
			}
			if (!flags.yes) {
				if (!io.stdin.isTTY) {
					throw new UsageError(`refusing to delete ${plural(sessions.length, 'session')} without confirmation; add --yes`);
				}
				if (!(await confirm(io, `Delete all ${plural(sessions.length, 'session')} in ${store.dir}?`))) {
					writeLine(io.stdout, 'Nothing deleted.');
					return 1;
				}
			}
			const removed = await store.clear();
			writeLine(io.stdout, `Deleted ${plural(removed, 'session')}.`);
			return 0;
		}

		const {sessions, warnings} = await store.list(focus ? {focus} : undefined);
		for (const warning of warnings) {
			writeLine(io.stderr, `warning: ${warning}`);
		}
		const trend = buildTrend(sessions);
		if (flags.json) {
			io.stdout.write(historyJson(sessions, trend));
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
		io.stdout.write(`${lines.join('\n')}\n`);
		return 0;
	} catch (error) {
		if (error instanceof StorageError) {
			throw new UsageError(error.message, 1);
		}
		throw error;
	}
};

export default handler;
