import {afterEach, describe, expect, it} from 'vitest';
import type {SessionRecord} from '../../source/core/session/record.js';
import {openSessionStore} from '../../source/storage/sessions.js';
import {HistoryScreen} from '../../source/ui/screens/history-screen.js';
import {ReplayScreen} from '../../source/ui/screens/replay-screen.js';
import {cleanupUi, KEYS, renderUi, waitFor} from '../ui/helpers.js';
import {makeRecord} from '../storage/fixtures.js';
import {tempDir} from '../storage/temp.js';

afterEach(cleanupUi);

async function seededStore() {
	const store = openSessionStore({dataDir: await tempDir(), env: {}});
	await store.save(makeRecord({id: 'old-1', startedAt: '2025-01-01T10:00:00Z', overall: 45}));
	await store.save(makeRecord({id: 'mid-2', startedAt: '2025-02-01T10:00:00Z', overall: 70}));
	await store.save(makeRecord({id: 'open-3', startedAt: '2025-03-01T10:00:00Z', complete: false}));
	return store;
}

function widest(frame: string): number {
	return Math.max(...frame.split('\n').map(line => [...line].length));
}

/** Six scored sessions in two focus areas. */
async function sixSessions() {
	const store = openSessionStore({dataDir: await tempDir(), env: {}});
	for (let i = 0; i < 6; i++) {
		await store.save(makeRecord({id: `s${i}-20250${i + 1}01`, startedAt: `2025-0${i + 1}-01T10:00:00Z`, overall: 40 + i * 8, focus: i % 2 ? 'ethics' : 'evaluation'}));
	}
	return store;
}

/** Ink and the screen see a terminal `columns` wide from now on. */
async function resize(ui: ReturnType<typeof renderUi>, columns: number) {
	await ui.act(() => {
		Object.defineProperty(ui.stdout, 'columns', {value: columns, configurable: true});
		ui.stdout.emit('resize');
	});
}

describe('HistoryScreen widths and filters', () => {
	it.each([40, 60, 80])('fits %i columns: every session in the trend, labels apart from charts, score, status and id whole', async columns => {
		const ui = renderUi(<HistoryScreen store={await sixSessions()} onReplay={() => undefined} onResume={() => undefined} onBack={() => undefined} />);
		await resize(ui, columns);
		await waitFor(() => expect(ui.frame()).toContain('s5-'));
		const frame = ui.frame();
		expect(widest(frame)).toBeLessThanOrEqual(columns);
		// Six sessions drawn: the overall line's sparkline has six marks, then 40 → 80.
		expect(frame).toMatch(/[▁▂▃▄▅▆▇█]{6} {2}40 → 80 \(\+40\)/);
		// A label is never followed directly by a chart mark.
		expect(frame).not.toMatch(/[a-z][▁▂▃▄▅▆▇█]/);
		const header = frame.split('\n').find(line => line.includes('Date'))!;
		for (const column of ['Score', 'Status', 'Id']) expect(header).toContain(column);
		expect(frame).toMatch(/› .*\b80\s+(\d+:\d+\s+)?complete\s+s5-/);
	});

	it('f filters the trend and the list by focus area, and back to all', async () => {
		const ui = renderUi(<HistoryScreen store={await sixSessions()} onReplay={() => undefined} onResume={() => undefined} onBack={() => undefined} />);
		await waitFor(() => expect(ui.frame()).toContain('6 sessions'));
		expect(ui.frame()).toContain('f by focus');
		await ui.write('f');
		expect(ui.frame()).toContain('3 sessions · Evaluation');
		expect(ui.frame()).toMatch(/Overall\s+[▁▂▃▄▅▆▇█]{3} {2}40 → 72 \(\+32\)/);
		expect(ui.frame()).not.toContain('s1-');
		await ui.write('f');
		expect(ui.frame()).toMatch(/3 sessions · Safety and ethics/);
		expect(ui.frame()).toMatch(/Overall\s+[▁▂▃▄▅▆▇█]{3} {2}48 → 80 \(\+32\)/);
		await ui.write('f');
		expect(ui.frame()).toContain('6 sessions');
	});
});

describe('HistoryScreen', () => {
	it('shows the trend and the list, moves the selection and replays with Enter', async () => {
		const store = await seededStore();
		const replayed: string[] = [];
		const ui = renderUi(<HistoryScreen store={store} onReplay={id => replayed.push(id)} onResume={() => undefined} onBack={() => undefined} />);
		await waitFor(() => expect(ui.frame()).toContain('open-3'));
		const frame = ui.frame();
		expect(frame).toMatch(/Overall\s+▄▆ {2}45 → 70 \(\+25\)/);
		expect(frame).toMatch(/› .*partial\s+open-3/);
		expect(widest(frame)).toBeLessThanOrEqual(80);
		await ui.write(KEYS.down);
		expect(ui.frame()).toMatch(/› .*complete\s+mid-2/);
		await ui.write(KEYS.enter);
		expect(replayed).toEqual(['mid-2']);
	});

	it('r resumes only an unfinished session', async () => {
		const store = await seededStore();
		const resumed: SessionRecord[] = [];
		const ui = renderUi(<HistoryScreen store={store} onReplay={() => undefined} onResume={record => resumed.push(record)} onBack={() => undefined} />);
		await waitFor(() => expect(ui.frame()).toContain('open-3'));
		await ui.write('r');
		await waitFor(() => expect(resumed.map(r => r.id)).toEqual(['open-3']));
		await ui.write(KEYS.down);
		await ui.write('r');
		expect(ui.frame()).toMatch(/only an unfinished session can be resumed/);
		expect(resumed).toHaveLength(1);
	});

	it('d asks before deleting; anything but y keeps the session', async () => {
		const store = await seededStore();
		const ui = renderUi(<HistoryScreen store={store} onReplay={() => undefined} onResume={() => undefined} onBack={() => undefined} />);
		await waitFor(() => expect(ui.frame()).toContain('open-3'));
		await ui.write('d');
		expect(ui.frame()).toMatch(/Delete session open-3 .*\? y\/N/);
		await ui.write('n');
		expect(ui.frame()).toMatch(/Nothing deleted/);
		expect((await store.list()).sessions).toHaveLength(3);
		await ui.write('d');
		await ui.write('y');
		await waitFor(() => expect(ui.frame()).not.toMatch(/partial\s+open-3/));
		expect(ui.frame()).toMatch(/Deleted session open-3/);
		expect(ui.frame()).toMatch(/2 sessions/);
		expect((await store.list()).sessions.map(s => s.id)).toEqual(['mid-2', 'old-1']);
	});

	it('Esc and q go back; an empty store says how to fill it', async () => {
		const store = openSessionStore({dataDir: await tempDir(), env: {}});
		let back = 0;
		const ui = renderUi(<HistoryScreen store={store} onReplay={() => undefined} onResume={() => undefined} onBack={() => back++} />);
		await waitFor(() => expect(ui.frame()).toMatch(/No sessions yet/));
		await ui.write('q');
		await ui.write(KEYS.esc);
		await waitFor(() => expect(back).toBe(2));
	});
});

describe('ReplayScreen', () => {
	it('steps through turns with ←/→ and ends on the recap', async () => {
		const record = makeRecord({turns: 2, overall: 64});
		const ui = renderUi(<ReplayScreen record={record} onBack={() => undefined} />);
		expect(ui.frame()).toMatch(/Turn 1 of 2 · question/);
		expect(ui.frame()).toMatch(/Why: Opening question/);
		expect(ui.frame()).toMatch(/✗ Evaluation framework \(no-eval-framework\)/);
		expect(ui.frame()).toMatch(/"We would track NPS and daily active users"/);
		await ui.write(KEYS.right);
		expect(ui.frame()).toMatch(/Turn 2 of 2 · follow-up/);
		expect(ui.frame().replace(/\s+/g, ' ')).toMatch(/Follow-up probing Evaluation framework/);
		await ui.write(KEYS.right);
		expect(ui.frame()).toMatch(/Overall 64\/100/);
		expect(ui.frame()).toMatch(/Top actions:/);
		await ui.write(KEYS.right);
		expect(ui.frame()).toMatch(/Overall 64\/100/);
		await ui.write(KEYS.left);
		expect(ui.frame()).toMatch(/Turn 2 of 2/);
		expect(widest(ui.frame())).toBeLessThanOrEqual(80);
	});

	it('cuts a very long answer with a note', async () => {
		const record = makeRecord({turns: 1, answerWords: 1500});
		const ui = renderUi(<ReplayScreen record={record} onBack={() => undefined} />);
		expect(ui.frame()).toMatch(/\[…\] \d+ more lines not shown/);
		expect(ui.frame().split('\n').length).toBeLessThan(40);
	});

	it('Esc goes back', async () => {
		let back = false;
		const ui = renderUi(<ReplayScreen record={makeRecord()} onBack={() => (back = true)} />);
		await ui.write(KEYS.esc);
		await waitFor(() => expect(back).toBe(true));
	});
});
