/**
 * Learner data that is never lost, in the browser: what the page shows after Back, changes from
 * another tab, a full storage (a stubbed localStorage that throws QuotaExceededError), unreadable
 * data kept aside and announced, and a store that must stay read-only. Each test reproduces a
 * defect of issue 13 (D1-D4, D6, D9); the unit-level ones are in tests/unit/learner-defects.test.ts.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SAMPLE, test, trackErrors } from './support.ts';

const CHECKLIST = `/checklists/${SAMPLE.checklist}/`;
const first = (dir: string) =>
	readdirSync(`content/${dir}`)
		.sort()[0]!
		.replace(/\.(ya?ml|mdx)$/, '');
const QUIZ = `/quizzes/${first('quizzes')}/`;
const ASSESSMENT = `/assessments/${first('assessments')}/`;
const PATH = `/paths/${first('paths')}/`;
const progressText = (page: Page) => page.getByRole('status').filter({ hasText: '已完成' });

test('D1: after the data is cleared on /progress/, Back shows the boxes as stored, not as the form was', async ({ page }) => {
	await page.goto(CHECKLIST);
	const boxes = page.getByRole('checkbox');
	const total = await boxes.count();
	for (const i of [0, 1, 2]) await boxes.nth(i).check();
	await expect(progressText(page)).toHaveText(`已完成 3 / ${total} 项`);
	await page.goto('/progress/');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: '清除本机学习记录' }).click();
	await expect(page.getByText('已清除本机学习记录。')).toBeVisible();
	await page.goBack();
	await expect(progressText(page)).toHaveText(`已完成 0 / ${total} 项`);
	for (const i of [0, 1, 2]) await expect(boxes.nth(i)).not.toBeChecked();
});

test('D9: two pages of one browser merge their ticks, also when both tick at the same moment', async ({ page, context }) => {
	const other = await context.newPage();
	await page.goto(CHECKLIST);
	await other.goto(CHECKLIST);
	const total = await page.getByRole('checkbox').count();
	await page.getByRole('checkbox').nth(0).check();
	await expect(other.getByRole('checkbox').nth(0)).toBeChecked();
	await expect(progressText(other)).toHaveText(`已完成 1 / ${total} 项`);
	// Both clicks in the same instant, each in its own page: neither may be lost.
	const click = (p: Page, i: number) =>
		p.evaluate((n) => document.querySelectorAll<HTMLInputElement>('pb-checklist input[type="checkbox"]')[n]!.click(), i);
	await Promise.all([click(page, 1), click(other, 2)]);
	for (const p of [page, other]) {
		for (const i of [0, 1, 2]) await expect(p.getByRole('checkbox').nth(i)).toBeChecked();
		await expect(progressText(p)).toHaveText(`已完成 3 / ${total} 项`);
	}
	const stored = await page.evaluate(
		() =>
			Object.values(JSON.parse(localStorage.getItem('processbook:checklists:v1') ?? '{}').lists as Record<string, { ticked: string[] }>)[0]
				?.ticked.length,
	);
	expect(stored).toBe(3);
	await other.close();
});

test('D2: with storage full, the assessment, the quiz and the role choice say the data was not kept, and why', async ({ page }) => {
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith('processbook:') && key !== 'processbook:theme')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	const errors = trackErrors(page);
	const notice = page.locator('#learner-notice');

	await page.goto(ASSESSMENT);
	await page.locator('fieldset.statement').first().locator('input[type="radio"]').first().check();
	await expect(notice).toContainText('浏览器存储空间已满，自评结果没有保存。');
	// A result needs enough answers in every dimension: answer them all.
	for (const fieldset of await page.locator('fieldset.statement').all()) await fieldset.locator('input[type="radio"]').first().check();
	await page.getByRole('button', { name: '查看结果' }).click();
	await expect(page.locator('[data-result]')).toBeVisible();
	await expect(notice).toContainText('浏览器存储空间已满，自评结果没有保存。');

	await page.goto(QUIZ);
	await page.getByRole('button', { name: '开始测验' }).click();
	await page.getByRole('button', { name: '提交答案' }).click();
	await page.getByRole('button', { name: '仍然提交' }).click();
	await expect(page.locator('[data-result]')).toBeVisible();
	await expect(notice).toContainText('浏览器存储空间已满，答题记录没有保存。');
	await expect(notice).not.toContainText('不允许');

	await page.goto('/');
	const role = page.getByLabel('选择你的岗位');
	await role.selectOption({ index: 1 });
	await expect(notice).toContainText('岗位选择和姓名没有保存');
	expect(errors).toEqual([]);
});

test('D3: unreadable data is announced on every page that reads it, and /progress/ offers it for download and deletion', async ({
	page,
}) => {
	const errors = trackErrors(page);
	await page.goto('/progress/');
	await page.evaluate(() => localStorage.setItem('processbook:quizzes:v1', '{"attempts": 3}'));
	const notice = page.locator('#learner-notice');
	for (const url of [PATH, `${QUIZ}record/`, QUIZ, '/progress/']) {
		await page.goto(url);
		await expect(notice, url).toContainText(/答题记录无法读取，已另存为 processbook:quizzes:v1:unreadable:\d+/);
	}
	const kept = page.locator('[data-set-aside-list] li');
	await expect(kept).toHaveCount(1);
	await expect(kept).toContainText('processbook:quizzes:v1:unreadable:');
	const download = page.waitForEvent('download');
	await kept.getByRole('button', { name: /^下载/ }).click();
	expect((await download).suggestedFilename()).toMatch(/^processbook-quizzes-v1-unreadable-\d+\.txt$/);
	page.once('dialog', (dialog) => dialog.accept());
	await kept.getByRole('button', { name: /^删除/ }).click();
	await expect(kept).toHaveCount(0);
	await expect(notice).toBeHidden();
	expect(errors).toEqual([]);
});

test('D4: unreadable data that cannot be copied aside stays untouched and the checklist is read-only', async ({ page }) => {
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.includes(':unreadable:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	const broken = `{"lists": ${'"x"'.repeat(3000)}`;
	await page.goto('/progress/');
	await page.evaluate((raw) => localStorage.setItem('processbook:checklists:v1', raw), broken);
	await page.goto(CHECKLIST);
	await expect(page.locator('#learner-notice')).toContainText('本页只读');
	await expect(page.getByRole('checkbox').first()).toBeDisabled();
	expect(await page.evaluate(() => localStorage.getItem('processbook:checklists:v1'))).toBe(broken);
});

test('D6: a comparison URL naming an Object property shows the pre-rendered comparison, no error', async ({ page }) => {
	const errors = trackErrors(page);
	for (const name of ['constructor', '__proto__', 'toString']) {
		await page.goto(`/standards/${SAMPLE.standard.id}/changes/?from=${name}&to=${SAMPLE.standard.version}`);
		await expect(page.locator('[data-prerendered]')).toBeVisible();
	}
	expect(errors).toEqual([]);
});
