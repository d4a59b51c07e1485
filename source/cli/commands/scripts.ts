import {realpathSync} from 'node:fs';
import path from 'node:path';
import {loadScripts} from '../../core/script/load.js';
import type {FollowUpNode, Script} from '../../core/script/schema.js';
import {writeJson, writeLine} from '../io.js';
import {loadAllScripts} from '../scripts.js';
import type {CommandHandler} from './types.js';

function countFollowUps(node: {followUps?: Partial<Record<string, FollowUpNode>>}): number {
	return Object.values(node.followUps ?? {}).reduce((sum, child) => sum + 1 + countFollowUps(child!), 0);
}

function summary(script: Script) {
	return {
		id: script.id,
		focus: script.focus,
		title: script.title,
		questionCount: script.questions.length,
		followUpCount: script.questions.reduce((sum, q) => sum + countFollowUps(q), 0),
	};
}

const scripts: CommandHandler = async ({flags, io}) => {
	if (flags.validate !== undefined) {
		const target = path.resolve(io.cwd, flags.validate);
		const [{scripts: checked, errors, sources}, {sources: builtIn}] = await Promise.all([loadScripts({extraDirs: [target], builtIn: false}), loadScripts()]);
		// With the built-in scripts loaded first, a script reusing one of their ids would be skipped.
		const valid = checked.filter(script => {
			const builtInFile = builtIn.get(script.id);
			// Validating the built-in folder itself is fine: a script does not collide with itself.
			const taken = builtInFile && realpathSync(builtInFile) !== realpathSync(sources.get(script.id)!) ? builtInFile : undefined;
			if (taken)
				errors.push({
					file: sources.get(script.id) ?? target,
					message: `id: script id "${script.id}" is already used by the built-in script ${path.basename(taken)}; rename it, or it is skipped`,
				});
			return !taken;
		});
		if (flags.json) writeJson(io.stdout, {valid: valid.map(summary), errors});
		else {
			for (const script of valid) writeLine(io.stdout, `✓ ${script.id}: ${script.questions.length} questions`);
			for (const error of errors) writeLine(io.stderr, `✗ ${error.file}: ${error.message}`);
		}
		return errors.length > 0 || valid.length === 0 ? 1 : 0;
	}
	const {scripts: loaded, sources} = await loadAllScripts(io, flags.questions);
	const rows = loaded.map(summary);
	if (flags.json) {
		writeJson(io.stdout, {scripts: rows.map(row => ({...row, file: sources.get(row.id)}))});
		return 0;
	}
	const width = Math.max(2, ...rows.map(r => r.id.length));
	writeLine(io.stdout, `${'ID'.padEnd(width)}  ${'FOCUS'.padEnd(14)}  QUESTIONS  FOLLOW-UPS`);
	for (const row of rows)
		writeLine(io.stdout, `${row.id.padEnd(width)}  ${row.focus.padEnd(14)}  ${String(row.questionCount).padStart(9)}  ${String(row.followUpCount).padStart(10)}`);
	return 0;
};

export default scripts;
