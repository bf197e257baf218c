import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.ts';

const browser = findChromium();
// PROCESSBOOK_TEST_PORT lets two test runs (or a run beside a dev server) use different ports.
const PORT = Number(process.env.PROCESSBOOK_TEST_PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: {
			...(browser?.source === 'system' ? { executablePath: browser.path } : {}),
			// Chromium's background services reach for the network, which this machine does not have.
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
		},
	},
	webServer: {
		command: `node scripts/serve-dist.ts ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
