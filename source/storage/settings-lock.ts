import {closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {processAlive} from './temp-files.js';

// Settings are one small file that several processes may change at once (two terminals, a script
// running `config set` in parallel). A lock file held for the few milliseconds of a
// read-modify-write serialises them; a lock whose holder died is taken over.

/** Longer than any read-modify-write of a small file; a lock this old belongs to a stuck process. */
const STALE_MS = 10_000;
/** How long to wait for a live holder before giving up with a message. */
const WAIT_MS = 5000;

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Settings are changed synchronously (the UI and `config set` both expect it), so waiting is too. */
function sleepSync(ms: number): void {
	Atomics.wait(pause, 0, 0, ms);
}

function holderOf(lock: string): {pid: number; ageMs: number} | null {
	try {
		const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
		return {pid, ageMs: Date.now() - statSync(lock).mtimeMs};
	} catch {
		return null;
	}
}

/** Runs `fn` while holding `lock` (created exclusively, holding our pid); always releases it. */
export function withFileLock<T>(lock: string, fn: () => T): T {
	const deadline = Date.now() + WAIT_MS;
	for (let attempt = 0; ; attempt++) {
		try {
			const fd = openSync(lock, 'wx', 0o600);
			writeSync(fd, String(process.pid));
			closeSync(fd);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = holderOf(lock);
		// A holder that died (or a lock left long ago) never releases: take it over. A lock with no
		// pid yet is being created right now, so only its age can make it stale.
		const dead = holder !== null && Number.isInteger(holder.pid) && holder.pid > 0 && !processAlive(holder.pid);
		if (holder && (dead || holder.ageMs > STALE_MS)) {
			try {
				unlinkSync(lock);
			} catch {}
			continue;
		}
		if (Date.now() > deadline) throw new Error(`the settings are locked by process ${holder?.pid ?? '?'} (${lock})`);
		sleepSync(Math.min(50, 2 + attempt * 2));
	}
	try {
		return fn();
	} finally {
		try {
			unlinkSync(lock);
		} catch {}
	}
}
