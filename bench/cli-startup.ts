// CLI start-up: the bundled binary's headless commands against a bare `node -e ""`, same run.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {compareAlternating, formatMs, timeProcess} from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');

export default async function bench(): Promise<void> {
	const env = {...process.env, OPENAI_API_KEY: '', AI_PM_SIM_DATA_DIR: path.join(root, '.bench', 'empty-data')};
	const bare = () => timeProcess(process.execPath, ['-e', '']);
	const cases: Array<[string, string[]]> = [
		['--version', ['--version']],
		['scripts --json', ['scripts', '--json']],
	];
	for (const [label, args] of cases) {
		const result = await compareAlternating(() => timeProcess(process.execPath, [cli, ...args], env), bare);
		console.log(`cli start-up  ${label.padEnd(16)} ${formatMs(result.a).padStart(9)}  node -e "" ${formatMs(result.b).padStart(9)}  ratio x${result.ratio.toFixed(2)}`);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bench();
