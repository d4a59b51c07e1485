import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const cli = path.resolve(import.meta.dirname, '../../dist/cli.js');
const packageJson = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {engines: {node: string}};

describe('the built app without a terminal', () => {
	it('prints one line pointing to run/analyze and exits 2, without a stack trace', () => {
		expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)').toBe(true);
		const env = {...process.env};
		delete env['OPENAI_API_KEY'];
		const result = spawnSync(process.execPath, [cli, '--focus', 'evaluation'], {input: 'an answer\n', encoding: 'utf8', env});
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('interactive terminal');
		expect(lines[0]).toContain('ai-pm-sim run');
		expect(lines[0]).toContain('ai-pm-sim analyze');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('on a Node older than package.json allows, says which Node it needs instead of failing inside the bundle', () => {
		const asNode20 = `data:text/javascript,Object.defineProperty(process.versions, 'node', {value: '20.19.0'})`;
		const result = spawnSync(process.execPath, ['--import', asNode20, cli, '--version'], {encoding: 'utf8'});
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		const oldest = /^>=(\d+)/.exec(packageJson.engines.node)![1];
		expect(result.stderr).toBe(`ai-pm-sim needs Node.js ${oldest} or newer; this is Node.js 20.19.0.\n`);
	});

	it('names a wrong focus before saying a terminal is needed', () => {
		const result = spawnSync(process.execPath, [cli, '--focus', 'nonsense'], {input: '', encoding: 'utf8'});
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('"nonsense"');
		expect(result.stderr).not.toContain('interactive terminal');
	});
});
