import {useSyncExternalStore} from 'react';
import type {InterviewState} from '../../core/interview/types.js';

type Subscribable = {readonly state: InterviewState; subscribe(listener: (state: InterviewState) => void): () => void};

/** The live interview state of a session; re-renders on every change. */
export function useInterviewState(session: Subscribable): InterviewState {
	return useSyncExternalStore(
		listener => session.subscribe(() => listener()),
		() => session.state,
	);
}
