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
