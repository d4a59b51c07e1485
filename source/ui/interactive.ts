// The interactive app's modules in one group, so the bundle loads them as one set of files
// rather than as several entry points with small chunks shared between them.
export {render} from 'ink';
export {App} from './app.js';
export {startInterview} from './start-interview.js';
export {ErrorBoundary} from './components/error-boundary.js';
export {KeypressProvider, ENABLE_BRACKETED_PASTE} from './keys/keypress-context.js';
export {lazyHistoryScreens} from './lazy-screens.js';
export {pickDrillFeature} from '../core/drill/features.js';
export {randomFor} from '../core/util/random.js';
