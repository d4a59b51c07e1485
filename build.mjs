// Bundles the CLI so start-up reads a few files instead of hundreds of modules.
// Dynamic imports (the LLM client) become separate chunks, loaded only when used.
import {build} from 'esbuild';
import {chmod, readFile, rm} from 'node:fs/promises';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'none',
	external: ['react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"', __VERSION__: JSON.stringify(pkg.version)},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require=__createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);
