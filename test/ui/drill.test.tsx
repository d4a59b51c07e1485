import {afterEach, describe, expect, it} from 'vitest';
import {App, type ExitResult} from '../../source/ui/app.js';
import {findDrillFeature} from '../../source/core/drill/features.js';
import {emptyDimensions} from '../../source/core/taxonomy/ids.js';
import type {SessionSummary} from '../../source/core/history/summary.js';
import {cleanupUi, KEYS, renderUi, waitFor} from './helpers.js';
import {fakeScreens, fakeServices, memorySessions} from './fakes.js';

afterEach(cleanupUi);

/** A clock the test moves by hand. */
function handClock(start = 1_000_000) {
	const clock = {t: start, now: () => clock.t, tickMs: null};
	return clock;
}

function start(props: Partial<Parameters<typeof App>[0]> = {}) {
	const exits: ExitResult[] = [];
	const ui = renderUi(<App screens={fakeScreens} services={fakeServices()} clock={handClock()} onExit={r => exits.push(r)} {...props} />);
	return ui;
}

const ANSWER = 'Criteria: correct, usable as is, and safe. A test set of 50 real customer messages from last month. At least 95% correct, 60% usable, zero unsafe.';

describe('the evaluation drill in the app', () => {
	it('opens from --drill on a feature with a visible three-minute clock, then checks each part and shows a strong version', async () => {
		const clock = handClock();
		const feature = findDrillFeature('smart-replies')!;
		const ui = start({initial: {drill: feature.id}, clock});
		expect(ui.frame()).toContain(feature.name);
		expect(ui.frame()).toContain('⏱ 3:00 left');
		await ui.write(ANSWER);
		clock.t += 200_000;
		await ui.write(KEYS.enter);
		await waitFor(() => expect(ui.frame()).toContain('Evaluation drill: recap'));
		const frame = ui.frame();
		expect(frame).toContain('✓ Quality criteria');
		expect(frame).toContain('✓ Test set');
		expect(frame).toContain('✓ Thresholds');
		expect(frame).toContain('0:20 over the three minutes');
		expect(frame).toContain('A strong version for');
		expect(frame.replace(/\s+/g, ' ')).toContain(feature.criteria[0].bar);
		await ui.write('a');
		await waitFor(() => expect(ui.frame()).toContain('⏱ 3:00 left'));
		expect(ui.frame()).not.toContain(feature.name);
		await ui.write(KEYS.esc);
		await waitFor(() => expect(ui.frame()).toContain('New interview'));
	});

	it('is one key from the home screen', async () => {
		const ui = start();
		await waitFor(() => expect(ui.frame()).toContain('Evaluation drill'));
		await ui.write('d');
		await waitFor(() => expect(ui.frame()).toContain('⏱ 3:00 left'));
	});
});

describe('practising what history recommends', () => {
	const weakOnEvaluation: SessionSummary = {
		id: '20261201-100000-abcdef',
		focus: 'product-sense',
		engine: 'offline',
		startedAt: '2026-12-01T10:00:00.000Z',
		endedAt: '2026-12-01T10:20:00.000Z',
		durationSeconds: 1200,
		complete: true,
		overall: 55,
		dimensions: {...emptyDimensions(), 'generic-pm': 70, 'no-eval-framework': 30},
		turns: 5,
		openings: [],
	};

	it('the home screen offers the recommendation in one key, and p starts it', async () => {
		const sessions = {...memorySessions(), list: async () => ({sessions: [weakOnEvaluation], warnings: [], damaged: []})};
		const ui = start({services: fakeServices({sessions})});
		await waitFor(() => expect(ui.frame()).toContain('Practise next: the evaluation drill'));
		expect(ui.frame()).toContain('Evaluation framework is your weakest dimension: 30/100');
		await ui.write('p');
		await waitFor(() => expect(ui.frame()).toContain('⏱ 3:00 left'));
	});

	it('no history, no recommendation', async () => {
		const ui = start();
		await waitFor(() => expect(ui.frame()).toContain('Evaluation drill'));
		expect(ui.frame()).not.toContain('Practise next');
	});
});

describe('the line under the recap', () => {
	it('says what to practise next and why, and where to start it', async () => {
		const {NextPractice} = await import('../../source/ui/components/next-practice.js');
		const {recommendPractice} = await import('../../source/core/practice/recommend.js');
		const ui = renderUi(<NextPractice recommendation={recommendPractice([weakOnTechnical])} />);
		const text = ui.frame().replace(/\s+/g, ' ');
		expect(text).toContain('Next: a Technical fluency interview.');
		expect(text).toContain('Press p on the home screen');
		expect(renderUi(<NextPractice recommendation={null} />).frame()).toBe('');
	});
});

const weakOnTechnical: SessionSummary = {
	id: '20261201-110000-abcdef',
	focus: 'technical',
	engine: 'offline',
	startedAt: '2026-12-01T11:00:00.000Z',
	endedAt: null,
	durationSeconds: 900,
	complete: true,
	overall: 50,
	dimensions: {...emptyDimensions(), 'over-technical': 25},
	turns: 4,
	openings: [],
};
