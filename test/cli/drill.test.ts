import {describe, expect, it} from 'vitest';
import {main} from '../../source/cli/main.js';
import {fakeIo} from '../history/fake-io.js';

const ANSWER = 'Criteria: correct, helpful, polite. A set of fifty real support conversations from the logs. At least 90% on each.';

describe('drill: the evaluation drill from a file or a pipe', () => {
	it('checks each part of a piped answer and prints a strong version of the same feature', async () => {
		const io = fakeIo({input: ANSWER});
		expect(await main(['drill', '--feature', 'billing-chatbot'], io)).toBe(0);
		expect(io.stdout.text).toContain('Evaluation drill: A support chatbot that answers billing questions');
		expect(io.stdout.text).toMatch(/✓ Quality criteria[\s\S]*✓ Test set[\s\S]*✓ Thresholds[\s\S]*A strong version for a support chatbot/);
	});

	it('--json carries the feature and the check; the same seed picks the same feature', async () => {
		const runs = await Promise.all(
			[0, 1].map(async () => {
				const io = fakeIo();
				expect(await main(['drill', '--seed', '4', '--answer', 'We would watch NPS.', '--json'], io)).toBe(0);
				return JSON.parse(io.stdout.text) as {feature: {id: string}; result: {score: number; parts: Array<{status: string}>}};
			}),
		);
		expect(runs[0]!.feature.id).toBe(runs[1]!.feature.id);
		expect(runs[0]!.result.parts.map(p => p.status)).toEqual(['missing', 'missing', 'missing']);
	});

	it('shows the task on a terminal with no answer, and names the features for an unknown one', async () => {
		const tty = fakeIo({tty: true});
		expect(await main(['drill', '--feature', 'alt-text'], tty)).toBe(0);
		expect(tty.stdout.text).toContain('Name about 3 quality criteria');
		const unknown = fakeIo();
		expect(await main(['drill', '--feature', 'nope', '--answer', 'x'], unknown)).toBe(2);
		expect(unknown.stderr.text).toContain('Features: smart-replies, tone-rewrite');
	});
});
