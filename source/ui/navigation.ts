import type {FocusId} from '../core/taxonomy/ids.js';

// Which screen is showing, as a small pure reducer. Screens call actions; App renders `screen`.

export type Screen =
	| {name: 'home'}
	| {name: 'focus'}
	| {name: 'starting'; focus?: FocusId; scriptId?: string; resume?: boolean}
	| {name: 'interview'}
	| {name: 'recap'}
	| {name: 'history'}
	| {name: 'replay'; sessionId: string; from: 'history' | 'recap'}
	| {name: 'settings'}
	| {name: 'drill'; featureId: string};

export type NavState = {screen: Screen; notice: string | null};

export type NavAction =
	| {type: 'home'; notice?: string}
	| {type: 'pick-focus'}
	| {type: 'start'; focus?: FocusId; scriptId?: string}
	| {type: 'resume'}
	| {type: 'interview-ready'}
	| {type: 'start-failed'; message: string}
	| {type: 'interview-finished'}
	| {type: 'history'}
	| {type: 'replay'; sessionId: string}
	| {type: 'settings'}
	| {type: 'drill'; featureId: string}
	| {type: 'back'}
	| {type: 'dismiss-notice'};

export function initialNav(options: {focus?: FocusId; scriptId?: string; resume?: boolean; drill?: string} = {}): NavState {
	if (options.drill) return {screen: {name: 'drill', featureId: options.drill}, notice: null};
	if (options.resume) return {screen: {name: 'starting', resume: true}, notice: null};
	if (options.focus || options.scriptId) return {screen: {name: 'starting', focus: options.focus, scriptId: options.scriptId}, notice: null};
	return {screen: {name: 'home'}, notice: null};
}

/** Where the app opens when the interview was started before its first frame. */
export function interviewNav(): NavState {
	return {screen: {name: 'interview'}, notice: null};
}

export function navigate(state: NavState, action: NavAction): NavState {
	const screen = state.screen;
	switch (action.type) {
		case 'home':
			return {screen: {name: 'home'}, notice: action.notice ?? null};
		case 'pick-focus':
			return {screen: {name: 'focus'}, notice: null};
		case 'start':
			return {screen: {name: 'starting', focus: action.focus, scriptId: action.scriptId}, notice: null};
		case 'resume':
			return {screen: {name: 'starting', resume: true}, notice: null};
		case 'interview-ready':
			return screen.name === 'starting' ? interviewNav() : state;
		case 'start-failed':
			return {screen: {name: 'home'}, notice: action.message};
		case 'interview-finished':
			return screen.name === 'interview' ? {screen: {name: 'recap'}, notice: null} : state;
		case 'history':
			return {screen: {name: 'history'}, notice: null};
		case 'replay':
			if (screen.name !== 'history' && screen.name !== 'recap') return state;
			return {screen: {name: 'replay', sessionId: action.sessionId, from: screen.name}, notice: null};
		case 'settings':
			return {screen: {name: 'settings'}, notice: null};
		case 'drill':
			return {screen: {name: 'drill', featureId: action.featureId}, notice: null};
		case 'back':
			switch (screen.name) {
				case 'replay':
					return {screen: {name: screen.from}, notice: null};
				case 'focus':
				case 'history':
				case 'settings':
				case 'drill':
				case 'recap':
					return {screen: {name: 'home'}, notice: null};
				default:
					return state;
			}
		case 'dismiss-notice':
			return state.notice ? {...state, notice: null} : state;
	}
}
