// What the build needs to parse and validate the built-in scripts the way the app would.
export {parseScript} from './load.js';
export {contentHash} from './builtin.js';
