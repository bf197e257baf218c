/**
 * The finishing details of reading pages: clause numbers in a version's changes are links, the
 * comparison shows lists as lists, the version history reads on a phone, 404 pages help in both
 * languages, and the glossary has an index by initial and a filter.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, expectNoAxeViolations, SAMPLE, test } from './support.ts';

const { standard } = SAMPLE;

test('clause numbers named in a version’s changes link to existing clauses', async ({ page }) => {
	await page.goto(`/standards/${standard.id}/`);
	const changes = page.locator('section.changes ul a');
	expect(await changes.count()).toBeGreaterThan(0);
	for (const href of await changes.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
		expect(href).toMatch(/^(\/standards\/[^/]+\/(\d+\.\d+\.\d+\/)?)?#c-[a-z0-9-]+$/);
		if (href.startsWith('#')) await expect(page.locator(href)).toHaveCount(1);
	}
	const first = changes.first();
	const target = (await first.getAttribute('href'))!;
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test('the comparison renders list items as lists, without raw markers; the history reads on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/standards/${standard.id}/changes/`);
	const texts = await page.locator('[data-prerendered] .clause-text').allInnerTexts();
	expect(texts.length).toBeGreaterThan(0);
	expect(texts.filter((text) => /^\s*- /m.test(text))).toEqual([]);
	expect(await page.locator('[data-prerendered] .clause-text li').count()).toBeGreaterThan(0);
	const summary = page.locator('table.history td[data-label]').last();
	expect((await summary.boundingBox())!.width).toBeGreaterThan(250);
});

for (const [locale, path, title, search] of [
	['zh-CN', '/no-such-page/', '找不到此页面', '/search/'],
	['en', '/en/no-such-page/', 'Page not found', '/en/search/'],
] as const) {
	test(`an unknown URL (${locale}) gets a 404 page with a search box and the main sections`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator('main nav a').first()).toBeVisible();
		const box = page.locator('#not-found-search');
		await box.fill('验收');
		await box.press('Enter');
		await expect(page).toHaveURL(`${search}?q=${encodeURIComponent('验收')}`);
	});
}

test('the glossary has an index by initial and a filter', async ({ page }) => {
	const terms = parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; term: string }[];
	await page.goto('/glossary/');
	const index = page.getByRole('navigation', { name: '术语索引（按拼音首字母）' });
	const letters = index.getByRole('link');
	expect(await letters.count()).toBeGreaterThan(1);
	// Every term is under some letter, and a letter link leads to its group.
	await expect(page.locator('.group .term')).toHaveCount(terms.length);
	const letter = letters.nth(1);
	await letter.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`${await letter.getAttribute('href')}`)).toBeInViewport();
	const filter = page.getByLabel('筛选术语');
	const wanted = terms[0]!;
	await filter.fill(wanted.term);
	await expect(page.locator(`#${wanted.id}`)).toBeVisible();
	const shown = await page.locator('.term:visible').count();
	expect(shown).toBeLessThan(terms.length);
	await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(`显示 ${shown} 个术语`);
	await filter.fill('');
	await expect(page.locator('.term:visible')).toHaveCount(terms.length);
	await expectNoAxeViolations(page);
});
