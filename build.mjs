// Bundles the CLI so start-up reads a few files instead of hundreds of modules.
// Dynamic imports (the LLM client) become separate chunks, loaded only when used.
import {build} from 'esbuild';
import {inkPlugins, leaveOutUnusedParts} from './bundle-plugins.mjs';
import {chmod, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

/** Bundles a TypeScript module of this project into a temporary file and imports it. */
async function importBundled(entry) {
	const file = `build-${process.pid}-${path.basename(entry, '.ts')}.mjs`;
	await build({entryPoints: [entry], outfile: file, bundle: true, packages: 'external', format: 'esm', platform: 'node', logLevel: 'warning'});
	try {
		return await import(pathToFileURL(path.resolve(file)).href);
	} finally {
		await rm(file, {force: true});
	}
}

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
// The entry refuses an older Node with a message naming the version package.json asks for.
const oldestNode = /^>=\s*(\d+)/.exec(pkg.engines?.node ?? '')?.[1];
if (!oldestNode) throw new Error('package.json engines.node should read ">=N"; the entry needs N');
// Built beside dist/ and swapped in at the end, so a running app, test or bench never
// sees a half-written bundle.
const out = `dist.building-${process.pid}`;
await rm(out, {recursive: true, force: true});
// Shared with the first-frame bench, whose baseline Ink app must be bundled the same way.
// Its target is the oldest Node the package supports. esbuild would still rewrite `/…/v` patterns
// (Unicode sets, which Node 22 has) into `new RegExp(…)` calls that are parsed as the bundle loads
// (string-width's emoji pattern alone took milliseconds on every start), so they are declared supported.
const options = JSON.parse(await readFile('bundle-options.json', 'utf8'));
await build({
	...options,
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: out,
	define: {...options.define, __VERSION__: JSON.stringify(pkg.version), __OLDEST_NODE__: oldestNode},
	plugins: [...inkPlugins, leaveOutUnusedParts],
});
await chmod(`${out}/cli.js`, 0o755);

// The built-in scripts, parsed and validated once here, keyed by a hash of their text: the app
// takes a script from this cache only while its file has exactly that content.
const {parseScript, contentHash} = await importBundled('source/core/script/validate-entry.ts');
const cache = {};
for (const name of (await readdir('questions')).filter(n => /\.(ya?ml|json)$/.test(n)).sort()) {
	const file = `questions/${name}`;
	const text = await readFile(file, 'utf8');
	const {script} = parseScript(text, file);
	// A broken file is left to the loader, which reports it with its field or line.
	if (script) cache[name] = {sha256: contentHash(text), script};
}
await writeFile(`${out}/questions-cache.json`, JSON.stringify(cache));

const old = `dist.old-${process.pid}`;
await rename('dist', old).catch(error => {
	if (error.code !== 'ENOENT') throw error;
});
await rename(out, 'dist');
await rm(old, {recursive: true, force: true});
