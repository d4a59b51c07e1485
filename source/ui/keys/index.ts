export {KeypressProvider, KeypressContext, ENABLE_BRACKETED_PASTE} from './keypress-context.js';
export {useKeypress, type Key, type KeypressHandler} from './use-keypress.js';
export {parseKeySequence, normalizePaste, emptyKey} from './parse.js';
