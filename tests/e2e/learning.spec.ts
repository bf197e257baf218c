/** Onboarding paths, the home page's path progress, and moving learner data between browsers. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pathSteps, standard } from './content-model.ts';
import { expect, expectNoAxeViolations, test, trackErrors } from './support.ts';

// The first three steps of the project lead's path read SC-01, pass its basics quiz and complete the
// collaboration-plan checklist; how many steps there are and what comes fourth is read from the content.
const ROLE = 'project-lead';
const nextHref = (step: { kind: string; target: string }) =>
	`${{ read: '/standards/', quiz: '/quizzes/', checklist: '/checklists/', assessment: '/assessments/' }[step.kind]}${step.target}/`;

/** Does the first three steps as a learner would: marks SC-01 read, ticks the checklist, records a passed quiz. */
async function doFirstThreeSteps(page: Page) {
	await page.goto('/standards/sc-01/');
	await page.getByRole('button', { name: '我已阅读此版本' }).click();
	await expect(page.getByText(/标记阅读版本/)).toBeVisible();
	await page.goto('/checklists/collaboration-plan/');
	for (const box of await page.getByRole('checkbox').all()) await box.check();
	await page.evaluate((version) => {
		const attempt = { quiz: 'sc-01-basics', at: new Date().toISOString(), seed: 1, questions: [], order: {}, answers: {} };
		const result = { score: 8, max: 8, percent: 100, passed: true, versions: { 'sc-01': version } };
		localStorage.setItem('processbook:quizzes:v1', JSON.stringify({ attempts: [{ ...attempt, ...result }] }));
	}, standard('sc-01').current.version);
}

test('a path shows progress after a standard is read, a checklist completed and a quiz passed', { tag: '@content' }, async ({ page }) => {
	const errors = trackErrors(page);
	const total = pathSteps(ROLE).length;
	await page.goto(`/paths/${ROLE}/`);
	const steps = page.locator('[data-step]');
	await expect(page.getByRole('status').filter({ hasText: '已完成' })).toHaveText(`已完成 0 / ${total} 步`);
	await expect(steps.nth(0)).toHaveClass(/is-next/);

	await doFirstThreeSteps(page);
	await page.goto(`/paths/${ROLE}/`);
	await expect(page.getByRole('status').filter({ hasText: '已完成' })).toHaveText(`已完成 3 / ${total} 步`);
	await expect(steps.nth(0)).toHaveAttribute('data-state', 'done');
	await expect(steps.nth(1)).toHaveAttribute('data-state', 'done');
	await expect(steps.nth(2)).toHaveAttribute('data-state', 'done');
	await expect(steps.nth(3)).toHaveClass(/is-next/);
	await expect(steps.nth(3)).toContainText('未开始');
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('the home page shows the chosen role’s progress and next step, and remembers the role', { tag: '@content' }, async ({ page }) => {
	const errors = trackErrors(page);
	await doFirstThreeSteps(page);
	await page.goto('/');
	await page.getByLabel('选择你的岗位').selectOption(ROLE);
	const mine = page.getByRole('region', { name: '我的入职路径' });
	await expect(mine).toContainText(`已完成 3 / ${pathSteps(ROLE).length} 步`);
	const fourth = pathSteps(ROLE)[3] as { kind: string; target: string };
	await expect(mine.getByRole('link', { name: /^继续：/ })).toHaveAttribute('href', nextHref(fourth));
	await page.reload();
	await expect(page.getByLabel('选择你的岗位')).toHaveValue(ROLE);
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('a read receipt of an older version marks the path step as stale', { tag: '@content' }, async ({ page }) => {
	await page.goto('/paths/project-lead/');
	await page.evaluate(() =>
		localStorage.setItem(
			'processbook:receipts:v1',
			JSON.stringify({ standards: { 'sc-01': { version: '1.0.0', readAt: '2025-06-01T00:00:00.000Z' } } }),
		),
	);
	await page.reload();
	await expect(page.locator('[data-step]').first()).toHaveAttribute('data-state', 'stale');
	await expect(page.locator('[data-step]').first()).toContainText('标准已更新，需重做');
	const now = standard('sc-01').current.version;
	await expect(
		page
			.locator('[data-step]')
			.first()
			.getByRole('link', { name: `查看 1.0.0 → ${now} 的变更` }),
	).toHaveAttribute('href', `/standards/sc-01/changes/?from=1.0.0&to=${now}#compare`);
});

test('export, clear and import restore all learner data; a malformed import changes nothing', async ({ page }) => {
	await page.goto('/checklists/needs-analysis/');
	await page.getByRole('checkbox').first().check();
	await page.goto('/standards/tc-01/');
	await page.getByRole('button', { name: '我已阅读此版本' }).click();
	const before = await page.evaluate(() => ({
		c: localStorage.getItem('processbook:checklists:v1'),
		r: localStorage.getItem('processbook:receipts:v1'),
	}));

	await page.goto('/progress/');
	await expect(page.getByText('清单 1 份 · 已读标准 1 项 · 测验记录 0 次')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出学习记录' }).click();
	const file = await (await downloading).path();
	const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; data: Record<string, unknown> };
	expect(exported.format).toBe('processbook-learner-data');

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: '清除本机学习记录' }).click();
	await expect(page.getByText('清单 0 份 · 已读标准 0 项 · 测验记录 0 次')).toBeVisible();

	const input = page.getByLabel('选择导出的 JSON 文件');
	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({ ...exported, data: { ...exported.data, receipts: { standards: { 'tc-01': { version: 'one' } } } } }),
		),
	});
	await expect(page.getByRole('status').filter({ hasText: '导入被拒绝' })).toHaveText(
		'导入被拒绝，未做任何更改：文件中的“receipts”部分格式不正确。',
	);
	await expect(page.getByText('清单 0 份 · 已读标准 0 项 · 测验记录 0 次')).toBeVisible();
	await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
	await expect(page.getByRole('status').filter({ hasText: '导入被拒绝' })).toContainText('文件不是有效的 JSON。');

	await input.setInputFiles(file);
	await expect(page.getByText('文件包含：清单 1 份 · 已读标准 1 项')).toBeVisible();
	await page.getByRole('button', { name: '导入', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: '已导入' })).toHaveText('已导入学习记录。');
	await expect(page.getByText('清单 1 份 · 已读标准 1 项 · 测验记录 0 次')).toBeVisible();
	const after = await page.evaluate(() => ({
		c: localStorage.getItem('processbook:checklists:v1'),
		r: localStorage.getItem('processbook:receipts:v1'),
	}));
	expect(after).toEqual(before);
	await expectNoAxeViolations(page);
});

test('an import shows what the file holds and what would change, merges by default and never drops this browser’s items', async ({
	page,
}) => {
	const errors = trackErrors(page);
	await page.goto('/checklists/needs-analysis/');
	const boxes = page.getByRole('checkbox');
	for (const i of [0, 1, 2]) await boxes.nth(i).check();
	await page.goto('/progress/');
	// A file from another computer: one standard read there, and an older state of the same checklist with no ticks.
	const other = {
		format: 'processbook-learner-data',
		version: 1,
		exportedAt: '2026-01-02T00:00:00.000Z',
		data: {
			receipts: { standards: { 'sc-01': { version: '1.0.0', readAt: '2026-01-01T00:00:00.000Z' } } },
			checklists: { lists: { 'needs-analysis': { ticked: [], updated: '2026-01-01T00:00:00.000Z' } } },
			assessments: { results: [{ assessment: 'team-health-check', at: '2026-01-01T09:00:00.000Z', answers: {} }], drafts: {} },
		},
	};
	await page
		.getByLabel('选择导出的 JSON 文件')
		.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
	const preview = page.locator('[data-preview]');
	await expect(preview).toContainText('文件包含：清单 1 份 · 已读标准 1 项 · 测验记录 0 次 · 自评结果 1 份');
	await expect(preview).toContainText('合并后：新增 2 项，更新 0 项');
	await expect(preview).toContainText('替换会删除本机现有的 1 项记录');
	await expect(page.getByLabel(/合并（推荐）/)).toBeChecked();
	// Nothing is written before the choice.
	expect(await page.evaluate(() => localStorage.getItem('processbook:receipts:v1'))).toBeNull();
	await page.getByRole('button', { name: '导入', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
	await expect(page.getByText('清单 1 份 · 已读标准 1 项 · 测验记录 0 次 · 自评结果 1 份')).toBeVisible();
	await expect(page.locator('[data-assessments] li')).toHaveCount(1);
	await page.goto('/checklists/needs-analysis/');
	for (const i of [0, 1, 2]) await expect(boxes.nth(i)).toBeChecked();
	expect(errors).toEqual([]);
});
