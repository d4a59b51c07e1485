// Bundles the CLI so start-up reads a few files instead of hundreds of modules.
// Dynamic imports (the LLM client) become separate chunks, loaded only when used.
import {build} from 'esbuild';
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

/**
 * Leaves out of the bundle what meow and conf load but this CLI never runs, so parsing the command
 * line and opening the settings cost less; each stand-in throws if it is ever reached.
 * - meow: its bundled dependencies set up a package.json search and normaliser (with a code-frame
 *   highlighter and licence lists) as they load, about half of meow's load time; the CLI always
 *   gives meow the package, so that set-up is marked side-effect free and dropped. The build fails
 *   if meow's files stop reading as expected, rather than bundling them blind.
 * - conf: ajv compiles a JSON schema only when conf is given one; settings are validated by the
 *   project's own checks instead, so ajv and its formats are never given a schema.
 */
const leaveOutUnusedParts = {
	name: 'leave-out-unused-parts',
	setup(build) {
		const edit = pairs => async args => {
			let text = await readFile(args.path, 'utf8');
			for (const [from, to] of pairs) {
				if (!text.includes(from)) throw new Error(`${args.path} no longer contains ${from}; review this build step`);
				text = text.replace(from, to);
			}
			return {contents: text, loader: 'js'};
		};
		const pure = call => [call, `/* @__PURE__ */ ${call}`];
		build.onLoad(
			{filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/},
			edit([pure('requireLib$1();'), pure('requireNormalize();'), pure('getDefaultExportFromCjs(normalizeExports);'), pure('promisify(execFile);')]),
		);
		const unused = what => `() => { throw new Error(${JSON.stringify(`${what} is not in this bundle`)}); }`;
		build.onLoad(
			{filter: /[\\/]meow[\\/]build[\\/]options\.js$/},
			edit([
				[
					"import { a as readPackageUpSync, n as normalizePackageData } from './dependencies.js';",
					`const readPackageUpSync = ${unused("meow's package search")}, normalizePackageData = ${unused("meow's package normaliser")};`,
				],
			]),
		);
		build.onResolve({filter: /^(ajv\/dist\/2020\.js|ajv-formats)$/}, args => ({path: args.path, namespace: 'unused'}));
		build.onLoad({filter: /.*/, namespace: 'unused'}, args => ({
			contents: args.path === 'ajv-formats' ? `export default {default: ${unused('ajv-formats')}};` : `export const Ajv2020 = ${unused('ajv')};`,
			loader: 'js',
		}));
	},
};

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
// Built beside dist/ and swapped in at the end, so a running app, test or bench never
// sees a half-written bundle.
const out = `dist.building-${process.pid}`;
await rm(out, {recursive: true, force: true});
// Shared with the first-frame bench, whose baseline Ink app must be bundled the same way.
// Its target is the oldest Node the package supports. esbuild would still rewrite `/…/v` patterns
// (Unicode sets, which Node 22 has) into `new RegExp(…)` calls that are parsed as the bundle loads
// (string-width's emoji pattern alone took milliseconds on every start), so they are declared supported.
const options = JSON.parse(await readFile('bundle-options.json', 'utf8'));
// Ink and its text helpers measure with string-width; they get the app's own measure, which gives
// the same widths without starting a Unicode segmenter for ordinary text (source/core/util/text-width.ts).
const textWidth = path.resolve('source/core/util/text-width.ts');
const sharedTextWidth = {
	name: 'shared-text-width',
	setup(builder) {
		builder.onResolve({filter: /^string-width$/}, args => (args.importer === textWidth ? undefined : {path: textWidth}));
	},
};
await build({
	...options,
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: out,
	define: {...options.define, __VERSION__: JSON.stringify(pkg.version)},
	plugins: [sharedTextWidth, leaveOutUnusedParts],
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
