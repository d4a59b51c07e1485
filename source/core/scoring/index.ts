export {HELP, isScored, rollUpThread, threadsOf, UNANSWERED_OPENING_SHARE, type ThreadScore, type ThreadTurn} from './thread.js';
export {pacingSummary, scoreSession, type PacingSummary, type SessionScore} from './session.js';
export {overallText} from './words.js';
