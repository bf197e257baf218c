/** Self-assessments: keyboard filling with drafts, results, sharing, tampered links, team merge. */
import type { Page } from '@playwright/test';
import { assessmentDimensions } from './content-model.ts';
import { expect, expectNoAxeViolations, test, trackErrors } from './support.ts';

const TEAM = '/assessments/team-health-check/';

/** Answers every statement with the keyboard: focus the chosen point's radio and press Space. */
async function answerAll(page: Page, point: (index: number) => number | 'na', from = 0) {
	const fieldsets = await page.locator('fieldset.statement').all();
	for (const [i, fieldset] of fieldsets.entries()) {
		if (i < from) continue;
		const value = point(i);
		await fieldset.locator(`input[value="${value}"]`).focus();
		await page.keyboard.press('Space');
	}
	return fieldsets.length;
}

async function shareCode(page: Page): Promise<string> {
	const url = await page.locator('[data-share-url]').inputValue();
	return url;
}

test('fill in by keyboard, reload mid-way and continue, then see score, chart, bands and clause links', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto(TEAM);
	const total = await page.locator('fieldset.statement').count();
	await expect(page.getByText(`已答 0 / ${total} 项`)).toBeVisible();
	const first = page.locator('fieldset.statement').first();
	await first.locator('input[value="4"]').focus();
	await page.keyboard.press('Space');
	await page.locator('fieldset.statement').nth(1).locator('input[value="na"]').focus();
	await page.keyboard.press('Space');
	await expect(page.getByText(`已答 2 / ${total} 项`)).toBeVisible();

	await page.reload();
	await expect(page.getByText('已恢复你上次未完成的答案。')).toBeVisible();
	await expect(first.locator('input[value="4"]')).toBeChecked();
	await expect(page.getByText(`已答 2 / ${total} 项`)).toBeVisible();

	await answerAll(page, (i) => (i % 3) + 2, 2);
	await page.getByRole('button', { name: '查看结果' }).focus();
	await page.keyboard.press('Enter');
	const result = page.getByRole('region', { name: '我的结果' });
	await expect(result).toBeFocused();
	await expect(result.locator('.overall-score')).toContainText('总分');
	await expect(result.getByRole('img', { name: /雷达图/ })).toBeVisible();
	await expect(result.locator('table.scores tbody tr')).toHaveCount(assessmentDimensions('team-health-check').length);
	await expect(result.locator('.band').first()).toHaveText(/^(红灯|黄灯|绿灯) · /);
	const link = result.locator('.recommendations a').first();
	await expect(link).toHaveAttribute('href', /^\/standards\/[a-z0-9-]+\/#c-/);
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('a second result is compared with the first: trend per dimension and an overlay in the chart', async ({ page }) => {
	await page.goto(TEAM);
	await answerAll(page, () => 2);
	await page.getByRole('button', { name: '查看结果' }).click();
	await page.reload();
	await answerAll(page, () => 4);
	await page.getByRole('button', { name: '查看结果' }).click();
	const result = page.getByRole('region', { name: '我的结果' });
	await expect(result.getByRole('columnheader', { name: '与上次相比' })).toBeVisible();
	await expect(result.locator('table.scores tbody tr').first()).toContainText('↑');
	await expect(result.locator('svg .previous')).toHaveCount(1);
	await expect(page.getByRole('region', { name: '历史结果' }).getByRole('listitem')).toHaveCount(2);
});

test('a share link opened in a fresh browser shows the same result; a tampered one shows an error', async ({ page, browser }) => {
	await page.goto(TEAM);
	await answerAll(page, (i) => (i % 5) + 1);
	await page.getByRole('button', { name: '查看结果' }).click();
	const mine = await page.locator('table.scores').innerText();
	const url = await shareCode(page);
	// The answers travel in the fragment, which the browser never sends to the server.
	expect(new URL(url).search).toBe('');
	expect(new URL(url).hash).toMatch(/^#r=[a-z0-9-]+\.[0-9-]+\.[0-9a-z]+$/);
	await expect(page.getByText('打开链接时，浏览器不会把这部分发送给网站服务器')).toBeVisible();

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	const errors = trackErrors(other);
	await other.goto(url);
	await expect(other.getByText('这是通过链接分享的结果，仅供查看。')).toBeVisible();
	expect(await other.locator('table.scores').innerText()).toBe(mine);
	await expect(other.locator('pb-assessment form')).toBeHidden();

	const tampered = url.replace(/\.(\d)(\d)/, (_, a: string, b: string) => `.${b === '1' ? '2' : '1'}${a}`);
	await other.goto(tampered);
	await expect(other.getByText(/分享链接无法读取（校验码不符，链接可能抄错或不完整），未显示任何结果。/)).toBeVisible();
	await expect(other.locator('table.scores')).toHaveCount(0);
	// A link made before the answers moved to the fragment still opens, and the address moves them there.
	await other.goto(`${TEAM}?r=${new URL(url).hash.slice(3)}`);
	await expect(other.getByText('这是通过链接分享的结果，仅供查看。')).toBeVisible();
	expect(await other.locator('table.scores').innerText()).toBe(mine);
	await expect(other).toHaveURL(url);
	await other.goto(`${TEAM}?r=${'x'.repeat(5000)}`);
	await expect(other.getByText(/分享链接无法读取（链接过长）/)).toBeVisible();
	await other.goto(`${TEAM}?r=<script>alert(1)</script>`);
	await expect(other.getByText(/分享链接无法读取（格式不正确）/)).toBeVisible();
	expect(errors).toEqual([]);
	await fresh.close();
});

test('the team page merges three results and shows mean, spread and lowest', async ({ page }) => {
	const links: string[] = [];
	for (const point of [1, 3, 5]) {
		await page.goto(TEAM);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await answerAll(page, () => point);
		await page.getByRole('button', { name: '查看结果' }).click();
		links.push(await shareCode(page));
	}
	await page.goto(`${TEAM}team/`);
	await page.getByLabel('成员的分享链接（每行一个）').fill([...links, 'https://example.com/not-a-result'].join('\n'));
	await page.getByRole('button', { name: '汇总' }).click();
	const summary = page.locator('[data-summary]');
	await expect(summary).toContainText('已汇总 3 份结果。');
	await expect(summary).toContainText('第 4 项未纳入');
	const firstRow = summary.locator('table tbody tr').first();
	// Reverse items flip the 1/3/5 answers, so the exact mean depends on the dimension; spread and lowest must be consistent.
	const cells = await firstRow.locator('td').allInnerTexts();
	const [mean, lowest, spread] = cells.map(Number);
	expect(lowest).toBeLessThanOrEqual(mean!);
	expect(spread).toBeGreaterThan(0);
	await expect(summary.getByRole('heading', { name: '分歧最大的维度' })).toBeVisible();
	await expect(summary.getByRole('heading', { name: '最需要改进的维度及建议' })).toBeVisible();
	await expect(summary.locator('ul').last().locator('a').first()).toHaveAttribute('href', /\/standards\//);
	await expectNoAxeViolations(page);
});

test('exported result files dropped on the team page are merged', async ({ page }) => {
	const files: { name: string; text: string }[] = [];
	for (const point of [2, 4]) {
		await page.goto(TEAM);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await answerAll(page, () => point);
		await page.getByRole('button', { name: '查看结果' }).click();
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: '导出 JSON' }).click();
		const download = await downloading;
		files.push({ name: `member-${point}.json`, text: (await import('node:fs')).readFileSync((await download.path())!, 'utf8') });
	}
	await page.goto(`${TEAM}team/`);
	const transfer = await page.evaluateHandle((list) => {
		const data = new DataTransfer();
		for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
		return data;
	}, files);
	await page.locator('form[data-drop]').dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.locator('[data-summary]')).toContainText('已汇总 2 份结果。');
	await expect(page.getByText('member-2.json、member-4.json')).toBeVisible();
});
