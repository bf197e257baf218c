/**
 * Finds a Chromium for the end-to-end tests: Debian's `/usr/bin/chromium` first, Playwright's own
 * download second. Shared by `scripts/ensure-browser.ts` and `playwright.config.ts`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

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
