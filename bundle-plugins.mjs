// The build steps of the bundle beyond bundle-options.json. The Ink ones are shared with the
// start-up bench, which also measures a minimal Ink app built with them, like for like.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

/** Replaces text in a dependency's file as it is bundled; the build fails if the text is not found, rather than bundling it blind. */
const edit = pairs => async args => {
	let text = await readFile(args.path, 'utf8');
	for (const [from, to] of pairs) {
		if (!text.includes(from)) throw new Error(`${args.path} no longer contains ${from}; review this build step`);
		text = text.replace(from, to);
	}
	return {contents: text, loader: 'js'};
};

// Ink and its text helpers measure with string-width; they get the app's own measure, which gives
// the same widths without starting a Unicode segmenter for ordinary text (source/core/util/text-width.ts).
const textWidth = fileURLToPath(new URL('source/core/util/text-width.ts', import.meta.url));
const sharedTextWidth = {
	name: 'shared-text-width',
	setup(builder) {
		builder.onResolve({filter: /^string-width$/}, args => (args.importer === textWidth ? undefined : {path: textWidth}));
	},
};

// string-width builds a Unicode segmenter and three Unicode-property patterns (emoji sequences,
// marks) as it loads: about 11 ms of every start, measured before the first frame, although text
// of standalone characters, which is nearly all this app draws, is measured without it. Its
// module body is wrapped in a function that runs at the first width only string-width can give
// (CJK, emoji, combining marks); what it computes is unchanged.
const lazyStringWidth = {
	name: 'lazy-string-width',
	setup(builder) {
		builder.onLoad({filter: /[\\/]string-width[\\/]index\.js$/}, async args => {
			const {contents} = await edit([['export default function stringWidth(', 'return function stringWidth(']])(args);
			const lines = contents.split('\n');
			const body = lines.findIndex(line => line.trim() !== '' && !line.startsWith('import '));
			const rest = lines.slice(body).join('\n');
			if (/^(import|export) /m.test(rest)) throw new Error(`${args.path} imports or exports below its top; review this build step`);
			return {
				contents: `${lines.slice(0, body).join('\n')}
function load() {
${rest}
}
let measure;
export default function stringWidth(text, options) {
	measure ??= load();
	return measure(text, options);
}`,
				loader: 'js',
			};
		});
	},
};

// Yoga, Ink's layout engine, carries its WebAssembly as a base64 `data:` URL and reads it with
// fetch() wherever fetch exists. On Node that first access loads the whole HTTP client (undici)
// only to decode a string in memory: about 45 ms of every start, measured before the first frame
// of a minimal Ink app. Yoga's own fallback decodes the same string directly.
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(builder) {
		builder.onLoad(
			{filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/},
			edit([['"function"!=typeof fetch?Promise.resolve().then(', 'true?Promise.resolve().then(']]),
		);
	},
};

/** What the bundle does to Ink and its dependencies. */
export const inkPlugins = [sharedTextWidth, lazyStringWidth, yogaWithoutFetch];

/**
 * Leaves out of the bundle what meow and conf load but this CLI never runs, so parsing the command
 * line and opening the settings cost less; each stand-in throws if it is ever reached.
 * - meow: its bundled dependencies set up a package.json search and normaliser (with a code-frame
 *   highlighter and licence lists) as they load, about half of meow's load time; the CLI always
 *   gives meow the package, so that set-up is marked side-effect free and dropped.
 * - conf: ajv compiles a JSON schema only when conf is given one; settings are validated by the
 *   project's own checks instead, so ajv and its formats are never given a schema.
 */
export const leaveOutUnusedParts = {
	name: 'leave-out-unused-parts',
	setup(build) {
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
