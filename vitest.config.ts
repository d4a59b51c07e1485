import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// One module graph per worker instead of per file: spawning and importing per file was more
		// than half of the suite's time. Tests keep no state between files beyond caches.
		isolate: false,
		testTimeout: 20_000,
		hookTimeout: 20_000,
	},
});
