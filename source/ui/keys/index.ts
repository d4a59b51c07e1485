export {KeypressProvider, KeypressContext, ENABLE_BRACKETED_PASTE, PRIORITY} from './keypress-context.js';
export {useKeypress, useHoldKeys, type Key, type KeypressHandler} from './use-keypress.js';
export {parseKeySequence, normalizePaste, emptyKey} from './parse.js';
