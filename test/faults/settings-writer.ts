// A worker thread that plays one `config set` process per round: it waits for the round to open,
// then changes its one key, as a separate process would, through a fresh settings store.
import {parentPort, workerData} from 'node:worker_threads';
import {openSettings} from '../../source/storage/settings.js';
import type {SettingKey} from '../../source/storage/settings-types.js';

const {dataDir, key, values, signal} = workerData as {dataDir: string; key: SettingKey; values: string[]; signal: SharedArrayBuffer};
const state = new Int32Array(signal); // [0]: rounds opened, [1]: writes done

for (let round = 0; round < values.length; round++) {
	while (Atomics.load(state, 0) <= round) Atomics.wait(state, 0, round);
	try {
		openSettings({dataDir, env: {}}).set(key, values[round] as never);
	} catch (error) {
		parentPort?.postMessage(`${key} round ${round}: ${(error as Error).message}`);
	}
	Atomics.add(state, 1, 1);
	Atomics.notify(state, 1);
}
