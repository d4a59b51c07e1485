import {useRef} from 'react';
import {Box, Text} from 'ink';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createOfflineEngine} from '../../source/core/engine/offline.js';
import {InterviewSession} from '../../source/core/interview/session.js';
import {createInterview} from '../../source/core/interview/start.js';
import {loadScripts} from '../../source/core/script/load.js';
import type {Script} from '../../source/core/script/schema.js';
import {hintLines} from '../../source/ui/components/key-hints.js';
import {Paragraph, paragraphLines} from '../../source/ui/components/paragraph.js';
import {InterviewScreen} from '../../source/ui/screens/interview-screen.js';
import {RecapScreen} from '../../source/ui/screens/recap-screen.js';
import {sampleRecap} from './fakes.js';
import {clip, packItems, wrapWords} from '../../source/core/util/wrap.js';
import {cleanupUi, renderUi, waitFor} from './helpers.js';

afterEach(cleanupUi);

let scripts: Script[];
beforeAll(async () => {
	scripts = (await loadScripts()).scripts;
});

/** The test terminal is 100 columns wide. */
const COLUMNS = 100;
const SAMPLE =
	'I tested the summarisation feature of our document editor. It rewrites long documents into short summaries. I would run an A/B test and measure how often users accept the summary.';

/** Exactly `length` characters of words with single spaces, ending in a letter. */
function filler(length: number): string {
	const text = 'word '.repeat(Math.ceil(length / 5) + 1).slice(0, length);
	return text.endsWith(' ') ? `${text.slice(0, -1)}s` : text;
}

const lines = (frame: string) => frame.split('\n');

describe('wrapWords', () => {
	it('never starts or ends a line with a space, keeps every word, and fits the width', () => {
		for (let width = 14; width <= 90; width++) {
			const wrapped = wrapWords(SAMPLE, width);
			for (const line of wrapped) {
				expect(line).not.toMatch(/^ | $/);
				expect(line.length).toBeLessThanOrEqual(width);
			}
			expect(wrapped.join(' ')).toBe(SAMPLE);
		}
	});

	it('keeps newlines and empty lines, splits a word longer than a line, and honours a shorter first line', () => {
		expect(wrapWords('one two\n\nthree', 20)).toEqual(['one two', '', 'three']);
		expect(wrapWords('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
		expect(wrapWords('aaa bbb ccc', 7, 3)).toEqual(['aaa', 'bbb ccc']);
	});

	it('packs items without splitting one', () => {
		expect(packItems(['Enter send', 'Ctrl+J new line', 'q quit'], 28, ' · ')).toEqual(['Enter send · Ctrl+J new line', 'q quit']);
	});
});

describe('Paragraph', () => {
	it('has no continuation line starting with a space at any width, where Ink’s own wrap has some', () => {
		let inkStrays = 0;
		for (let width = 16; width <= 80; width++) {
			const ours = renderUi(
				<Box paddingLeft={2}>
					<Paragraph width={width - 2}>{SAMPLE}</Paragraph>
				</Box>,
			);
			for (const line of lines(ours.frame())) expect(line.slice(2)).not.toMatch(/^ /);
			expect(
				lines(ours.frame())
					.map(l => l.trim())
					.join(' '),
			).toBe(SAMPLE);
			ours.unmount();

			const ink = renderUi(
				<Box paddingLeft={2} width={width}>
					<Text>{SAMPLE}</Text>
				</Box>,
			);
			inkStrays += lines(ink.frame()).filter(line => line.slice(2).startsWith(' ')).length;
			ink.unmount();
		}
		// The control: the artefact this guards against is real.
		expect(inkStrays).toBeGreaterThan(0);
	});

	it('shares one resize listener however many paragraphs a screen shows', () => {
		const ui = renderUi(
			<Box flexDirection="column">
				{Array.from({length: 12}, (_, i) => (
					<Paragraph key={i}>{SAMPLE}</Paragraph>
				))}
			</Box>,
		);
		const one = renderUi(<Paragraph>{SAMPLE}</Paragraph>);
		// Node warns over the UI past ten listeners on one stream.
		expect(ui.stdout.listenerCount('resize')).toBe(one.stdout.listenerCount('resize'));
		expect(ui.stdout.listenerCount('resize')).toBeLessThan(10);
	});

	it('hangs continuation lines under a lead and clips to a number of lines with an ellipsis', () => {
		const text = `${filler(30)} next words here and more`;
		expect(paragraphLines(text, {width: 40, lead: '▸ Q1: ', hang: 2})).toEqual([`▸ Q1: ${filler(30)}`, '  next words here and more']);
		const clipped = paragraphLines(SAMPLE, {width: 30, maxLines: 2});
		expect(clipped).toHaveLength(2);
		expect(clipped[1]).toMatch(/…$/);
		expect(clipped[1]!.length).toBeLessThanOrEqual(30);
	});
});

describe('wrapped text on the screens', () => {
	it('the finished-turn history wraps an answer without a stray space', async () => {
		// The first line of the preview (2 columns in) ends exactly at the edge.
		const answer = `${filler(COLUMNS - 2)} NEXTWORD comes on the second line.`;
		const state = createInterview({scripts, focus: 'evaluation', seed: 1});
		const session = new InterviewSession({engine: createOfflineEngine(), state});
		function Harness() {
			const draft = useRef('');
			return <InterviewScreen session={session} isActive engineDescription="offline" draftRef={draft} clock={{now: () => Date.now(), tickMs: null}} />;
		}
		const ui = renderUi(<Harness />);
		await ui.act(() => void session.submit(answer));
		await waitFor(() => expect(ui.frame()).toContain('✓ answered'));
		const frame = lines(ui.frame());
		expect(frame).toContain(`  ${filler(COLUMNS - 2)}`);
		expect(frame).toContain('  NEXTWORD comes on the second line.');
		// Ink would have printed the breaking space: the same text in a plain <Text>.
		const plain = renderUi(
			<Box paddingLeft={2}>
				<Text>{answer}</Text>
			</Box>,
		);
		expect(lines(plain.frame())).toContain('   NEXTWORD comes on the second line.');
	});

	it('the recap wraps actions and strong answers without a stray space', async () => {
		const strong = `${filler(COLUMNS)} STRONGNEXT ends it.`;
		const pattern = `${filler(COLUMNS - 5 - 2)} PATTERNNEXT ends it.`;
		const base = sampleRecap({overall: 40, answered: 1, skipped: 0});
		const recap = {
			...base,
			actions: [{dimension: 'no-eval-framework' as const, title: 'Evaluation framework', strongPattern: pattern, evidence: []}],
			questions: base.questions!.map(q => ({...q, coaching: {...q.coaching, strongAnswer: strong}})),
		};
		const ui = renderUi(<RecapScreen recap={recap} focusLabel="Evaluation" isActive onReplay={() => {}} onHome={() => {}} onQuit={() => {}} />);
		// "▸ " inside a 3-column indent, continuation hung under the text.
		expect(lines(ui.frame())).toContain(`   ▸ ${filler(COLUMNS - 7)}`);
		expect(lines(ui.frame())).toContain('     PATTERNNEXT ends it.');
		await ui.write('1');
		const frame = lines(ui.frame());
		expect(frame).toContain(filler(COLUMNS));
		expect(frame).toContain('STRONGNEXT ends it.');
		for (const line of frame) expect(line.length).toBeLessThanOrEqual(COLUMNS);
	});
});

describe('key hints', () => {
	it('fit one line by leaving out optional hints, else break between hints', () => {
		const hints: Array<[string, string, 'optional'?]> = [
			['Enter', 'send'],
			['Ctrl+J', 'new line'],
			['Ctrl+E', '$EDITOR', 'optional'],
			['/help', 'commands'],
			['Ctrl+C', 'quit'],
		];
		expect(hintLines(hints, 80)).toEqual(['Enter send · Ctrl+J new line · Ctrl+E $EDITOR · /help commands · Ctrl+C quit']);
		expect(hintLines(hints, 60)).toEqual(['Enter send · Ctrl+J new line · /help commands · Ctrl+C quit']);
		expect(hintLines(hints, 30)).toEqual(['Enter send · Ctrl+J new line', '/help commands · Ctrl+C quit']);
	});
});

describe('clip', () => {
	it('cuts at the end of a word when one is near, else mid-word', () => {
		expect(clip('How would you evaluate it before launch?', 20)).toBe('How would you…');
		expect(clip('How would you evaluate it', 14)).toBe('How would you…');
		expect(clip('/a/very/long/path/without/spaces', 12)).toBe('/a/very/lon…');
		expect(clip('short', 10)).toBe('short');
	});
});
