import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type ExternalEditorOptions = {
	env: NodeJS.ProcessEnv;
	/** Raw mode off while the editor owns the terminal, back on afterwards. */
	setRawMode(value: boolean): void;
	/** Restores terminal modes the editor may have reset (e.g. bracketed paste). */
	afterwards?(): void;
};

/**
 * Opens $VISUAL / $EDITOR (fallback vi) on the text in a temp file, with the terminal handed
 * over (stdio inherited; the event loop waits, so Ink neither reads keys nor draws meanwhile).
 * Resolves to the edited text, or null when the editor failed or left the text unchanged.
 */
export async function editInExternalEditor(text: string, {env, setRawMode, afterwards}: ExternalEditorOptions): Promise<string | null> {
	const dir = mkdtempSync(path.join(tmpdir(), 'ai-pm-sim-'));
	const file = path.join(dir, 'answer.md');
	writeFileSync(file, text, {mode: 0o600});
	const editor = env['VISUAL']?.trim() || env['EDITOR']?.trim() || 'vi';
	setRawMode(false);
	try {
		// The editor setting may carry arguments (e.g. "code --wait"), so it goes through the shell.
		const result = spawnSync(`${editor} "${file.replace(/"/g, '\\"')}"`, {stdio: 'inherit', shell: true, env});
		if (result.error || result.status !== 0) return null;
		const edited = readFileSync(file, 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
		return edited === text ? null : edited;
	} finally {
		setRawMode(true);
		afterwards?.();
		rmSync(dir, {recursive: true, force: true});
	}
}
