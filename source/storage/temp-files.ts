import {randomBytes} from 'node:crypto';
import {readdirSync, statSync, unlinkSync} from 'node:fs';
import path from 'node:path';

// Every atomic write here goes through a temp file named after the file it replaces and the
// process writing it. A write cut short by a crash or `kill -9` leaves that temp file behind;
// the next start removes it once its writer is gone.

const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** A temp file this old is stale even when its pid is alive again (pids are reused). */
const STALE_MS = 60 * 60 * 1000;

export function tempName(base: string): string {
	return `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

export function processAlive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Removes temp files left by writers that are no longer running; `names` saves a second listing. */
export function sweepTempFiles(dir: string, names?: string[]): number {
	let removed = 0;
	let all: string[];
	try {
		all = names ?? readdirSync(dir);
	} catch {
		return 0;
	}
	for (const name of all) {
		const match = TEMP.exec(name);
		if (!match) continue;
		const file = path.join(dir, name);
		const info = statSync(file, {throwIfNoEntry: false});
		if (!info?.isFile()) continue;
		if (processAlive(Number(match[1])) && Date.now() - info.mtimeMs < STALE_MS) continue;
		try {
			unlinkSync(file);
			removed += 1;
		} catch {
			// Gone already, or not ours to remove: either way nothing to do.
		}
	}
	return removed;
}
