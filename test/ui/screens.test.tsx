import {afterEach, describe, expect, it, vi} from 'vitest';
import {HomeScreen} from '../../source/ui/screens/home-screen.js';
import {FocusScreen} from '../../source/ui/screens/focus-screen.js';
import {RecapScreen} from '../../source/ui/screens/recap-screen.js';
import {SettingsScreen} from '../../source/ui/screens/settings-screen.js';
import {maskKey} from '../../source/storage/settings.js';
import {FOCUS_AREAS} from '../../source/core/taxonomy/index.js';
import {cleanupUi, KEYS, renderUi} from './helpers.js';
import {memorySettings, sampleRecap} from './fakes.js';

afterEach(cleanupUi);

function homeProps() {
	return {onStart: vi.fn(), onResume: vi.fn(), onHistory: vi.fn(), onSettings: vi.fn(), onQuit: vi.fn()};
}

describe('HomeScreen', () => {
	it('lists the actions with key hints and runs them by shortcut', async () => {
		const props = homeProps();
		const ui = renderUi(<HomeScreen isActive resumable={null} {...props} />);
		expect(ui.frame()).toContain('▸ n  New interview');
		expect(ui.frame()).toContain('History');
		expect(ui.frame()).toContain('Settings');
		expect(ui.frame()).toContain('Enter choose');
		expect(ui.frame()).not.toContain('Resume');
		// The footer offers only the shortcuts there are: no r without a session to resume.
		expect(ui.frame()).toContain('n h s q shortcuts');
		await ui.write('h');
		expect(props.onHistory).toHaveBeenCalled();
		await ui.write('s');
		expect(props.onSettings).toHaveBeenCalled();
		await ui.write('q');
		expect(props.onQuit).toHaveBeenCalled();
	});

	it('offers the incomplete session first and moves with the arrows', async () => {
		const props = homeProps();
		const ui = renderUi(<HomeScreen isActive resumable={{id: 'x', focusLabel: 'Evaluation', startedAt: '2025-01-02T10:00:00Z', answered: 2}} {...props} />);
		expect(ui.frame()).toContain('▸ r  Resume your Evaluation session');
		expect(ui.frame()).toContain('2 answers so far');
		expect(ui.frame()).toContain('r n h s q shortcuts');
		await ui.write(KEYS.enter);
		expect(props.onResume).toHaveBeenCalledTimes(1);
		await ui.write(KEYS.down);
		expect(ui.frame()).toContain('▸ n  New interview');
		await ui.write(KEYS.enter);
		expect(props.onStart).toHaveBeenCalledTimes(1);
	});
});

describe('FocusScreen', () => {
	it('shows the seven areas with their line and preselects the last one', async () => {
		const onPick = vi.fn();
		const onBack = vi.fn();
		const ui = renderUi(<FocusScreen isActive lastFocus="ethics" onPick={onPick} onBack={onBack} />);
		for (const info of Object.values(FOCUS_AREAS)) {
			expect(ui.frame()).toContain(info.label);
		}
		expect(ui.frame()).toContain(FOCUS_AREAS.evaluation.trains.slice(0, 40));
		expect(ui.frame()).toContain('▸ 5  Safety and ethics');
		await ui.write(KEYS.up);
		await ui.write(KEYS.enter);
		expect(onPick).toHaveBeenCalledWith('experience');
		await ui.write('7');
		expect(onPick).toHaveBeenLastCalledWith('mixed');
		await ui.write(KEYS.esc);
		expect(onBack).toHaveBeenCalled();
	});

	it('preselects the Default focus setting over the last one used, and marks both', () => {
		const ui = renderUi(<FocusScreen isActive defaultFocus="technical" lastFocus="ethics" onPick={vi.fn()} onBack={vi.fn()} />);
		expect(ui.frame()).toContain('▸ 3  Technical fluency');
		expect(ui.frame()).toMatch(/Technical fluency.*\(default\)/);
		expect(ui.frame()).toMatch(/Safety and ethics.*\(last used\)/);
	});

	it('acts on keys that arrive together, before a re-render (↓ ↓ Enter in one chunk)', async () => {
		const onPick = vi.fn();
		const ui = renderUi(<FocusScreen isActive onPick={onPick} onBack={vi.fn()} />);
		await ui.write(`${KEYS.down}${KEYS.down}${KEYS.enter}`);
		expect(onPick).toHaveBeenCalledWith('technical');
	});
});

describe('HomeScreen selection', () => {
	it('moves and chooses within one chunk of keys', async () => {
		const props = homeProps();
		const ui = renderUi(<HomeScreen isActive resumable={null} {...props} />);
		await ui.write(`${KEYS.down}${KEYS.enter}`);
		expect(props.onHistory).toHaveBeenCalled();
	});
});

const recap = sampleRecap();

describe('RecapScreen', () => {
	it('fits the score, the bars and what to work on first in one screen, with each question on demand', async () => {
		const props = {onReplay: vi.fn(), onHome: vi.fn(), onQuit: vi.fn()};
		const ui = renderUi(<RecapScreen recap={recap} focusLabel="Evaluation" isActive {...props} />);
		const frame = ui.frame();
		expect(frame).toMatch(/Overall +58\/100/);
		expect(frame).toMatch(/Evaluation framework +█+░+ +35/);
		expect(frame).toContain('not asked');
		expect(frame).toContain('1. Evaluation framework · Q1');
		expect(frame).toContain('   you said “we would track NPS and DAU”');
		expect(frame).toContain('   ▸ Separate model evaluation from product evaluation.');
		expect(frame).toContain('   ▸ also cover: an eval set from real data');
		expect(frame).not.toContain('A strong answer');
		expect(frame.split('\n').length).toBeLessThanOrEqual(24);
		await ui.write('1');
		const detail = ui.frame();
		expect(detail).toContain('Question 1 of 1 · 41/100');
		expect(detail).toContain('✗ Evaluation framework: you said “we would track NPS and DAU”');
		expect(detail).toContain('↷ skipped');
		expect(detail).toContain('· an eval set from real data');
		expect(detail).toContain('Build an eval set of real requests.');
		// The general advice is stated once, on the summary; the detail does not repeat it.
		expect(detail.split('Separate model evaluation from product evaluation.')).toHaveLength(2);
		await ui.write(KEYS.esc);
		expect(ui.frame()).not.toContain('Question 1 of 1');
		expect(props.onHome).not.toHaveBeenCalled();
		await ui.write('r');
		expect(props.onReplay).toHaveBeenCalled();
		await ui.write(KEYS.enter);
		expect(props.onHome).toHaveBeenCalled();
		await ui.write('q');
		expect(props.onQuit).toHaveBeenCalled();
	});
});

describe('SettingsScreen', () => {
	it('cycles choices, edits text fields and never shows the API key', async () => {
		const store = memorySettings({});
		const onBack = vi.fn();
		const ui = renderUi(<SettingsScreen store={store} isActive maskKey={maskKey} onBack={onBack} />);
		expect(ui.frame()).toContain('(ask each time)');
		await ui.write(KEYS.right);
		expect(store.values.defaultFocus).toBe('product-sense');
		await ui.write(KEYS.down);
		await ui.write(KEYS.right);
		expect(store.values.engine).toBe('offline');
		await ui.write(KEYS.down);
		await ui.write(KEYS.enter);
		await ui.type('gpt-test');
		await ui.write(KEYS.enter);
		expect(store.values.model).toBe('gpt-test');
		await ui.write(KEYS.down);
		await ui.write(KEYS.enter);
		const secret = 'sk-secret-value-123456';
		await ui.write(secret);
		expect(ui.frame()).not.toContain('secret-value');
		expect(ui.frame()).toContain('•••');
		await ui.write(KEYS.enter);
		expect(store.values.apiKey).toBe(secret);
		expect(ui.frame()).not.toContain('secret-value');
		expect(ui.frame()).toContain(maskKey(secret));
		await ui.write('d');
		expect(store.values.apiKey).toBeUndefined();
		await ui.write(KEYS.esc);
		expect(onBack).toHaveBeenCalled();
	});

	it('shows a base URL with its credentials masked, like the key', () => {
		const store = memorySettings({baseUrl: 'http://alice:hunter22@models.internal:8080/v1'});
		const ui = renderUi(<SettingsScreen store={store} isActive maskKey={maskKey} onBack={vi.fn()} />);
		expect(ui.frame()).not.toContain('hunter22');
		expect(ui.frame()).not.toContain('alice');
		expect(ui.frame()).toContain('http://…:…@models.internal:8080/v1');
	});
});
