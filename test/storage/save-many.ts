// Saves many sessions from one process; run several at once to test concurrent writers.
// Usage: node --import tsx test/storage/save-many.ts DATA_DIR PREFIX COUNT
import {openSessionStore} from '../../source/storage/sessions.js';
import {makeRecord} from './fixtures.js';

const [dataDir, prefix, count] = process.argv.slice(2);
const store = openSessionStore({dataDir, env: {}});
for (let i = 0; i < Number(count); i++) {
	await store.save(makeRecord({id: `${prefix}-${i}`, startedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(), answerWords: 300}));
	// Listing between saves makes the processes race on the index too.
	if (i % 5 === 0) {
		await store.list();
	}
}
