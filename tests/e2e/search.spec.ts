/**
 * Search, driven as a reader would in Chromium against the built site: the header box, results
 * while typing, filters and the back button, clause links, shareable URLs, the English UI, what
 * is kept out of the index (old versions, quiz answers), the Chinese query set, keyboard and axe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { parse } from 'yaml';
import { SEARCH_QUERIES, TOP } from './search-queries.ts';
import { expect, expectNoAxeViolations, listAll, SAMPLE, test, trackErrors } from './support.ts';

const ready = (page: Page, query: string) => page.locator(`pb-search[data-state="ready"][data-query=${JSON.stringify(query)}]`).waitFor();
const resultLinks = (page: Page) => page.locator('[data-search-results] > li h3 a');
const hrefs = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const searchUrl = (query: string, more = '') => `/search/?q=${encodeURIComponent(query)}${more}`;

test('the header box on a reading page: / focuses it, a Chinese query shows results; no search code loads before that', async ({
	page,
}) => {
	const errors = trackErrors(page);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(`/standards/${SAMPLE.standard.id}/`);
	await page.locator('main').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('/');
	const box = page.getByRole('searchbox', { name: '搜索关键词' }).first();
	await expect(box).toBeFocused();
	expect(scripts.filter((url) => url.includes('/pagefind/') || url.includes('search'))).toEqual([]);
	await box.fill('需求分析');
	await box.press('Enter');
	await expect(page).toHaveURL(searchUrl('需求分析'));
	await ready(page, '需求分析');
	await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(/找到 \d+ 个结果/);
	await expect(resultLinks(page).first()).toBeVisible();
	expect(await hrefs(page)).toContain('/checklists/needs-analysis/');
	expect(errors).toEqual([]);
});

test('Ctrl+K focuses the search box from anywhere, even while typing elsewhere', async ({ page }) => {
	await page.goto(`/handbooks/${SAMPLE.handbook}/`);
	await page.keyboard.press('Control+k');
	await expect(page.locator('#site-search')).toBeFocused();
	await page.goto('/search/');
	await page.keyboard.press('/');
	await expect(page.locator('#search-query')).toBeFocused();
});

test('results appear while typing; a filter narrows them; the URL holds both; back and forward restore them', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto('/search/');
	const box = page.locator('#search-query');
	await box.pressSequentially('可行性', { delay: 30 });
	await ready(page, '可行性');
	await expect(page).toHaveURL(searchUrl('可行性'));
	const all = await hrefs(page);
	expect(all.length).toBeGreaterThan(3);
	expect(all.some((href) => !href.startsWith('/standards/'))).toBe(true);

	await page.getByRole('group', { name: '内容类型' }).getByRole('checkbox', { name: '标准' }).check();
	await expect(page).toHaveURL(searchUrl('可行性', '&type=standard'));
	await ready(page, '可行性');
	await expect(page.locator('[data-search-results] .result-meta').first()).toContainText('标准');
	const filtered = await hrefs(page);
	expect(filtered.length).toBeGreaterThan(0);
	expect(filtered.every((href) => href.startsWith('/standards/'))).toBe(true);

	await page.goBack();
	await expect(page).toHaveURL(searchUrl('可行性'));
	await expect(page.getByRole('checkbox', { name: '标准' })).not.toBeChecked();
	await expect.poll(() => hrefs(page)).toEqual(all);
	await page.goForward();
	await expect(page.getByRole('checkbox', { name: '标准' })).toBeChecked();
	await expect.poll(() => hrefs(page)).toEqual(filtered);
	expect(errors).toEqual([]);
});

test('typed with a pinyin input method: nothing is searched while composing, the chosen words are searched on worker threads', async ({
	page,
}) => {
	const errors = trackErrors(page);
	const scripts: string[] = [];
	page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
	await page.goto('/search/');
	const box = page.locator('#search-query');
	await box.click();
	const states: string[] = [];
	await page.exposeFunction('recordState', (state: string) => states.push(state));
	await page.evaluate(() => {
		const search = document.querySelector('pb-search')!;
		const record = (window as unknown as { recordState(state: string): void }).recordState;
		new MutationObserver(() => record(`${search.getAttribute('data-state')}:${search.getAttribute('data-query')}`)).observe(search, {
			attributes: true,
			attributeFilter: ['data-state', 'data-query'],
		});
	});
	// Chromium's input method events, as a pinyin keyboard sends them: composition, then the chosen words.
	const cdp = await page.context().newCDPSession(page);
	const pinyin = 'kexingxing';
	for (let i = 1; i <= pinyin.length; i++) {
		await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
	}
	await page.waitForTimeout(400);
	expect(states.filter((state) => /[a-z]/.test(state.split(':')[1] ?? ''))).toEqual([]);
	await cdp.send('Input.insertText', { text: '可行性' });
	await ready(page, '可行性');
	await expect(page).toHaveURL(searchUrl('可行性'));
	expect((await hrefs(page)).length).toBeGreaterThan(3);
	// One search: the chosen words, and nothing for the letters composed before them.
	await page.waitForTimeout(300);
	expect(states.filter((state) => state.startsWith('loading:'))).toHaveLength(1);
	expect(scripts.some((path) => /^\/_astro\/search-worker[.-]/.test(path))).toBe(true);
	expect(errors).toEqual([]);
});

test('when the search threads cannot start, the page searches with Pagefind on its own and shows the same results', async ({ page }) => {
	const errors = trackErrors(page);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto(searchUrl('可行性'));
	await ready(page, '可行性');
	const threaded = await hrefs(page);
	expect(threaded.length).toBeGreaterThan(3);
	// On the threads, Pagefind runs inside them and starts no worker of its own.
	expect(requested).not.toContain('/pagefind/pagefind-worker.js');

	await page.route(/\/_astro\/search-worker[.-][^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
	await page.reload();
	await ready(page, '可行性');
	expect(await hrefs(page)).toEqual(threaded);
	expect(requested).toContain('/pagefind/pagefind-worker.js');
	// The failed worker script is the only error: nothing else broke.
	expect(errors.filter((error) => !/404|search-worker/.test(error))).toEqual([]);
});

test('when the index cannot be fetched the page says so, and once it can, the next query finds results', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => route.abort());
	await page.goto('/search/');
	const box = page.locator('#search-query');
	await box.fill('可行性');
	await expect(page.locator('pb-search[data-state="error"][data-query="可行性"]')).toBeAttached({ timeout: 15_000 });
	await expect(page.locator('[data-search-status]')).toHaveText('搜索暂时不可用：无法加载搜索索引。');
	await expect(page.locator('[data-search-results] > li')).toHaveCount(0);

	await page.unroute('**/pagefind/**');
	await box.fill('需求');
	await ready(page, '需求');
	expect((await hrefs(page)).length).toBeGreaterThan(3);
});

test('results appear one by one as their page fragments arrive, in their final order; a fragment that never comes is an error', async ({
	page,
	context,
}) => {
	await page.goto(searchUrl('可行性'));
	await ready(page, '可行性');
	const order = await hrefs(page);
	expect(order.length).toBeGreaterThan(3);

	// The same search again, each fragment held back until the test lets it through (the worker's requests are the context's).
	const held: Route[] = [];
	await context.route(/\.pf_fragment$/, (route) => void held.push(route));
	await page.reload();
	await expect.poll(() => held.length).toBeGreaterThan(0);
	const states = new Set<string>();
	const shown: number[] = [];
	while ((await page.locator('pb-search').getAttribute('data-state')) !== 'ready') {
		const next = held.shift();
		expect(next, 'a fragment request to let through').toBeDefined();
		await next!.continue();
		await page.waitForTimeout(150);
		states.add((await page.locator('pb-search').getAttribute('data-state')) ?? '');
		shown.push(await resultLinks(page).count());
	}
	// Some results were on the page while the rest were still on their way, and each came in its place.
	expect(states).toContain('showing');
	expect(shown.some((count) => count > 0 && count < order.length)).toBe(true);
	expect(shown).toEqual([...shown].sort((a, b) => a - b));
	expect(await hrefs(page)).toEqual(order);

	// A fragment that fails: the page says search is unavailable instead of waiting for ever.
	await context.unroute(/\.pf_fragment$/);
	for (const route of held) await route.continue();
	await context.route(/\.pf_fragment$/, (route) => route.abort());
	await page.goto(searchUrl('需求'));
	await expect(page.locator('pb-search[data-state="error"][data-query="需求"]')).toBeAttached({ timeout: 15_000 });
	await expect(page.locator('[data-search-status]')).toHaveText('搜索暂时不可用：无法加载搜索索引。');
});

test('a shared /search/ URL restores the same results, filters ticked', async ({ page, browser }) => {
	await page.goto('/search/');
	await page.locator('#search-query').fill('风险');
	await ready(page, '风险');
	await page.getByRole('checkbox', { name: '检查清单' }).check();
	await expect(page).toHaveURL(/type=checklist/);
	await ready(page, '风险');
	const url = page.url();
	const shown = await hrefs(page);

	const other = await browser.newPage();
	await other.goto(url);
	await ready(other, '风险');
	await expect(other.locator('#search-query')).toHaveValue('风险');
	await expect(other.getByRole('checkbox', { name: '检查清单' })).toBeChecked();
	expect(await hrefs(other)).toEqual(shown);
	await other.close();
});

test('a result links to the clause it hit, and the link lands on that clause', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto(searchUrl('需求确认', '&type=standard'));
	await ready(page, '需求确认');
	const result = page.locator('[data-search-results] > li').filter({ has: page.locator(`a[href="/standards/${SAMPLE.standard.id}/"]`) });
	await expect(result.locator('.result-meta')).toHaveText(`标准 · ${SAMPLE.standard.code} · 版本 ${SAMPLE.standard.version}`);
	const clause = result.getByRole('link', { name: '2.4 需求确认' });
	await expect(clause).toHaveAttribute('href', `/standards/${SAMPLE.standard.id}/#c-2-4`);
	await clause.click();
	await expect(page).toHaveURL(`/standards/${SAMPLE.standard.id}/#c-2-4`);
	await expect(page.locator('#c-2-4')).toBeInViewport();
	expect(errors).toEqual([]);
});

test('keyboard: ArrowDown moves from the box to the first result; the status names the count', async ({ page }) => {
	await page.goto(searchUrl('验收'));
	await ready(page, '验收');
	const status = page.getByRole('status').filter({ hasText: '找到' });
	await expect(status).toHaveText(/^找到 \d+ 个结果$/);
	const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
	// Ten at a time: the rest come with "show more", which then moves focus to the first new one.
	await expect(resultLinks(page)).toHaveCount(Math.min(total, 10));
	if (total > 10) {
		await page.getByRole('button', { name: '显示更多结果' }).click();
		await expect(resultLinks(page)).toHaveCount(Math.min(total, 20));
		await expect(resultLinks(page).nth(10)).toBeFocused();
	}
	await page.locator('#search-query').focus();
	await page.keyboard.press('ArrowDown');
	await expect(resultLinks(page).first()).toBeFocused();
});

test('only current versions in zh-CN are indexed: a phrase only SC-01 1.0.0 holds is not found', async ({ page }) => {
	// A quoted query is an exact phrase. 需求确认书 is in the current version; 临时沟通群组 was removed in 1.1.0.
	await page.goto(searchUrl('"需求确认书"'));
	await ready(page, '"需求确认书"');
	expect(await hrefs(page)).toContain(`/standards/${SAMPLE.standard.id}/`);
	await page.goto(searchUrl('"临时沟通群组"'));
	await ready(page, '"临时沟通群组"');
	await expect(page.getByRole('status').filter({ hasText: '没有找到' })).toBeVisible();
	for (const query of ['服务协作流程', '需求', '里程碑']) {
		await page.goto(searchUrl(query));
		await ready(page, query);
		const links = await hrefs(page);
		expect(links.length).toBeGreaterThan(0);
		expect(links.filter((href) => /\/standards\/[^/]+\/\d+\.\d+\.\d+\//.test(href) || href.startsWith('/en/'))).toEqual([]);
	}
});

test('a quiz is found by its title and description, never by its questions, options or explanations', async ({ page }) => {
	const dir = 'content/quizzes';
	const titles: [id: string, title: string][] = [];
	const texts: [id: string, text: string][] = [];
	for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
		const id = file.replace(/\.yaml$/, '');
		const quiz = parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
			title: string;
			questions: { prompt: string; explanation: string; options?: { text: string }[] }[];
		};
		titles.push([id, quiz.title]);
		const first = quiz.questions[0]!;
		for (const text of [first.prompt, first.explanation, first.options?.[0]?.text]) if (text) texts.push([id, text]);
	}
	// Every query in one search page (listAll types each into the box and waits for its results).
	await page.goto('/search/');
	const listed = await listAll(page, [...titles.map(([, title]) => title), ...texts.map(([, text]) => text)]);
	for (const [id, title] of titles) expect(listed[title], `quiz title ${title}`).toContain(`/quizzes/${id}/`);
	const leaks = texts
		.filter(([, text]) => listed[text]!.some((href) => href.startsWith('/quizzes/')))
		.map(([id, text]) => `${id}: ${text}`);
	expect(leaks).toEqual([]);
});

test('the English UI searches the same content and keeps its readers under /en/', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto(`/en/search/?q=${encodeURIComponent('需求确认')}`);
	await ready(page, '需求确认');
	await expect(page.getByRole('status').filter({ hasText: 'result' })).toHaveText(/^\d+ results?$/);
	const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(links.length).toBeGreaterThan(0);
	expect(links.every((href) => href.startsWith('/en/'))).toBe(true);
	await expect(page.locator('[data-search-results] .result-meta').filter({ hasText: 'Standard' }).first()).toBeVisible();
	await page.goto(`/en/handbooks/${SAMPLE.handbook}/`);
	await page.getByRole('searchbox', { name: 'Search terms' }).fill('风险');
	await page.getByRole('searchbox', { name: 'Search terms' }).press('Enter');
	await expect(page).toHaveURL(`/en/search/?q=${encodeURIComponent('风险')}`);
	expect(errors).toEqual([]);
});

test('the Chinese query set: each expected page in the first three, citations and clause titles first', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/search/');
	const listed = await listAll(
		page,
		SEARCH_QUERIES.map((q) => q.query),
	);
	const misses: string[] = [];
	for (const { query, expect: expected, first } of SEARCH_QUERIES) {
		const top = listed[query]!.slice(0, first ? 1 : TOP);
		if (!top.includes(expected)) misses.push(`${query}: expected ${expected}${first ? ' first' : ''}, got ${top.join(', ') || 'nothing'}`);
	}
	expect(misses).toEqual([]);
});

test('a citation leads to its clause; the header box keeps the query', async ({ page }) => {
	const query = `${SAMPLE.standard.code} 2.4`;
	await page.goto(searchUrl(query));
	await ready(page, query);
	await expect(page.locator('#site-search')).toHaveValue(query);
	const first = resultLinks(page).first();
	await expect(first).toHaveText(/^SC-01 §2\.4 /);
	await expect(page.locator('[data-search-results] > li').first().locator('.result-meta')).toHaveText(
		`条款 · ${SAMPLE.standard.code} · 版本 ${SAMPLE.standard.version}`,
	);
	await page.locator('#search-query').focus();
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`/standards/${SAMPLE.standard.id}/#c-2-4`);
	await expect(page.locator('#c-2-4')).toBeInViewport();
});

test('the search page has no axe violations, empty and with results and filters', async ({ page }) => {
	await page.goto('/search/');
	await expectNoAxeViolations(page);
	await page.goto(searchUrl('质量', '&type=checklist&stage=quality-control'));
	await ready(page, '质量');
	await expect(resultLinks(page).first()).toBeVisible();
	await expectNoAxeViolations(page);
});
