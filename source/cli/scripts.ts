import path from 'node:path';
import {loadScripts, type LoadedScripts} from '../core/script/load.js';
import type {CommandIo} from './io.js';
import {writeLine} from './io.js';

/** Built-in scripts plus the user's (`--questions DIR` or AI_PM_SIM_QUESTIONS); broken files are warned about, not fatal. */
export async function loadAllScripts(io: CommandIo, questionsDir?: string): Promise<LoadedScripts> {
	const extra = questionsDir ?? io.env.AI_PM_SIM_QUESTIONS;
	const loaded = await loadScripts({extraDirs: extra ? [path.resolve(io.cwd, extra)] : []});
	for (const error of loaded.errors) writeLine(io.stderr, `warning: ${error.file}: ${error.message}`);
	return loaded;
}
