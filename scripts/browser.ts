/**
 * Finds a Chromium for the end-to-end tests: Debian's headless shell first (the `chromium-headless-shell`
 * package: no window system, the browser Playwright itself uses for headless runs; navigations took
 * about 40% less time than with the full browser), then Debian's full `chromium`, then Playwright's own
 * download. Shared by `scripts/ensure-browser.ts`, `playwright.config.ts` and the benchmarks.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = [
	'/usr/lib/chromium/chromium-headless-shell',
	'/usr/bin/chromium-headless-shell',
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
];

export function findChromium(): { path: string; source: 'system' | 'playwright' } | undefined {
	const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
	if (system) return { path: system, source: 'system' };
	try {
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return { path: bundled, source: 'playwright' };
	} catch {
		// Playwright throws when it has no browser of its own.
	}
	return undefined;
}
