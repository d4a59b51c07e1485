import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {formatReplay, sessionMarkdown} from '../../core/history/index.js';
import {openSessionStore, StorageError} from '../../storage/sessions.js';
import {safeJson, safeText} from '../../core/text/sanitize.js';
import {UsageError, writeLine, writeText} from '../io.js';
import {dataDirFlag, outputWidth} from '../options.js';
import type {CommandHandler} from './types.js';

const handler: CommandHandler = async ({args, flags, io}) => {
	const [which, ...extra] = args;
	if (which === undefined) {
		throw new UsageError('replay needs a session id or "latest" (see `ai-pm-sim history`)');
	}
	if (extra.length > 0) {
		throw new UsageError(`replay takes one session at a time (got "${args.join(' ')}")`);
	}
	if (flags.json && flags.markdown) {
		throw new UsageError('use either --json or --markdown, not both');
	}
	if (flags.out !== undefined && flags.out.trim() === '') {
		throw new UsageError('--out needs a file name');
	}
	const store = openSessionStore({dataDir: dataDirFlag(flags.dataDir, io), env: io.env});
	let record;
	try {
		record = await store.load(which);
	} catch (error) {
		if (error instanceof StorageError) {
			throw new UsageError(error.message, 1);
		}
		throw error;
	}

	// A file gets the same clean text as the terminal: it is read in one, or rendered as Markdown.
	const text = flags.json ? `${safeJson(record, 2)}\n` : safeText(flags.markdown ? sessionMarkdown(record) : formatReplay(record, flags.out ? 80 : outputWidth(io)));
	if (flags.out) {
		const file = path.resolve(io.cwd, flags.out);
		try {
			await writeFile(file, text, 'utf8');
		} catch (error) {
			throw new UsageError(`cannot write ${file}: ${(error as Error).message}`, 1);
		}
		writeLine(io.stderr, `Wrote session ${record.id} to ${file}.`);
		return 0;
	}
	writeText(io.stdout, text);
	return 0;
};

export default handler;
