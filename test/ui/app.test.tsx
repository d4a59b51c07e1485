import {afterEach, describe, expect, it, vi} from 'vitest';
import {App, type ExitResult} from '../../source/ui/app.js';
import {startInterview} from '../../source/ui/start-interview.js';
import {cleanupUi, KEYS, renderUi, waitFor} from './helpers.js';
import {fakeScreens, fakeServices, memorySessions, memorySettings} from './fakes.js';

afterEach(cleanupUi);

const stillClock = {now: () => Date.now(), tickMs: null};

function start(props: Partial<Parameters<typeof App>[0]> & {services: Parameters<typeof App>[0]['services']}) {
	const exits: ExitResult[] = [];
	const ui = renderUi(<App screens={fakeScreens} clock={stillClock} onExit={r => exits.push(r)} {...props} />);
	return {ui, exits};
}

const answer =
	'I would build an eval set of 50 real user emails, score accuracy, tone and safety with a rubric, set a bar for each before launch, and then watch the override rate and time saved after launch.';

describe('App', () => {
	it('goes home → focus picker (last focus preselected) → interview → follow-up → /end → recap → replay', async () => {
		const sessions = memorySessions();
		const settings = memorySettings({lastFocus: 'evaluation'});
		const {ui} = start({services: fakeServices({sessions, settings})});
		expect(ui.frame()).toContain('New interview');
		await ui.write('n');
		await waitFor(() => expect(ui.frame()).toContain('▸ 2  Evaluation'));
		await ui.write(KEYS.enter);
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		expect(ui.frame()).toContain('Evaluation · question 1 of');
		await ui.write(answer);
		await waitFor(() => expect(ui.frame()).toMatch(/\d+ words/));
		await ui.write(KEYS.enter);
		await waitFor(() => expect(sessions.saved.at(-1)?.turns[0]?.answer).toBe(answer));
		// Saved the moment it was sent too, as the draft of its question: a crash mid-call keeps it.
		expect(sessions.saved[0]!.pending?.draft).toBe(answer);
		expect(sessions.saved[0]!.turns).toHaveLength(0);
		await waitFor(() => expect(ui.frame()).toContain('Type your answer'));
		// The first exchange moved above the live area.
		expect(ui.frame()).toContain('✓ answered');
		expect(settings.values.lastFocus).toBe('evaluation');
		await ui.type('/end');
		await ui.write(KEYS.enter);
		await waitFor(() => expect(ui.frame()).toMatch(/Overall +\d+\/100/));
		expect(ui.frame()).toContain('Top things to work on');
		expect(ui.frame()).toContain('r replay this session');
		await waitFor(() => expect(sessions.saved.at(-1)?.endReason).toBe('ended-early'));
		await ui.write('r');
		await waitFor(() => expect(ui.frame()).toMatch(/REPLAY \S+ turns=1/));
		await ui.write(KEYS.esc);
		await waitFor(() => expect(ui.frame()).toContain('r replay this session'));
		await ui.write('h');
		await waitFor(() => expect(ui.frame()).toContain('New interview'));
	});

	it('draws an interview started before the first frame as that frame, and remembers its focus', async () => {
		const services = fakeServices({settings: memorySettings()});
		const started = await startInterview(services, {focus: 'evaluation'}, {seed: 3});
		const settings = memorySettings();
		const {ui} = start({services: {...services, settings: async () => settings}, initial: {focus: 'evaluation'}, started});
		expect(ui.frame()).toContain('Q1:');
		expect(ui.frame()).not.toContain('Preparing');
		await ui.write('x');
		await waitFor(() => expect(ui.frame()).toMatch(/1 word/));
		await waitFor(() => expect(settings.values.lastFocus).toBe('evaluation'));
	});

	it('starts straight at the first question with a focus, and /skip, /hint, /help work', async () => {
		const settings = memorySettings();
		const {ui} = start({services: fakeServices({settings}), initial: {focus: 'evaluation'}});
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		await waitFor(() => expect(settings.values.lastFocus).toBe('evaluation'));
		await ui.type('/hint');
		await ui.write(KEYS.enter);
		expect(ui.frame()).toContain('Hints: a strong answer touches on');
		await ui.type('/help');
		await ui.write(KEYS.enter);
		expect(ui.frame()).toContain('Ctrl+J (or Alt+Enter, Shift+Enter): new line');
		await ui.type('/nope');
		await ui.write(KEYS.enter);
		expect(ui.frame()).toContain('/nope is not a command');
		await ui.type('/skip');
		await ui.write(KEYS.enter);
		await waitFor(() => expect(ui.frame()).toContain('Q2:'));
		expect(ui.frame()).toContain('↷ skipped');
	});

	it('asks once on Ctrl+C, then saves the draft and exits', async () => {
		const sessions = memorySessions();
		const {ui, exits} = start({services: fakeServices({sessions}), initial: {focus: 'technical'}});
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		await ui.write('half an answer');
		await ui.write(KEYS.ctrlC);
		expect(ui.frame()).toContain('Press Ctrl+C again to quit');
		expect(exits).toEqual([]);
		await ui.write(KEYS.ctrlC);
		await waitFor(() => expect(exits).toHaveLength(1));
		expect(exits[0]!.code).toBe(130);
		expect(sessions.saved.at(-1)!.pending?.draft).toBe('half an answer');
		expect(sessions.saved.at(-1)!.complete).toBe(false);
		expect(sessions.saved.at(-1)!.endReason).toBe('interrupted');
	});

	it('prints the answers when the session cannot be saved', async () => {
		const {ui, exits} = start({services: fakeServices({sessions: memorySessions({failSave: true})}), initial: {focus: 'technical'}});
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		await ui.write('my unsaved answer');
		await ui.write(KEYS.ctrlC);
		await ui.write(KEYS.ctrlC);
		await waitFor(() => expect(exits).toHaveLength(1));
		expect(exits[0]!.unsaved).toContain('my unsaved answer');
		expect(exits[0]!.message).toContain('disk full');
	});

	it('offers to resume the latest incomplete session and restores its draft', async () => {
		const sessions = memorySessions();
		const first = start({services: fakeServices({sessions}), initial: {focus: 'ethics'}});
		await waitFor(() => expect(first.ui.frame()).toContain('Q1:'));
		await first.ui.write('draft to keep');
		await first.ui.write(KEYS.ctrlC);
		await first.ui.write(KEYS.ctrlC);
		await waitFor(() => expect(first.exits).toHaveLength(1));
		first.ui.unmount();

		const {ui} = start({services: fakeServices({sessions})});
		await waitFor(() => expect(ui.frame()).toContain('Resume your Safety and ethics session'));
		await ui.write('r');
		await waitFor(() => expect(ui.frame()).toContain('draft to keep'));
	});

	it('Esc while the interviewer thinks gives the answer back to the editor', async () => {
		let release!: () => void;
		const base = (await import('../../source/core/engine/offline.js')).createOfflineEngine();
		const engine = {
			...base,
			kind: 'offline' as const,
			analyze: (input: Parameters<typeof base.analyze>[0], options?: Parameters<typeof base.analyze>[1]) =>
				new Promise<Awaited<ReturnType<typeof base.analyze>>>((resolve, reject) => {
					release = () => void base.analyze(input).then(resolve);
					options?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), {name: 'AbortError'})));
				}),
		};
		const {ui} = start({services: fakeServices({engine}), initial: {focus: 'evaluation'}, plain: true});
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		await ui.write('an answer I want back');
		await ui.write(KEYS.enter);
		await waitFor(() => expect(ui.frame()).toContain('Listening to your answer'));
		await ui.write(KEYS.esc);
		await waitFor(() => expect(ui.frame()).toContain('an answer I want back'));
		expect(release).toBeTypeOf('function');
	});

	it('starts a given script, and --resume without an unfinished session says so at home', async () => {
		const {loadScripts} = await import('../../source/core/script/load.js');
		const script = (await loadScripts()).scripts[0]!;
		const a = start({services: fakeServices(), initial: {scriptId: script.id}});
		await waitFor(() => expect(a.ui.frame()).toContain(`Q1: ${script.questions[0]!.text.slice(0, 20)}`));
		a.ui.unmount();
		const b = start({services: fakeServices(), initial: {resume: true}});
		await waitFor(() => expect(b.ui.frame()).toContain('no unfinished session to resume'));
		expect(b.ui.frame()).toContain('New interview');
	});

	it('quits from home with q', async () => {
		const {ui, exits} = start({services: fakeServices()});
		await ui.write('q');
		expect(exits).toEqual([{code: 0}]);
	});

	it('opens the external editor on Ctrl+E and uses its text', async () => {
		const edit = vi.fn(async (text: string) => `${text} plus more from the editor`);
		const {ui} = start({services: fakeServices({edit}), initial: {focus: 'evaluation'}});
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		await ui.write('start');
		await ui.write(KEYS.ctrlE);
		await waitFor(() => expect(ui.frame()).toContain('start plus more from the editor'));
	});

	it('n2Hello in one chunk starts the second focus area and the answer gets Hello', async () => {
		const {ui} = start({services: fakeServices()});
		await ui.write('n2Hello');
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		expect(ui.frame()).toContain('Evaluation · question 1 of');
		expect(ui.frame()).toContain('Hello');
		expect(ui.frame()).toContain('1 word');
	});

	it('n then 2 arriving before the screen is drawn lands on the second focus area', async () => {
		const {ui} = start({services: fakeServices()});
		await ui.writeAll(['n', '2']);
		await waitFor(() => expect(ui.frame()).toContain('Evaluation · question 1 of'));
	});

	it('says something when Enter is pressed on an empty answer', async () => {
		const {ui} = start({services: fakeServices(), initial: {focus: 'evaluation'}});
		await waitFor(() => expect(ui.frame()).toContain('Q1:'));
		await ui.write('   ');
		await ui.write(KEYS.enter);
		expect(ui.frame()).toContain('Nothing to send yet');
		expect(ui.frame()).toContain('Q1:');
	});
});
