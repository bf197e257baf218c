/** What a staff member does on reading pages: facts, clause anchors, references, navigation. */
import { expect, SAMPLE, test } from './support.ts';

const { standard } = SAMPLE;

test('a standard shows its facts, numbered clauses with anchors and a table of contents', async ({ page }) => {
	await page.goto(`/standards/${standard.id}/`);
	const facts = page.getByRole('region', { name: '标准信息' });
	await expect(facts).toContainText(standard.code);
	await expect(facts).toContainText(standard.version);
	await expect(facts).toContainText('现行');
	await expect(facts).toContainText('生效日期');
	await expect(facts).toContainText('负责岗位');
	const clause = page.locator('h3#c-2-1');
	await expect(clause).toHaveText(/^2\.1 /);
	const toc = page.getByRole('navigation', { name: '本页目录' });
	await toc.getByRole('link', { name: /^2\.1 / }).click();
	await expect(page).toHaveURL(/#c-2-1$/);
	await expect(clause).toBeInViewport();
	// A released version is never edited in place: the link leads to the guide for a new version.
	await expect(page.getByRole('link', { name: '提出修改（新建版本）' })).toHaveAttribute(
		'href',
		/\/blob\/main\/README\.md#versions-of-a-standard$/,
	);
	await expect(page.getByText(/^最后更新：/)).toBeVisible();
});

test('the standards index lists each standard once, with an overview by process stage', async ({ page }) => {
	await page.goto('/standards/');
	const all = page.getByRole('region', { name: '全部现行标准' });
	await expect(all.getByRole('link', { name: new RegExp(standard.code) })).toHaveCount(1);
	const links = await page.locator('main a[href^="/standards/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const entries = await all.locator('a[href^="/standards/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(entries).size).toBe(entries.length);
	expect(links.length).toBeGreaterThan(entries.length);
	const overview = page.getByRole('region', { name: '各阶段适用的标准' });
	for (const stage of ['需求分析', '协作计划制定', '执行与沟通', '质量控制', '评估与反馈']) {
		await expect(overview.getByText(stage, { exact: true })).toBeVisible();
	}
	await expect(overview.getByRole('link', { name: standard.code, exact: true }).first()).toBeVisible();
});

test('a clause reference in a checklist leads to the clause of the standard', async ({ page }) => {
	await page.goto(`/checklists/${SAMPLE.checklist}/`);
	const reference = page.locator('a.clause-ref').first();
	const label = (await reference.textContent()) ?? '';
	expect(label).toMatch(/^[A-Z]{2}-\d{2} §\d+(\.\d+)*$/);
	const href = (await reference.getAttribute('href')) ?? '';
	await reference.click();
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[.#]/g, '\\$&')}$`));
	const anchor = href.split('#')[1]!;
	await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('the English UI keeps readers in English when they follow a reference', async ({ page }) => {
	await page.goto(`/en/handbooks/${SAMPLE.handbook}/`);
	const reference = page.locator('.prose a.clause-ref').first();
	await expect(reference).toHaveAttribute('href', /^\/en\/standards\//);
	await reference.click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.prose')).toHaveAttribute('lang', 'zh-CN');
});

test('a handbook lists responsibilities per stage, its clauses and its checklists', async ({ page }) => {
	await page.goto(`/handbooks/${SAMPLE.handbook}/`);
	await expect(page.getByRole('heading', { level: 2, name: '各阶段职责' })).toBeVisible();
	const clauses = page.getByRole('region', { name: '须掌握的条款' });
	await expect(clauses.getByRole('link', { name: /§/ }).first()).toBeVisible();
	await expect(page.getByRole('region', { name: '本岗位的检查清单' }).getByRole('link').first()).toBeVisible();
});

test('glossary term links land on the term', async ({ page }) => {
	await page.goto('/glossary/');
	const firstTerm = page.locator('.term').first();
	const id = await firstTerm.getAttribute('id');
	await page.goto(`/glossary/#${id}`);
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	expect(await page.locator('.term').count()).toBeGreaterThanOrEqual(2);
});

test('breadcrumb, header navigation and language switch', async ({ page }) => {
	await page.goto(`/cases/${SAMPLE.case}/`);
	const crumbs = page.getByRole('navigation', { name: '当前位置' });
	await expect(crumbs.getByRole('link', { name: '案例' })).toHaveAttribute('href', '/cases/');
	await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案例' })).toHaveAttribute(
		'aria-current',
		'page',
	);
	await page.getByRole('link', { name: /^切换到英文界面/ }).click();
	await expect(page).toHaveURL(`/en/cases/${SAMPLE.case}/`);
	await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Cases' })).toHaveAttribute(
		'href',
		'/en/cases/',
	);
});

test('the theme toggle overrides the system theme and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.getByRole('button', { name: '切换到深色主题' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/standards/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: '切换到浅色主题' })).toBeVisible();
});

test('reading pages fit a 360 px phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of [
		'/',
		`/standards/${standard.id}/`,
		`/standards/${standard.id}/changes/`,
		`/handbooks/${SAMPLE.handbook}/`,
		`/checklists/${SAMPLE.checklist}/`,
		'/glossary/',
		'/quizzes/sc-01-basics/',
		'/quizzes/sc-01-basics/session/',
		'/assessments/team-health-check/',
		'/assessments/team-health-check/team/',
		'/paths/project-lead/',
		'/search/?q=需求',
		'/en/progress/',
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('reading pages work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/standards/${standard.id}/`);
	await expect(page.locator('h3#c-2-1')).toBeVisible();
	await page.goto(`/checklists/${SAMPLE.checklist}/`);
	const box = page.getByRole('checkbox').first();
	await box.check();
	await expect(box).toBeChecked();
	await context.close();
});

test('on a phone the table of contents is collapsed until opened; on a wide screen it is open', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/standards/${standard.id}/`);
	const toc = page.getByRole('navigation', { name: '本页目录' });
	const firstLink = toc.getByRole('link').first();
	await expect(firstLink).toBeHidden();
	await toc.getByText('本页目录').click();
	await expect(firstLink).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.reload();
	await expect(toc.getByRole('link').first()).toBeVisible();
});

test('a quiz attempt and an assessment result fit a 360 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	await page.goto('/quizzes/sc-01-basics/');
	await page.getByRole('button', { name: '开始测验' }).click();
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.getByRole('button', { name: '提交答案' }).click();
	await page.getByRole('button', { name: '仍然提交' }).click();
	await expect(page.locator('[data-result]')).toBeVisible();
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.goto('/assessments/team-health-check/');
	for (const fieldset of await page.locator('fieldset.statement').all()) await fieldset.locator('input[value="3"]').check();
	await page.getByRole('button', { name: '查看结果' }).click();
	await expect(page.getByRole('region', { name: '我的结果' })).toBeVisible();
	expect(await overflow()).toBeLessThanOrEqual(0);
});
