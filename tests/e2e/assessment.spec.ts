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

/**
 * Answers every statement with one click each, in a single round trip: for the tests whose subject is
 * what happens with results (comparison, sharing, team merge), not how they are entered. The keyboard
 * journey above covers entering them.
 */
async function clickAll(page: Page, point: number | ((index: number) => number)) {
	const fieldsets = await page.locator('fieldset.statement').count();
	const values = Array.from({ length: fieldsets }, (_, i) => String(typeof point === 'number' ? point : point(i)));
	const clicked = await page.evaluate((values) => {
		let clicked = 0;
		for (const [i, set] of document.querySelectorAll('fieldset.statement').entries()) {
			const input = set.querySelector<HTMLInputElement>(`input[value="${values[i]}"]`);
			if (!input) continue;
			input.click();
			clicked += 1;
		}
		return clicked;
	}, values);
	expect(clicked).toBe(fieldsets);
}

async function shareCode(page: Page): Promise<string> {
	const url = await page.locator('[data-share-url]').inputValue();
	return url;
}

test('fill in by keyboard, reload mid-way and continue, then see score, chart, bands and clause links', async ({ page }) => {
	test.slow(); // fills in the whole form, on a shared machine
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

test('a result needs enough answers in every dimension; the last result comes back after a reload, laid out without squeezing', async ({
	page,
}) => {
	test.slow();
	const errors = trackErrors(page);
	await page.goto(TEAM);
	await page.locator('fieldset.statement').first().locator('input[value="4"]').check();
	await page.getByRole('button', { name: '查看结果' }).click();
	const missing = page.locator('[data-missing]');
	await expect(missing).toBeFocused();
	await expect(missing).toContainText('还不能给出总分和评级：每个维度至少要回答');
	const dimensions = await page.locator('section.dimension').count();
	await expect(missing.locator('li')).toHaveCount(dimensions);
	await expect(page.locator('[data-result]')).toBeHidden();
	await expect(page.getByRole('region', { name: '历史结果' }).getByRole('listitem')).toHaveCount(0);

	await answerAll(page, (i) => (i % 4) + 1, 1);
	await expect(missing).toBeHidden();
	await page.getByRole('button', { name: '查看结果' }).click();
	const result = page.getByRole('region', { name: '我的结果' });
	await expect(result.locator('.overall-score')).toContainText('总分');
	await page.reload();
	await expect(result).toBeVisible();
	await expect(result.getByText(/你最近一次的结果（.+）/)).toBeVisible();
	// The chart above the table, labels at a readable size, band badges on one line.
	const chart = (await result.locator('svg.radar').boundingBox())!;
	const table = (await result.locator('table.scores').boundingBox())!;
	expect(table.y).toBeGreaterThanOrEqual(chart.y + chart.height - 1);
	for (const label of await result.locator('svg.radar text').all()) expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(13);
	for (const badge of await result.locator('.band').all()) {
		const lineHeight = await badge.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
		expect((await badge.boundingBox())!.height).toBeLessThan(lineHeight * 1.6);
	}
	expect(errors).toEqual([]);
});

test('a second result is compared with the first: trend per dimension and an overlay in the chart', async ({ page }) => {
	test.slow(); // fills in the whole form, on a shared machine
	await page.goto(TEAM);
	await clickAll(page, 2);
	await page.getByRole('button', { name: '查看结果' }).click();
	await page.reload();
	await clickAll(page, 4);
	await page.getByRole('button', { name: '查看结果' }).click();
	const result = page.getByRole('region', { name: '我的结果' });
	await expect(result.getByRole('columnheader', { name: '与上次相比' })).toBeVisible();
	await expect(result.locator('table.scores tbody tr').first()).toContainText('↑');
	await expect(result.locator('svg .previous')).toHaveCount(1);
	await expect(page.getByRole('region', { name: '历史结果' }).getByRole('listitem')).toHaveCount(2);
});

test('a share link opened in a fresh browser shows the same result; a tampered one shows an error', async ({ page, browser }) => {
	test.slow(); // fills in the whole form, on a shared machine
	await page.goto(TEAM);
	await clickAll(page, (i) => (i % 5) + 1);
	await page.getByRole('button', { name: '查看结果' }).click();
	const mine = await page.locator('table.scores').innerText();
	const url = await shareCode(page);
	// The answers travel in the fragment, which the browser never sends to the server.
	expect(new URL(url).search).toBe('');
	expect(new URL(url).hash).toMatch(/^#r=[a-z0-9-]+\.[0-9-]+\.[0-9a-z]+\.[0-9a-z]+$/);
	await expect(page.getByText('打开链接时，浏览器不会把这部分发送给网站服务器')).toBeVisible();

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	const errors = trackErrors(other);
	await other.goto(url);
	await expect(other.getByText('这是通过链接分享的结果，仅供查看。')).toBeVisible();
	await expect(other.getByRole('heading', { name: '分享给你的自评结果' })).toBeVisible();
	await expect(other.getByRole('heading', { name: '我的结果' })).toHaveCount(0);
	await expect(other.getByRole('link', { name: '自己做一次' })).toHaveAttribute('href', TEAM);
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

test('the team page counts each result once, refuses results without answers, and shows overall, radar and detail; readable at 360 px', async ({
	page,
}) => {
	test.slow(); // three members fill in the whole form
	const links: string[] = [];
	for (const point of [1, 3, 5]) {
		await page.goto(TEAM);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await clickAll(page, point);
		await page.getByRole('button', { name: '查看结果' }).click();
		links.push(await shareCode(page));
	}
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(`${TEAM}team/`);
	// The same person's link twice, and something that is not a result.
	await page.getByLabel('成员的分享链接（每行一个）').fill([links[0]!, ...links, 'https://example.com/not-a-result'].join('\n'));
	const id = TEAM.split('/')[2]!;
	await page.getByLabel('成员导出的 JSON 文件').setInputFiles({
		name: 'empty.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ assessment: id, at: '2026-01-01T00:00:00.000Z', answers: {} })),
	});
	await page.getByRole('button', { name: '汇总' }).click();
	const summary = page.locator('[data-summary]');
	await expect(summary).toContainText('已汇总 3 份结果。');
	await expect(summary).toContainText('第 2 项未纳入：与第 1 项是同一份结果，只计一次');
	await expect(summary).toContainText('第 5 项未纳入');
	await expect(summary).toContainText(/第 6 项未纳入：答案不足，无法计分/);
	await expect(summary.locator('.overall')).toContainText(/团队总分 \d/);
	await expect(summary.getByRole('img', { name: /平均分与最低分雷达图/ })).toBeVisible();
	await expect(summary.locator('svg .previous')).toHaveCount(1);
	const firstRow = summary.locator('table.team').first().locator('tbody tr').first();
	const cells = await firstRow.locator('td').allInnerTexts();
	const [mean, band, lowest, spread] = cells;
	expect(Number(lowest)).toBeLessThanOrEqual(Number(mean));
	expect(Number(spread)).toBeGreaterThan(0);
	expect(band).toMatch(/^(红灯|黄灯|绿灯) · /);
	await expect(summary.getByRole('heading', { name: '分歧最大的维度' })).toBeVisible();
	await expect(summary.getByRole('heading', { name: '最需要改进的维度及建议' })).toBeVisible();
	await expect(summary.locator('table.statements tbody tr')).toHaveCount(
		await page.evaluate(
			() =>
				JSON.parse(document.querySelector('[data-assessment-data]')!.textContent!).definition.dimensions.flatMap(
					(d: { statements: unknown[] }) => d.statements,
				).length,
		),
	);
	// On a phone: no header broken one character per line, and the page itself does not scroll sideways.
	for (const th of await summary.locator('table.team').first().locator('thead th').all()) {
		const lineHeight = await th.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
		expect((await th.boundingBox())!.height).toBeLessThan(lineHeight * 2.5);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectNoAxeViolations(page);
});

test('exported result files dropped on the team page are merged', async ({ page }) => {
	test.slow(); // fills in the whole form, on a shared machine
	const files: { name: string; text: string }[] = [];
	for (const point of [2, 4]) {
		await page.goto(TEAM);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await clickAll(page, point);
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
	// Dropped again, and picked as well: still two members.
	await page.locator('form[data-drop]').dispatchEvent('drop', { dataTransfer: transfer });
	await page
		.getByLabel('成员导出的 JSON 文件')
		.setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
	await page.getByRole('button', { name: '汇总' }).click();
	await expect(page.locator('[data-summary]')).toContainText('已汇总 2 份结果。');
	// Two members: no per-statement detail.
	await expect(page.locator('[data-summary]')).toContainText('成员少于 3 人：为保护匿名，不显示逐条陈述的明细。');
	await expect(page.locator('table.statements')).toHaveCount(0);
});
