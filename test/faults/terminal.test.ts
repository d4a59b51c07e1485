// The built app in a real pseudo-terminal (tmux): signals from outside save the unsent answer, and
// moving between screens many times never crashes (Ink's <Static> use-after-free, ink 904/979).
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {hasTmux, TmuxPane, until} from '../e2e/tmux.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const tmuxAvailable = hasTmux();
if (!tmuxAvailable) console.warn('test/faults: tmux is not installed, so the signal and navigation tests are skipped.');

type Saved = {id: string; endReason: string | null; pending: {draft: string} | null; turns: unknown[]};

function savedSessions(dataDir: string): Saved[] {
	const dir = path.join(dataDir, 'sessions');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter(name => name.endsWith('.json'))
		.flatMap(name => {
			try {
				return [JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Saved];
			} catch {
				return [];
			}
		});
}

const panes: TmuxPane[] = [];
const dirs: string[] = [];
afterAll(() => {
	for (const pane of panes) pane.kill();
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

function launch(args: string[], size = {columns: 80, rows: 30}): {pane: TmuxPane; dataDir: string} {
	expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)').toBe(true);
	const dataDir = mkdtempSync(path.join(tmpdir(), 'ai-pm-sim-faults-'));
	dirs.push(dataDir);
	const pane = new TmuxPane();
	panes.push(pane);
	pane.start([process.execPath, cli, ...args, '--data-dir', dataDir], {
		...size,
		// Ink draws only the final frame when CI is set; no API key means the offline interviewer.
		unset: ['CI', 'CONTINUOUS_INTEGRATION', 'OPENAI_API_KEY', 'AI_PM_SIM_API_KEY'],
		env: {TERM: 'xterm-256color', NO_COLOR: '1'},
	});
	return {pane, dataDir};
}

describe.skipIf(!tmuxAvailable)('signals from outside save the draft (tmux)', () => {
	it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s saves what was typed but not sent, marked interrupted, and the app exits', {timeout: 40_000}, async signal => {
		const {pane, dataDir} = launch(['--focus', 'evaluation']);
		await pane.waitFor(s => s.includes('Q1:') && s.includes('Type your answer'), 'the first question');
		const draft = `unsent draft before ${signal} about an eval set`;
		pane.type(draft);
		await pane.waitFor(s => s.includes(`before ${signal}`), 'the typed draft');
		const pid = Number(pane.tmux('display-message', '-p', '-t', 'app', '#{pane_pid}').trim());
		process.kill(pid, signal);
		const saved = await until(() => savedSessions(dataDir).find(r => r.pending?.draft === draft), `the draft saved after ${signal}`, 15_000);
		expect(saved.endReason).toBe('interrupted');
		// The app ran its own handler to the end (not killed by the signal): it gave the terminal
		// back (Ink unmounted) and said what happened below the last frame.
		const screen = await pane.waitFor(s => s.includes(`stopped by ${signal}`), 'the closing line');
		expect(screen).toContain('The session was saved');
		await until(() => (pane.paneDead() ? true : undefined), 'the app to exit', 15_000);
	});
});

describe.skipIf(!tmuxAvailable)('moving between screens (tmux)', () => {
	it('recap -> replay -> back, then home -> history -> replay -> history -> home, many times, without a crash', {timeout: 90_000}, async () => {
		const {pane} = launch(['--focus', 'evaluation']);
		await pane.answerOnceAndEnd('I would build an eval set of real documents and agree a quality bar before launch.');
		const onRecap = (s: string) => /Overall \d{1,3}\/100/.test(s) && s.includes('r replay');
		for (let round = 0; round < 8; round++) {
			pane.keys('r');
			await pane.waitFor(s => s.includes('Replay') && s.includes('turn 1 of'), `the replay (round ${round})`);
			pane.keys('Right');
			await pane.waitFor(s => s.includes('Step ○●'), `the replay's recap step (round ${round})`);
			pane.keys('Escape');
			await pane.waitFor(onRecap, `the recap again (round ${round})`);
		}
		pane.keys('h');
		const onHome = (s: string) => s.includes('New interview') && s.includes('History');
		await pane.waitFor(onHome, 'the home screen');
		for (let round = 0; round < 8; round++) {
			pane.keys('h');
			await pane.waitFor(s => s.includes('History') && s.includes('1 session'), `the history (round ${round})`);
			pane.keys('Enter');
			await pane.waitFor(s => s.includes('Replay') && s.includes('turn 1 of'), `a replay from history (round ${round})`);
			pane.keys('Escape');
			await pane.waitFor(s => s.includes('1 session') && !s.includes('turn 1 of'), `the history again (round ${round})`);
			pane.keys('Escape');
			await pane.waitFor(onHome, `home again (round ${round})`);
		}
		expect(pane.paneDead()).toBe(false);
		expect(pane.capture()).not.toMatch(/RuntimeError|memory access|Error:/);
		pane.keys('q');
		await until(() => (pane.paneDead() ? true : undefined), 'the app to quit');
	});
});

describe.skipIf(!tmuxAvailable)('a 40-column terminal (tmux)', () => {
	it('keeps the pacing hint whole on its own line under the word count', {timeout: 30_000}, async () => {
		const {pane} = launch(['--focus', 'evaluation'], {columns: 40, rows: 24});
		const screen = await pane.waitFor(s => s.includes('Q1:') && s.includes('Type your answer'), 'the first question');
		const lines = screen.split('\n').map(line => line.trimEnd());
		expect(lines).toContain('  aim for ~3 min / ~400 words');
		expect(lines.some(line => /^ {2}0 words · 0:0\d$/.test(line))).toBe(true);
		expect(lines.every(line => line.length <= 40)).toBe(true);
	});

	// Wide characters are measured by string-width itself, which the bundle loads only at the first
	// such text: this runs that path in the built app.
	it('wraps typed CJK text by its display width, losing no character', {timeout: 30_000}, async () => {
		const {pane} = launch(['--focus', 'evaluation'], {columns: 40, rows: 24});
		await pane.waitFor(s => s.includes('Q1:') && s.includes('Type your answer'), 'the first question');
		const typed = '先定义质量标准，再用真实数据建立评估集。每个标准都有上线门槛，按语言分别检查。上线后看人工修改率。';
		pane.type(typed);
		const cjk = (text: string) => text.replace(/[^\u3000-\u9fff\uff00-\uffef]/g, '');
		const screen = await pane.waitFor(s => cjk(s).endsWith('上线后看人工修改率。'), 'the typed text');
		expect(cjk(screen)).toBe(typed);
		// Measured one column a character, a row runs past the edge and the terminal wraps it:
		// the rest of it then starts at column 0, outside the answer's indent.
		const rows = screen.split('\n').filter(line => cjk(line).length > 0);
		expect(rows.length).toBeGreaterThanOrEqual(3);
		expect(rows.filter(line => !line.startsWith('  '))).toEqual([]);
	});
});
