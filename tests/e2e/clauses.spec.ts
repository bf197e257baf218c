/**
 * Citable clauses and a table of contents that follows, driven with the keyboard only: anchor
 * links, copy citation, the landed-on clause highlighted, the current clause marked in the table
 * of contents, the anchor kept across version and language links, and searched words marked on
 * the page a search result leads to (loaded only for such a visit).
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, SAMPLE, test, trackErrors } from './support.ts';

const { standard } = SAMPLE;
const PAGE = `/standards/${standard.id}/`;

/** The clause headings of the page in document order: id, number and title (without the number). */
const clauses = (page: Page) =>
	page.locator('article .clause[id]').evaluateAll((headings) =>
		headings.map((h) => ({
			id: h.id,
			number: (h as HTMLElement).dataset.clause ?? '',
			title: h.querySelector('.clause-anchor')!.nextSibling!.textContent!.trim(),
		})),
	);

test('keyboard only: a clause anchor lands on the highlighted clause, copy citation copies code, number, title, version and URL', async ({
	page,
	context,
}) => {
	const errors = trackErrors(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(PAGE);
	const [, second] = (await clauses(page)).filter((c) => c.number.includes('.'));
	expect(second).toBeDefined();
	const heading = page.locator(`#${second!.id}`);
	// No reading script runs before the reader interacts; focusing the anchor is the first interaction.
	await expect(page.locator('pb-reading[data-ready]')).toHaveCount(0);
	await heading.locator('.clause-anchor').focus();
	await page.locator('pb-reading[data-ready]').waitFor();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`#${second!.id}$`));
	await expect(heading).toBeInViewport();
	// The landed-on clause is outlined; another is not.
	await expect(heading).toHaveCSS('outline-style', 'solid');
	await expect(page.locator('article .clause[id]').first()).toHaveCSS('outline-style', 'none');
	// Tab goes on from the landed-on clause: its anchor, then its copy button.
	const button = page.getByRole('button', { name: `复制引用: ${standard.code} §${second!.number}` });
	for (let i = 0; i < 2 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(button).toHaveText('已复制');
	await expect(page.getByRole('status').filter({ hasText: '已复制' })).toContainText(`${standard.code} §${second!.number}`);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(
		`${standard.code} §${second!.number} ${second!.title}（${standard.version}）\nhttp://${new URL(page.url()).host}/standards/${standard.id}/${standard.version}/#${second!.id}`,
	);
	expect(errors).toEqual([]);
});

test('the text comes first in tab order; the table of contents marks the clause being read and stays in view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(PAGE);
	const order = await page.evaluate(() => {
		const focusable = [...document.querySelectorAll('main a[href], main button, main summary')];
		return { article: focusable.findIndex((e) => e.closest('article')), toc: focusable.findIndex((e) => e.closest('nav.toc')) };
	});
	expect(order.article).toBeGreaterThanOrEqual(0);
	expect(order.article).toBeLessThan(order.toc);
	const toc = page.getByRole('navigation', { name: '本页目录' });
	const list = await clauses(page);
	const last = list.filter((c) => c.number.includes('.')).at(-1)!;
	const link = toc.locator(`a[href="#${last.id}"]`);
	// Follow a table-of-contents entry with the keyboard: the contents stay in view and mark it.
	await link.focus();
	await page.locator('pb-reading[data-ready]').waitFor();
	await page.keyboard.press('Enter');
	await expect(page.locator(`#${last.id}`)).toBeInViewport();
	await expect(link).toBeInViewport();
	await expect(link).toHaveAttribute('aria-current', 'location');
	await expect(toc.locator('a[aria-current]')).toHaveCount(1);
	// Reading back to the top moves the mark to the first clause.
	const first = list[0]!;
	await page.keyboard.press('Home');
	await expect(toc.locator(`a[href="#${first.id}"]`)).toHaveAttribute('aria-current', 'location');
});

test('version and language links keep the clause anchor the reader is at', async ({ page }) => {
	await page.goto(PAGE);
	const [target] = (await clauses(page)).filter((c) => c.number.includes('.'));
	await page.locator(`#${target!.id} .clause-anchor`).focus();
	await page.keyboard.press('Enter');
	// An older version, opened with the keyboard, opens at the same clause.
	const older = page.getByRole('navigation', { name: '版本' }).locator('ol a:not([aria-current])').first();
	const olderPath = await older.getAttribute('href');
	await older.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${olderPath}#${target!.id}`);
	await page.goBack();
	await expect(page).toHaveURL(`${PAGE}#${target!.id}`);
	const english = page.locator('a[hreflang="en"]');
	await english.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`/en${PAGE}#${target!.id}`);
	await expect(page.locator(`#${target!.id}`)).toBeInViewport();
});

test('words searched for are marked on the page a result leads to, and only then is that code loaded', async ({ page }) => {
	const errors = trackErrors(page);
	const loaded: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('search-highlight')) loaded.push(request.url());
	});
	await page.goto(PAGE);
	await expect(page.locator('article .clause').first()).toBeVisible();
	await expect(page.locator('mark.search-hit')).toHaveCount(0);
	expect(loaded).toEqual([]);
	const [clause] = (await clauses(page)).filter((c) => c.number.includes('.'));
	const query = clause!.title;
	await page.goto(`/search/?q=${encodeURIComponent(query)}&type=standard`);
	await page.locator(`pb-search[data-state="ready"][data-query=${JSON.stringify(query)}]`).waitFor();
	await page.locator(`[data-search-results] a[href="${PAGE}"]`).first().focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(PAGE);
	await expect(page.locator('article[data-search-marked]')).toHaveCount(1);
	await expect(page.locator('mark.search-hit').first()).toBeVisible();
	expect(loaded.length).toBeGreaterThan(0);
	// The reading element's script joins the marking one on the same page (both are classic scripts,
	// whose top-level names share one scope): a key press adds it, and nothing fails.
	await page.keyboard.press('Tab');
	await expect.poll(() => page.evaluate(() => customElements.get('pb-reading') !== undefined)).toBe(true);
	expect(errors).toEqual([]);
});

test('on a phone the header is compact, the contents are a button at the foot of the window; axe finds nothing', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(PAGE);
	const header = await page.locator('header.site-header').boundingBox();
	expect(header!.height).toBeLessThanOrEqual(120);
	const toc = page.getByRole('navigation', { name: '本页目录' });
	const summary = toc.locator('summary');
	const box = await summary.boundingBox();
	expect(box!.y + box!.height).toBeGreaterThan(740 - 80);
	await summary.focus();
	await page.keyboard.press('Enter');
	const first = toc.getByRole('link').first();
	await expect(first).toBeInViewport();
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(first).toBeHidden();
	await expectNoAxeViolations(page);
});
