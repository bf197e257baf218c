import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			// The architecture lint rules, run on a scratch project with planted breaches.
			{ test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], environment: 'node' } },
			{
				// Each scenario runs a real Astro build on a broken fixture: slow, so one at a time.
				test: { name: 'content-errors', include: ['tests/content-errors/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
			},
			// Two real builds of generated libraries (a small and a larger one): slow on a busy machine.
			{ test: { name: 'scale', include: ['tests/scale/**/*.test.ts'], testTimeout: 600_000 } },
		],
	},
});
