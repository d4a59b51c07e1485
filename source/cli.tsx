// The installed command. Node keeps the compiled code of the bundle's modules on disk once this is
// on, so every start after the first skips most of the compiling (about a third of the time to the
// first question otherwise). It has to be switched on before those modules load, hence this tiny
// entry and a dynamic import. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import * as nodeModule from 'node:module';

/** The major version of package.json's engines.node, set by the build. */
declare const __OLDEST_NODE__: number;

// An installed copy can still be started by an older Node than package.json allows (npm only
// warns); the bundle would then fail with a bare error from deep inside it, so say what is needed.
if (Number(process.versions.node.split('.')[0]) < __OLDEST_NODE__) {
	process.stderr.write(`ai-pm-sim needs Node.js ${__OLDEST_NODE__} or newer; this is Node.js ${process.versions.node}.\n`);
	process.exit(1);
}
// Node 22.0 has no compile cache yet; it just starts without one.
nodeModule.enableCompileCache?.();
await import('./cli/process.js');
