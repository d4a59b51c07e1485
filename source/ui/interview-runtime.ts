// Everything an interview needs beyond the screens, in one module so the bundle loads it as one
// group of files: imported one by one, these were a dozen entry points, and the chunks shared
// between them made the first question wait on some seventy small file loads.
import {createInterview} from '../core/interview/start.js';
import {resumeInterview} from '../core/interview/resume.js';
import {InterviewSession} from '../core/interview/session.js';
import {buildRecap} from '../core/recap/build.js';
import {toSessionRecord} from '../core/session/to-record.js';
import {SavePolicy} from '../core/session/saving.js';
import type {Core} from './services.js';

export {cachedBuiltInScripts} from '../core/script/builtin.js';
export {selectEngine} from '../llm/select-engine.js';
export {readSettings} from '../storage/setting-values.js';
export {openSessionStore} from '../storage/sessions.js';

export const core: Core = {createInterview, resumeInterview, InterviewSession, buildRecap, toSessionRecord, SavePolicy};
