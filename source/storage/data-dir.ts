import {existsSync, lstatSync, mkdirSync, statfsSync, statSync, type Stats} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';

export type DataDirOptions = {
	/** `--data-dir`, already taken from the command line. */
	dataDir?: string;
	env: NodeJS.ProcessEnv;
};

export const DATA_DIR_ENV = 'AI_PM_SIM_DATA_DIR';
const APP_FOLDER = 'ai-pm-sim';

function nonEmpty(value: string | undefined): string | undefined {
	return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * Where settings and sessions live (sessions in a `sessions/` subfolder).
 * Precedence: --data-dir, AI_PM_SIM_DATA_DIR, $XDG_CONFIG_HOME/ai-pm-sim, ~/.config/ai-pm-sim.
 */
export function resolveDataDir({dataDir, env}: DataDirOptions): string {
	const explicit = nonEmpty(dataDir) ?? nonEmpty(env[DATA_DIR_ENV]);
	if (explicit) {
		return path.resolve(explicit);
	}
	const xdg = nonEmpty(env['XDG_CONFIG_HOME']);
	// XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
	if (xdg && path.isAbsolute(xdg)) {
		return path.join(xdg, APP_FOLDER);
	}
	const home = nonEmpty(env['HOME']) ?? homedir();
	return path.join(home, '.config', APP_FOLDER);
}

export function sessionsDirOf(dataDir: string): string {
	return path.join(dataDir, 'sessions');
}

/** A data folder that cannot be used as one; the message is one line, fit to print. */
export class DataDirError extends Error {}

// Pseudo file systems whose folders look real but cannot hold files (Node's recursive mkdir even
// loops forever under /proc/self). Values are the statfs magic numbers Linux reports.
const PSEUDO_FILE_SYSTEMS = new Map<number, string>([
	[0x9f_a0, 'proc'],
	[0x62_65_65_72, 'sysfs'],
	[0x1c_d1, 'devpts'],
	[0x27_e0_eb, 'cgroup'],
	[0x63_67_72_70, 'cgroup2'],
	[0x64_62_67_20, 'debugfs'],
	[0x73_63_66_73, 'securityfs'],
]);

function nearestExisting(dir: string): {at: string; info: Stats} {
	let at = dir;
	for (;;) {
		let info: Stats | undefined;
		try {
			info = lstatSync(at, {throwIfNoEntry: false});
		} catch (error) {
			// ENOTDIR: a file sits somewhere above; keep walking up to find it.
			if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
		}
		if (info) return {at, info};
		const parent = path.dirname(at);
		if (parent === at) throw new DataDirError(`${dir} cannot be created: no part of it exists`);
		at = parent;
	}
}

/** Throws a DataDirError when `dir` is not, and cannot become, an ordinary folder. */
export function checkDataDir(dir: string): void {
	const {at, info} = nearestExisting(dir);
	const target = info.isSymbolicLink() ? statSync(at, {throwIfNoEntry: false}) : info;
	if (!target?.isDirectory()) {
		throw new DataDirError(`${at === dir ? dir : `${at} (in ${dir})`} is not a folder`);
	}
	let type: number | undefined;
	try {
		type = statfsSync(at).type;
	} catch {}
	const special = type === undefined ? undefined : PSEUDO_FILE_SYSTEMS.get(type);
	if (special) {
		throw new DataDirError(`${dir} is on the ${special} pseudo file system, not a normal folder; choose another --data-dir`);
	}
}

/**
 * Creates `dir` and its missing parents one at a time, private to the user (0700). Node's
 * recursive mkdir is not used: on some pseudo file systems it never returns.
 */
export function ensurePrivateDir(dir: string): void {
	checkDataDir(dir);
	const missing: string[] = [];
	for (let at = dir; !existsSync(at); at = path.dirname(at)) missing.unshift(at);
	for (const folder of missing) {
		try {
			mkdirSync(folder, {mode: 0o700});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
}
