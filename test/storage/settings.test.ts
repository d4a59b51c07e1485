import {readdir, readFile, stat, writeFile, mkdir, chmod} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {maskKey, openSettings, parseSettingValue, SettingError} from '../../source/storage/settings.js';
import {tempDir} from './temp.js';

describe('settings', () => {
	it('starts empty, stores values in config.json with mode 0600, and unsets them', async () => {
		const dataDir = await tempDir();
		const settings = openSettings({dataDir, env: {}});
		expect(settings.path).toBe(path.join(dataDir, 'config.json'));
		expect(settings.get()).toEqual({});
		expect(settings.notice).toBeNull();
		settings.set('defaultFocus', 'evaluation');
		settings.set('apiKey', 'sk-test-1234567890abcd');
		expect((await stat(settings.path)).mode & 0o777).toBe(0o600);
		expect(openSettings({dataDir, env: {}}).get()).toEqual({defaultFocus: 'evaluation', apiKey: 'sk-test-1234567890abcd'});
		settings.unset('apiKey');
		expect(settings.get()).toEqual({defaultFocus: 'evaluation'});
	});

	it('tightens a config file that was left readable by others', async () => {
		const dataDir = await tempDir();
		await writeFile(path.join(dataDir, 'config.json'), '{}', {mode: 0o644});
		await chmod(path.join(dataDir, 'config.json'), 0o644);
		openSettings({dataDir, env: {}}).set('engine', 'offline');
		expect((await stat(path.join(dataDir, 'config.json'))).mode & 0o777).toBe(0o600);
	});

	it('uses AI_PM_SIM_DATA_DIR when no --data-dir is given', async () => {
		const dataDir = await tempDir();
		expect(openSettings({env: {AI_PM_SIM_DATA_DIR: dataDir}}).path).toBe(path.join(dataDir, 'config.json'));
	});

	it('moves a corrupt file aside, restores defaults and says where the backup is', async () => {
		const dataDir = await tempDir();
		await writeFile(path.join(dataDir, 'config.json'), '{"engine": "offl');
		const settings = openSettings({dataDir, env: {}});
		expect(settings.get()).toEqual({});
		const backups = (await readdir(dataDir)).filter(name => name.startsWith('config.json.corrupt-'));
		expect(backups).toHaveLength(1);
		expect(settings.notice).toContain(path.join(dataDir, backups[0]!));
		expect(await readFile(path.join(dataDir, backups[0]!), 'utf8')).toBe('{"engine": "offl');
		settings.set('engine', 'llm');
		expect(openSettings({dataDir, env: {}}).notice).toBeNull();
	});

	it('ignores invalid single values with a notice, keeping the rest', async () => {
		const dataDir = await tempDir();
		await writeFile(path.join(dataDir, 'config.json'), JSON.stringify({engine: 'turbo', defaultFocus: 'ethics', apiKey: 'sk-abcdefghijkl'}));
		const settings = openSettings({dataDir, env: {}});
		expect(settings.get()).toEqual({defaultFocus: 'ethics', apiKey: 'sk-abcdefghijkl'});
		expect(settings.notice).toMatch(/engine/);
	});

	it('validates values', () => {
		expect(parseSettingValue('defaultFocus', 'ethics')).toBe('ethics');
		expect(() => parseSettingValue('defaultFocus', 'astrology')).toThrow(/product-sense/);
		expect(() => parseSettingValue('engine', 'gpt')).toThrow(/auto, offline, llm/);
		expect(parseSettingValue('baseUrl', 'https://example.test/v1')).toBe('https://example.test/v1');
		expect(() => parseSettingValue('baseUrl', 'not a url')).toThrow(SettingError);
		expect(() => parseSettingValue('baseUrl', 'ftp://x')).toThrow(/http/);
	});

	it('set refuses invalid values and leaves the file alone', async () => {
		const dataDir = await tempDir();
		const settings = openSettings({dataDir, env: {}});
		// @ts-expect-error: a wrong value from an untyped caller
		expect(() => settings.set('engine', 'turbo')).toThrow(SettingError);
		expect(settings.get()).toEqual({});
	});

	it('still reads when the folder cannot be written, and set explains why it fails', async () => {
		const root = await tempDir();
		const dataDir = path.join(root, 'blocked');
		await writeFile(dataDir, '');
		const settings = openSettings({dataDir, env: {}});
		expect(settings.get()).toEqual({});
		expect(settings.notice).toContain(dataDir);
		expect(() => settings.set('engine', 'offline')).toThrow(/cannot save settings/);
	});

	it('masks keys', () => {
		expect(maskKey('sk-proj-abcdefghijklmnop1234')).toBe('sk-…1234');
		expect(maskKey('short')).toBe('…');
		expect(maskKey('12345678')).toBe('…78');
		expect(maskKey(undefined)).toBe('(not set)');
		expect(maskKey('sk-proj-abcdefghijklmnop1234')).not.toContain('abcdef');
	});

	it('applies each change to the file as it is now, keeping what another process wrote since opening', async () => {
		const dataDir = await tempDir();
		const mine = openSettings({dataDir, env: {}});
		mine.set('engine', 'offline');
		openSettings({dataDir, env: {}}).set('model', 'from-elsewhere');
		mine.set('defaultFocus', 'ethics');
		mine.unset('engine');
		expect(JSON.parse(await readFile(mine.path, 'utf8'))).toEqual({model: 'from-elsewhere', defaultFocus: 'ethics'});
	});

	it('removes the temp file a killed write left, at the next change', async () => {
		const dataDir = await tempDir();
		await writeFile(path.join(dataDir, 'config.json.tmp-1234567890abcdef'), '{"model": "half');
		openSettings({dataDir, env: {}}).set('model', 'whole');
		expect(await readdir(dataDir)).toEqual(['config.json']);
	});

	it('creates the data folder on first write', async () => {
		const root = await tempDir();
		const dataDir = path.join(root, 'new', 'nested');
		openSettings({dataDir, env: {}}).set('model', 'gpt-4o-mini');
		expect(JSON.parse(await readFile(path.join(dataDir, 'config.json'), 'utf8'))).toEqual({model: 'gpt-4o-mini'});
		await mkdir(path.join(root, 'unused'));
	});
});
