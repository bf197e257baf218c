import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{
				// Each scenario runs a real Astro build on a broken fixture: slow, so one at a time.
				test: { name: 'content-errors', include: ['tests/content-errors/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
			},
		],
	},
});
