import type {InterviewEngine} from '../core/engine/types.js';
import type {Script} from '../core/script/schema.js';
import type {SessionStore} from '../storage/sessions.js';
import type {SettingsStore} from '../storage/settings.js';

/** The interview core, loaded after the first frame so start-up stays fast. */
export type Core = {
	createInterview: typeof import('../core/interview/start.js').createInterview;
	resumeInterview: typeof import('../core/interview/resume.js').resumeInterview;
	InterviewSession: typeof import('../core/interview/session.js').InterviewSession;
	buildRecap: typeof import('../core/recap/build.js').buildRecap;
	toSessionRecord: typeof import('../core/session/to-record.js').toSessionRecord;
	SavePolicy: typeof import('../core/session/saving.js').SavePolicy;
};

/** Everything the UI needs from outside. The CLI builds the real one; tests pass fakes. */
export type Services = {
	core(): Promise<Core>;
	scripts(): Promise<{scripts: Script[]; notices: string[]}>;
	engine(): Promise<{engine: InterviewEngine; description: string}>;
	settings(): Promise<SettingsStore>;
	sessions(): Promise<SessionStore>;
	/** Opens $VISUAL/$EDITOR on the text; null when nothing should change. */
	editExternally(text: string): Promise<string | null>;
};

export async function loadCore(): Promise<Core> {
	return (await import('./interview-runtime.js')).core;
}

/** Caches a lazy async value; a failure is not cached so it can be retried. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => {
		value ??= load().catch(error => {
			value = undefined;
			throw error;
		});
		return value;
	};
}
