import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {hasTmux, TmuxPane, until} from './tmux.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const tmuxAvailable = hasTmux();
if (!tmuxAvailable) {
	console.warn('test/e2e: tmux is not installed, so the interactive terminal test is skipped (.ci/run installs it).');
}

/** ~20,000 characters over several paragraphs, so pasted newlines are checked too. */
function longAnswer(): string {
	const sentences = [
		'I would build an eval set of about fifty real user requests and label them with a rubric.',
		'The quality criteria are faithfulness, coverage of the key points and tone, each with a bar before launch.',
		'After launch I would watch the override rate, time saved and whether people trust the summaries.',
		'I would slice accuracy by language and document length because cheap models fail at the edges.',
	];
	const paragraphs: string[] = [];
	let length = 0;
	for (let i = 0; length < 20_000; i++) {
		const paragraph = Array.from({length: 6}, (_, j) => sentences[(i + j) % sentences.length]).join(' ');
		paragraphs.push(paragraph);
		length += paragraph.length + 1;
	}
	return paragraphs.join('\n').slice(0, 20_000).trimEnd();
}

function readSessions(dir: string): Array<{turns: Array<{answer: string; kind: string}>; endReason: string | null}> {
	const sessions = path.join(dir, 'sessions');
	if (!existsSync(sessions)) return [];
	return readdirSync(sessions)
		.filter(f => f.endsWith('.json') && !f.startsWith('index'))
		.map(f => {
			try {
				return JSON.parse(readFileSync(path.join(sessions, f), 'utf8'));
			} catch {
				return null;
			}
		})
		.filter(r => r && Array.isArray(r.turns));
}

describe.skipIf(!tmuxAvailable)('the interactive interview in a real terminal (tmux, 80x24)', () => {
	const pane = new TmuxPane();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'ai-pm-sim-e2e-'));
	afterAll(() => {
		pane.kill();
		rmSync(dataDir, {recursive: true, force: true});
	});

	it('takes a 20,000-character paste whole, asks a follow-up, and ends with a recap', async () => {
		expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)').toBe(true);
		const answer = longAnswer();
		expect(answer.length).toBeGreaterThan(19_900);
		const answerFile = path.join(dataDir, 'paste.txt');
		writeFileSync(answerFile, answer);

		pane.start([process.execPath, cli, '--focus', 'evaluation', '--seed', '1', '--data-dir', dataDir], {
			columns: 80,
			rows: 24,
			// Ink draws only the final frame when CI is set; no API key means the offline interviewer.
			unset: ['CI', 'CONTINUOUS_INTEGRATION', 'OPENAI_API_KEY', 'AI_PM_SIM_API_KEY', 'NO_COLOR'],
			env: {AI_PM_SIM_DATA_DIR: dataDir, TERM: 'xterm-256color'},
		});

		await pane.waitFor(s => s.includes('Q1:') && s.includes('Type your answer'), 'the first question');
		pane.paste(answerFile);
		const words = answer.trim().split(/\s+/).length;
		await pane.waitFor(s => s.includes(`${words} words`), `the word count of the whole paste (${words} words)`);
		const screen = pane.capture();
		expect(screen).toMatch(/… \d+ lines above/);
		expect(screen).not.toContain('[200~');
		expect(screen).not.toContain('Follow-up:');
		pane.keys('Enter');

		await pane.waitFor(s => s.includes('Follow-up:') && s.includes('Type your answer'), 'the follow-up');
		const first = await until(() => readSessions(dataDir).find(r => r.turns.length >= 1), 'the first turn to be saved');
		expect(first.turns[0]!.answer.length).toBe(answer.length);
		expect(first.turns[0]!.answer).toBe(answer);

		const followUp = 'I would set the bar with the team before seeing results and never trade away faithfulness.';
		pane.type(followUp);
		await pane.waitFor(s => s.includes('faithfulness.'), 'the typed follow-up answer');
		pane.keys('Enter');
		await until(() => readSessions(dataDir).find(r => r.turns.length >= 2), 'the second turn to be saved');
		await pane.waitFor(s => s.includes('Type your answer'), 'the next prompt');

		pane.type('/end');
		await pane.waitFor(s => s.includes('/end'), 'the /end command');
		pane.keys('Enter');
		const recap = await pane.waitFor(s => /Overall \d{1,3}\/100/.test(s), 'the recap score');
		expect(recap).toContain('r replay this session');

		const saved = await until(() => readSessions(dataDir).find(r => r.endReason === 'ended-early'), 'the final save');
		expect(saved.turns[0]!.answer).toBe(answer);
		expect(saved.turns[1]!.answer).toBe(followUp);

		pane.keys('q');
		await until(() => (pane.paneDead() ? true : undefined), 'the app to quit');
	});
});

describe.skipIf(!tmuxAvailable)('leaving the app gives the terminal back (tmux, 60x24, NO_COLOR)', () => {
	const pane = new TmuxPane();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'ai-pm-sim-e2e-'));
	afterAll(() => {
		pane.kill();
		rmSync(dataDir, {recursive: true, force: true});
	});

	/** Cursor shown, line editing and echo back on, pastes no longer bracketed. */
	async function expectShellRestored(run: number): Promise<void> {
		await pane.waitFor(s => new RegExp(`^exited-${run}$`, 'm').test(s), `the shell after quit ${run}`);
		expect(pane.tmux('display-message', '-p', '-t', 'app', '#{cursor_flag}').trim()).toBe('1');
		pane.type(`stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo modes-${run}`);
		pane.keys('Enter');
		const modes = await pane.waitFor(s => new RegExp(`^icanon echo modes-${run}`, 'm').test(s), `cooked mode after quit ${run}`);
		expect(modes).not.toContain('-icanon');
		pane.keys('clear', 'Enter');
		pane.type('cat -v');
		pane.keys('Enter');
		const pasted = path.join(dataDir, 'pasted.txt');
		writeFileSync(pasted, `pasted-${run}`);
		pane.paste(pasted);
		pane.keys('Enter', 'C-d');
		const screen = await pane.waitFor(s => (s.match(new RegExp(`pasted-${run}`, 'g')) ?? []).length >= 2, `the paste echoed by cat after quit ${run}`);
		expect(screen).not.toContain('[200~');
		pane.keys('clear', 'Enter');
	}

	function launch(run: number, args: string): void {
		pane.type(`${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${args} --data-dir ${JSON.stringify(dataDir)}; echo exited-${run}`);
		pane.keys('Enter');
	}

	it('q, Ctrl+C twice and /end then q all restore the cursor, cooked mode and plain pastes; no colour is printed', async () => {
		expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)').toBe(true);
		pane.start(['sh'], {
			columns: 60,
			rows: 24,
			unset: ['CI', 'CONTINUOUS_INTEGRATION', 'OPENAI_API_KEY', 'AI_PM_SIM_API_KEY'],
			env: {AI_PM_SIM_DATA_DIR: dataDir, TERM: 'xterm-256color', NO_COLOR: '1', PS1: '$ '},
		});

		launch(1, '');
		await pane.waitFor(s => s.includes('New interview'), 'the home screen');
		const coloured = pane.tmux('capture-pane', '-p', '-e', '-t', 'app');
		// Bold and dim are allowed; a foreground or background colour is not.
		expect(coloured).not.toMatch(/\u001B\[[0-9;]*(3[0-7]|4[0-7]|38;|48;|9[0-7])[0-9;]*m/);
		pane.keys('q');
		await expectShellRestored(1);

		launch(2, '--focus evaluation');
		await pane.waitFor(s => s.includes('Q1:') && s.includes('Type your answer'), 'the first question');
		const keys = pane
			.capture()
			.split('\n')
			.find(line => line.startsWith('Enter send'));
		expect(keys, 'the key hints fit on one line at 60 columns').toBe('Enter send · Ctrl+J new line · /help commands · Ctrl+C quit');
		pane.type('half an answer');
		await pane.waitFor(s => s.includes('half an answer'), 'the typed text');
		pane.keys('C-c');
		await pane.waitFor(s => s.includes('Press Ctrl+C again'), 'the quit warning');
		pane.keys('C-c');
		await expectShellRestored(2);

		launch(3, '--focus evaluation');
		await pane.answerOnceAndEnd('I would build an eval set of real documents and agree a bar before launch.');
		pane.keys('q');
		await expectShellRestored(3);
	});
});
