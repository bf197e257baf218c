/**
 * The site under its security headers: the test server sends public/_headers (so every test runs
 * under the strict Content Security Policy and fails on a violation, see support.ts), and bad URLs
 * get a clear 400 instead of crashing the server.
 */
import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../../src/lib/static-headers.ts';
import { expect, test } from './support.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

test('pages and files are served with the headers of public/_headers, the strict CSP among them', async ({ request }) => {
	for (const path of ['/', '/en/search/', '/theme.js', '/pagefind/pagefind.js']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const expected = headersFor(rules, path);
		expect(Object.keys(expected)).toContain('content-security-policy');
		for (const [name, value] of Object.entries(expected)) expect(response.headers()[name], `${path} ${name}`).toBe(value);
	}
	expect(headersFor(rules, '/')['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
});

test('a URL that cannot be decoded gets 400 and the server keeps serving', async ({ request }) => {
	expect((await request.get('/%E0%A4%A')).status()).toBe(400);
	expect((await request.get('/standards/%E0%A4%A/')).status()).toBe(400);
	expect((await request.get('/')).status()).toBe(200);
});

test('under the policy the theme switch and the search shortcut still work', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
	const before = await page.locator('html').getAttribute('data-theme');
	await page.locator('[data-theme-toggle]').first().click();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
	await page.locator('body').press('/');
	await expect(page.locator('[data-search-input]').last()).toBeFocused();
});
