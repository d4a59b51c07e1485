// `npm run bench`: every speed and memory goal, each as a ratio to a baseline measured in the same run.
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SUITES = ['analyzer', 'cli-startup', 'first-frame', 'history', 'llm'];

for (const name of SUITES) {
	const file = path.join(here, `${name}.ts`);
	if (!existsSync(file)) continue;
	console.log(`\n== ${name}`);
	const suite = (await import(file)) as {default: () => Promise<void>};
	try {
		await suite.default();
	} catch (error) {
		console.log(`${name}: failed: ${(error as Error).message}`);
		process.exitCode = 1;
	}
}
