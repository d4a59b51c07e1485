// The installed command. Node keeps the compiled code of the bundle's modules on disk once this is
// on, so every start after the first skips most of the compiling (about a third of the time to the
// first question otherwise). It has to be switched on before those modules load, hence this tiny
// entry and a dynamic import. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import {enableCompileCache} from 'node:module';

enableCompileCache();
await import('./cli/process.js');
