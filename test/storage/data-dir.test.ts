import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveDataDir, sessionsDirOf} from '../../source/storage/data-dir.js';

describe('resolveDataDir', () => {
	const env = {AI_PM_SIM_DATA_DIR: '/env/dir', XDG_CONFIG_HOME: '/xdg', HOME: '/home/u'};

	it('prefers --data-dir, then the env variable, then XDG, then ~/.config', () => {
		expect(resolveDataDir({dataDir: '/flag', env})).toBe(path.resolve('/flag'));
		expect(resolveDataDir({env})).toBe(path.resolve('/env/dir'));
		expect(resolveDataDir({env: {XDG_CONFIG_HOME: '/xdg', HOME: '/home/u'}})).toBe(path.join('/xdg', 'ai-pm-sim'));
		expect(resolveDataDir({env: {HOME: '/home/u'}})).toBe(path.join('/home/u', '.config', 'ai-pm-sim'));
	});

	it('ignores empty values and a relative XDG_CONFIG_HOME', () => {
		expect(resolveDataDir({dataDir: '', env: {AI_PM_SIM_DATA_DIR: ' ', XDG_CONFIG_HOME: 'rel', HOME: '/h'}})).toBe(path.join('/h', '.config', 'ai-pm-sim'));
	});

	it('resolves a relative --data-dir to an absolute path', () => {
		expect(path.isAbsolute(resolveDataDir({dataDir: 'rel/dir', env: {}}))).toBe(true);
	});

	it('keeps sessions in a sessions/ subfolder', () => {
		expect(sessionsDirOf('/d')).toBe(path.join('/d', 'sessions'));
	});
});
