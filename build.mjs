// Bundles the CLI so start-up reads a few files instead of hundreds of modules.
// Dynamic imports (the LLM client) become separate chunks, loaded only when used.
import {build} from 'esbuild';
import {chmod, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import {parse} from 'yaml';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
// Built beside dist/ and swapped in at the end, so a running app, test or bench never
// sees a half-written bundle.
const out = `dist.building-${process.pid}`;
await rm(out, {recursive: true, force: true});
// Shared with the first-frame bench, whose baseline Ink app must be bundled the same way.
const options = JSON.parse(await readFile('bundle-options.json', 'utf8'));
await build({
	...options,
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: out,
	define: {...options.define, __VERSION__: JSON.stringify(pkg.version)},
});
await chmod(`${out}/cli.js`, 0o755);

// The built-in scripts, parsed once here; the loader still validates them and ignores
// an entry whose file changed since (size or mtime differ).
const cache = {};
for (const name of (await readdir('questions')).filter(n => /\.ya?ml$/.test(n))) {
	const file = `questions/${name}`;
	const info = await stat(file);
	try {
		cache[name] = {size: info.size, mtimeMs: info.mtimeMs, data: parse(await readFile(file, 'utf8'))};
	} catch {
		// A broken file is left to the loader, which reports it with its field or line.
	}
}
await writeFile(`${out}/questions-cache.json`, JSON.stringify(cache));

const old = `dist.old-${process.pid}`;
await rename('dist', old).catch(error => {
	if (error.code !== 'ENOENT') throw error;
});
await rename(out, 'dist');
await rm(old, {recursive: true, force: true});
