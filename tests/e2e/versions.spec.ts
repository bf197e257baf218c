/** Versioned standards: switcher, superseded banner, history and diff, read receipts, lifecycle, feed. */
import { formatDate } from '../../src/i18n/index.ts';
import { releasedVersions, standard, standards } from './content-model.ts';
import { expect, expectNoAxeViolations, test, trackErrors } from './support.ts';

const RECEIPTS = 'processbook:receipts:v1';
// SC-01 1.0.0 → 1.1.0 and TC-01 1.0.0 → 1.1.0 are released, locked texts: what their diffs show never changes.
// Which version is current, and how many there are, is read from the content.
const sc01 = () => standard('sc-01');
const zhDate = (iso: string) => formatDate(new Date(iso), 'zh-CN');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A version's link in the switcher (the current one carries a ▸ marker): `1.0.0` must not match `11.0.0`. */
const versionName = (version: string) => new RegExp(`(^|\\s)${escape(version)}$`);

test(
	'the version switcher leads to an older version, which says it is superseded and links to the diff',
	{ tag: '@content' },
	async ({ page }) => {
		const { current } = sc01();
		await page.goto('/standards/sc-01/');
		const switcher = page.getByRole('navigation', { name: '版本' });
		await expect(switcher.getByRole('link', { name: versionName(current.version) })).toHaveAttribute('aria-current', 'page');
		await switcher.getByRole('link', { name: versionName('1.0.0') }).click();
		await expect(page).toHaveURL('/standards/sc-01/1.0.0/');
		const banner = page.getByRole('note', { name: '已被替代' });
		await expect(banner).toContainText(`此版本已被 ${current.version} 替代，后者自 ${zhDate(current.effective)} 起生效。`);
		await expect(page.locator('h3#c-4-4')).toHaveText(/^4\.4 临时沟通渠道/);
		await banner.getByRole('link', { name: `查看 1.0.0 → ${current.version} 的变更` }).click();
		await expect(page).toHaveURL(new RegExp(`/standards/sc-01/changes/\\?from=1\\.0\\.0&to=${escape(current.version)}#compare$`));
		await expect(page.getByRole('heading', { name: `1.0.0 → ${current.version}` })).toBeVisible();
	},
);

test('the current version is canonical; its versioned URL leads to it', { tag: '@content' }, async ({ page }) => {
	await page.goto(`/standards/sc-01/${sc01().current.version}/`);
	await expect(page).toHaveURL('/standards/sc-01/');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/standards\/sc-01\/$/);
	await expect(page.getByRole('note', { name: '已被替代' })).toHaveCount(0);
});

test('a standard with one version: its history URL leads to its change notes, in both languages', async ({ page }) => {
	const single = standards().find((s) => s.versions.length === 1);
	test.skip(!single, 'the content has no standard with a single version');
	const { id, current } = single!;
	await page.goto(`/standards/${id}/`);
	await expect(page.getByRole('navigation', { name: '版本' }).getByRole('link', { name: '版本历史与对比' })).toHaveAttribute(
		'href',
		'#changes',
	);
	const clause = await page.locator('main h2[id^="c-"]').first().getAttribute('id');
	for (const [prefix, heading] of [
		['', '本版本变更'],
		['/en', 'Changes in this version'],
	] as const) {
		await page.goto(`${prefix}/standards/${id}/changes/`);
		await expect(page).toHaveURL(`${prefix}/standards/${id}/#changes`);
		await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
		// The current version's own URL keeps the clause anchor the link carried.
		await page.goto(`${prefix}/standards/${id}/${current.version}/#${clause}`);
		await expect(page).toHaveURL(`${prefix}/standards/${id}/#${clause}`);
	}
});

test(
	'the history lists every version; the diff shows added, removed and changed clauses in words',
	{ tag: '@content' },
	async ({ page }) => {
		const errors = trackErrors(page);
		await page.goto('/standards/sc-01/changes/');
		const history = page.getByRole('table');
		const { versions } = sc01();
		await expect(history.getByRole('row')).toHaveCount(versions.length + 1);
		for (const version of versions) await expect(history).toContainText(zhDate(version.effective));
		const diff = page.locator('#diff-1\\.0\\.0-1\\.1\\.0');
		await expect(diff).toContainText('新增 1 条 · 删除 1 条');
		const added = diff.locator('.is-added');
		await expect(added).toContainText('新增');
		await expect(added).toContainText('§5.3 不合格处理');
		const removed = diff.locator('.is-removed');
		await expect(removed).toContainText('删除');
		await expect(removed).toContainText('§4.4 临时沟通渠道');
		const changed = diff.locator('.is-changed', { hasText: '§6.1 效果评估' });
		await expect(changed.locator('del')).toHaveText('删除内容：15');
		await expect(changed.locator('ins')).toHaveText('新增内容：10');
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	},
);

test('a reader picks any pair; the choice lives in the URL and the back button restores it', async ({ page }) => {
	await page.goto('/standards/sc-01/changes/');
	await page.getByLabel('旧版本').selectOption('1.1.0');
	await page.getByLabel('新版本').selectOption('1.0.0');
	await page.getByRole('button', { name: '对比' }).click();
	await expect(page).toHaveURL(/\?from=1\.1\.0&to=1\.0\.0#compare$/);
	const chosen = page.getByRole('region', { name: '1.1.0 → 1.0.0' });
	await expect(chosen.locator('.is-added')).toContainText('§4.4 临时沟通渠道');
	await expect(chosen.locator('.is-removed')).toContainText('§5.3 不合格处理');
	await page.getByLabel('旧版本').selectOption('1.0.0');
	await page.getByRole('button', { name: '对比' }).click();
	await expect(page.getByText('请选择两个不同的版本。')).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('region', { name: '1.1.0 → 1.0.0' })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('旧版本')).toHaveValue('1.1.0');
});

test('marking a version read is remembered; an older receipt says what changed since', { tag: '@content' }, async ({ page }) => {
	await page.goto('/standards/sc-01/');
	const { current } = sc01();
	await page.getByRole('button', { name: '我已阅读此版本' }).click();
	await expect(page.getByText(new RegExp(`你已于 .+ 标记阅读版本 ${escape(current.version)}。`))).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: '我已阅读此版本' })).toBeHidden();

	// A reader who read 1.0.0 before 1.1.0 came out.
	await page.evaluate(
		(key) =>
			localStorage.setItem(key, JSON.stringify({ standards: { 'sc-01': { version: '1.0.0', readAt: '2025-06-01T08:00:00.000Z' } } })),
		RECEIPTS,
	);
	await page.reload();
	const notice = page.locator('#changed-since');
	await expect(notice).toContainText('自你阅读版本 1.0.0 以来，本标准已有变更。');
	await notice.getByRole('link', { name: `查看 1.0.0 → ${current.version} 的变更` }).click();
	await expect(page).toHaveURL(new RegExp(`/standards/sc-01/changes/\\?from=1\\.0\\.0&to=${escape(current.version)}#compare$`));

	await page.goto('/standards/');
	const item = page.locator('li[data-standard="sc-01"]').first();
	await expect(item).toContainText('自你阅读版本 1.0.0 以来，本标准已有变更。');
	await expect(page.locator('li[data-standard="tc-01"] .changed-since')).toHaveCount(0);
});

test('an unreadable receipt store does not break the page', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto('/standards/sc-01/');
	await page.evaluate((key) => localStorage.setItem(key, '{broken'), RECEIPTS);
	await page.reload();
	await expect(page.getByText(/阅读记录无法读取，已另存为 processbook:receipts:v1:unreadable:/)).toBeVisible();
	await page.getByRole('button', { name: '我已阅读此版本' }).click();
	await expect(page.getByText(`标记阅读版本 ${sc01().current.version}`)).toBeVisible();
	expect(errors).toEqual([]);
});

test('a standard past its review date is flagged on its page and in the index', { tag: '@content' }, async ({ page }) => {
	const today = new Date().toISOString().slice(0, 10);
	const overdue = standards().find((s) => s.current.status === 'active' && s.current.reviewBy < today);
	const inTime = standards().find((s) => s.current.status === 'active' && s.current.reviewBy >= today);
	test.skip(!overdue || !inTime, 'the content has no overdue standard (or none in time) to compare');
	await page.goto(`/standards/${overdue!.id}/`);
	await expect(page.getByRole('note', { name: '复审逾期' })).toContainText(`本标准应在 ${zhDate(overdue!.current.reviewBy)} 前完成复审`);
	await page.goto('/standards/');
	await expect(page.locator(`li[data-standard="${overdue!.id}"]`).first()).toContainText('复审逾期');
	await expect(page.locator(`li[data-standard="${inTime!.id}"]`).first()).not.toContainText('复审逾期');
});

test('a clause moved to another number keeps its anchor, so citations follow it, and the diff says moved', async ({ page }) => {
	await page.goto('/standards/tc-01/1.1.0/#c-5-3');
	await expect(page.locator('h3#c-5-3')).toHaveText('1.4 信任建设');
	await expect(page.locator('h3#c-5-3')).toBeInViewport();
	await page.goto('/standards/tc-01/changes/');
	const diff = page.locator('#diff-1\\.0\\.0-1\\.1\\.0');
	await expect(diff).toContainText('新增 1 条 · 删除 0 条 · 修改 1 条 · 移动 1 条');
	const moved = diff.locator('.is-moved');
	await expect(moved).toContainText('移动 · 原 §5.3');
	await expect(moved).toContainText('§1.4 信任建设');
	await expect(diff.locator('.is-added')).toContainText('§2.4 远程与跨地点协作');
	await expect(diff.locator('.is-changed', { hasText: '§1.1' }).locator('ins').first()).toBeVisible();
});

test('the English UI labels versions and diffs in English', { tag: '@content' }, async ({ page }) => {
	await page.goto('/en/standards/sc-01/1.0.0/');
	await expect(page.getByRole('note', { name: 'Superseded' })).toContainText(`This version is superseded by ${sc01().current.version}`);
	await page.goto('/en/standards/sc-01/changes/');
	await expect(page.locator('#diff-1\\.0\\.0-1\\.1\\.0')).toContainText('1 added · 1 removed');
	await expectNoAxeViolations(page);
});

test('the feed is valid XML with one item per released version', { tag: '@content' }, async ({ page, request }) => {
	const response = await request.get('/standards/feed.xml');
	expect(response.ok()).toBe(true);
	const xml = await response.text();
	await page.goto('/');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) return null;
		return [...doc.querySelectorAll('item')].map((item) => item.querySelector('title')?.textContent);
	}, xml);
	const expected = releasedVersions().map((v) => `${v.code} ${v.title} ${v.version}`);
	expect(parsed?.toSorted()).toEqual(expected.toSorted());
});
