import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.ts';

const browser = findChromium();
// PROCESSBOOK_TEST_PORT lets two test runs (or a run beside a dev server) use different ports.
const PORT = Number(process.env.PROCESSBOOK_TEST_PORT ?? 4329);

// Timeouts are upper bounds for a busy 2-core machine, not expected durations: a passing step returns as
// soon as the page is in the awaited state, so a generous bound costs nothing when the machine is idle and
// keeps a loaded machine (timings vary 2-5x) from failing a correct test. No retries: a flaky test is a bug.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 180_000,
	expect: { timeout: 20_000 },
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Recording a trace slows every test by a third; PROCESSBOOK_TRACE=1 records one to study a failure.
		trace: process.env.PROCESSBOOK_TRACE ? 'retain-on-failure' : 'off',
		actionTimeout: 20_000,
		navigationTimeout: 45_000,
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
