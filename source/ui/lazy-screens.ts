import {lazy} from 'react';
import type {HistoryScreens} from './app.js';

/** History and replay are loaded when first opened, not at start-up. */
export const lazyHistoryScreens: HistoryScreens = {
	HistoryScreen: lazy(async () => ({default: (await import('./screens/history-screen.js')).HistoryScreen})),
	ReplayScreen: lazy(async () => ({default: (await import('./screens/replay-screen.js')).ReplayScreen})),
};
