import { defineConfig } from 'vitest/config';

// Two workers on the 2-core machine (the default keeps one core free, which left the builds of the
// content-error and scale tests waiting behind the unit tests). The unit and lint tests share one module
// graph (`isolate: false`): they are pure functions over fixtures, and per-file isolation spent more time
// importing modules than running tests (32 s instead of 15 s).
export default defineConfig({
	test: {
		maxWorkers: 2,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false } },
			// The architecture lint rules, run on a scratch project with planted breaches.
			{ test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], environment: 'node', isolate: false } },
			{
				// Each scenario runs a real Astro build on a broken fixture: slow, so one at a time.
				test: { name: 'content-errors', include: ['tests/content-errors/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
			},
			// Two real builds of generated libraries (a small and a larger one): slow on a busy machine.
			{ test: { name: 'scale', include: ['tests/scale/**/*.test.ts'], testTimeout: 600_000 } },
		],
	},
});
