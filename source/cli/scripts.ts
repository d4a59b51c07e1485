import {loadScripts, type LoadedScripts} from '../core/script/load.js';
import type {CommandIo} from './io.js';
import {writeLine} from './io.js';
import {extraScriptDirs} from './options.js';

/** Built-in scripts plus the user's (`--questions DIR` or AI_PM_SIM_QUESTIONS); broken files are warned about, not fatal. */
export async function loadAllScripts(io: CommandIo, questionsDir?: string): Promise<LoadedScripts> {
	const loaded = await loadScripts({extraDirs: extraScriptDirs(io, questionsDir)});
	for (const error of loaded.errors) writeLine(io.stderr, `warning: ${error.file}: ${error.message}`);
	return loaded;
}
