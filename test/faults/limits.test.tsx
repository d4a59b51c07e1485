// The answer limit in the interactive app: said before it is reached, and an answer over it stays
// in the editor instead of being sent (or lost).
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {fakeScreens, fakeServices, memorySessions} from '../ui/fakes.js';
import {cleanupUi, KEYS, renderUi, waitFor} from '../ui/helpers.js';

afterEach(cleanupUi);

describe('the answer limit in the app', () => {
	it('warns from 90,000 characters and refuses to send more than 100,000, keeping the text', async () => {
		const sessions = memorySessions();
		const ui = renderUi(<App services={fakeServices({sessions})} screens={fakeScreens} initial={{focus: 'evaluation'}} onExit={() => undefined} />);
		await waitFor(() => expect(ui.frame()).toContain('Type your answer'));
		const chunk = 'We would build an eval set. '.repeat(3300); // 92,400 characters
		await ui.write(`${KEYS.pasteStart}${chunk}${KEYS.pasteEnd}`);
		await waitFor(() => expect(ui.frame()).toMatch(/7,600 characters left before the 100,000-character limit/));
		await ui.write(`${KEYS.pasteStart}${chunk.slice(0, 9000)}${KEYS.pasteEnd}`);
		await waitFor(() => expect(ui.frame()).toMatch(/1,400 characters over the 100,000 limit/));
		await ui.write(KEYS.enter);
		await waitFor(() => expect(ui.frame()).toMatch(/! This answer is 101,400 characters; an answer can be at most 100,000 .*shorten\s+it to send it/s));
		// Still answering the same question, with the whole text in the editor.
		expect(ui.frame()).not.toContain('Listening to your answer');
		expect(ui.frame()).toMatch(/21729 words ·/);
		expect(sessions.saved.flatMap(record => record.turns)).toEqual([]);
	});
});
