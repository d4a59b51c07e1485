import {describe, expect, it} from 'vitest';
import {initialNav, navigate, type NavState} from '../../source/ui/navigation.js';

const run = (state: NavState, ...actions: Parameters<typeof navigate>[1][]) => actions.reduce(navigate, state);

describe('navigation', () => {
	it('starts at home, or straight at an interview with a focus, a script or --resume', () => {
		expect(initialNav().screen).toEqual({name: 'home'});
		expect(initialNav({focus: 'evaluation'}).screen).toEqual({name: 'starting', focus: 'evaluation', scriptId: undefined});
		expect(initialNav({scriptId: 'x'}).screen).toMatchObject({name: 'starting', scriptId: 'x'});
		expect(initialNav({resume: true}).screen).toEqual({name: 'starting', resume: true});
	});

	it('walks home → focus → interview → recap → replay → recap → home', () => {
		let s = run(initialNav(), {type: 'pick-focus'});
		expect(s.screen.name).toBe('focus');
		s = run(s, {type: 'start', focus: 'ethics'}, {type: 'interview-ready'});
		expect(s.screen.name).toBe('interview');
		s = run(s, {type: 'interview-finished'});
		expect(s.screen.name).toBe('recap');
		s = run(s, {type: 'replay', sessionId: 'abc'});
		expect(s.screen).toEqual({name: 'replay', sessionId: 'abc', from: 'recap'});
		s = run(s, {type: 'back'});
		expect(s.screen.name).toBe('recap');
		s = run(s, {type: 'back'});
		expect(s.screen.name).toBe('home');
	});

	it('goes back from replay to history when opened there', () => {
		const s = run(initialNav(), {type: 'history'}, {type: 'replay', sessionId: 'x'}, {type: 'back'});
		expect(s.screen.name).toBe('history');
	});

	it('ignores actions that do not fit the screen', () => {
		const home = initialNav();
		expect(navigate(home, {type: 'interview-ready'})).toBe(home);
		expect(navigate(home, {type: 'interview-finished'})).toBe(home);
		expect(navigate(home, {type: 'replay', sessionId: 'x'})).toBe(home);
		const interview = run(initialNav({focus: 'technical'}), {type: 'interview-ready'});
		expect(navigate(interview, {type: 'back'})).toBe(interview);
	});

	it('returns home with a notice when starting fails', () => {
		const s = run(initialNav({focus: 'technical'}), {type: 'start-failed', message: 'no scripts'});
		expect(s).toEqual({screen: {name: 'home'}, notice: 'no scripts'});
		expect(navigate(s, {type: 'dismiss-notice'}).notice).toBeNull();
	});
});
