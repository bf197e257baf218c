/** Quizzes: keyboard-only attempts, unanswered warning, resuming, practice retries, passing, status, record (PDF), classroom mode. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { CONTENT_DIR, quiz, standard } from './content-model.ts';
import { expect, expectNoAxeViolations, test, trackErrors } from './support.ts';

const QUIZ = 'sc-01-basics';

interface QuizData {
	questions: ({ id: string; type: string; answer?: unknown; items?: { id: string }[]; pairs?: { id: string }[] } & Record<
		string,
		unknown
	>)[];
}

async function quizData(page: Page): Promise<QuizData> {
	return JSON.parse((await page.locator('[data-quiz-data]').textContent()) ?? '{}') as QuizData;
}

/** Answers every question shown, correctly, with the keyboard only. */
async function answerCorrectly(page: Page, data: QuizData) {
	for (const fieldset of await page.locator('fieldset[data-question]').all()) {
		const id = (await fieldset.getAttribute('data-question'))!;
		const q = data.questions.find((x) => x.id === id)!;
		if (q.type === 'single' || q.type === 'true-false') {
			await page.locator(`[id="${id}-${String(q.answer)}"]`).focus();
			await page.keyboard.press('Space');
		} else if (q.type === 'multiple') {
			for (const option of q.answer as string[]) {
				await page.locator(`[id="${id}-${option}"]`).focus();
				await page.keyboard.press('Space');
			}
		} else if (q.type === 'ordering') {
			for (const [target, item] of q.items!.entries()) {
				const shown = await fieldset.locator('[data-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.item));
				const up = fieldset.locator(`[data-item="${item.id}"] [data-move="up"]`);
				await up.focus();
				for (let i = shown.indexOf(item.id); i > target; i--) await page.keyboard.press('Enter');
			}
		} else if (q.type === 'matching') {
			for (const pair of q.pairs!) {
				const select = fieldset.locator(`select[data-pair="${pair.id}"]`);
				const values = await select.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
				await select.focus();
				for (let i = 0; i < values.indexOf(pair.id); i++) await page.keyboard.press('ArrowDown');
				await expect(select).toHaveValue(pair.id);
			}
		}
	}
}

/** The first path (from content/paths/) with a step that is this quiz. */
function pathWithQuiz(quiz: string): string {
	const dir = `${CONTENT_DIR}/paths`;
	const file = readdirSync(dir).find((name) => {
		const path = parse(readFileSync(`${dir}/${name}`, 'utf8')) as { steps: { kind: string; target: string }[] };
		return path.steps.some((step) => step.kind === 'quiz' && step.target === quiz);
	});
	return file!.replace(/\.yaml$/, '');
}

test('keyboard only: unanswered questions are listed, an attempt survives a reload, the review marks each option, a retry is practice', async ({
	page,
}) => {
	test.slow(); // one whole journey, on a shared machine
	const errors = trackErrors(page);
	await page.goto(`/quizzes/${QUIZ}/`);
	const data = await quizData(page);
	await expect(page.getByText(`题库共 ${quiz(QUIZ).questions} 题，每次作答抽取 ${quiz(QUIZ).draw} 题`)).toBeVisible();
	await page.getByRole('button', { name: '开始测验' }).focus();
	await page.keyboard.press('Enter');
	const shown = await page.locator('fieldset[data-question]').count();
	expect(shown).toBe(quiz(QUIZ).draw);

	// An empty submit is not graded: every question is listed and needs a confirmation.
	await page.getByRole('button', { name: '提交答案' }).focus();
	await page.keyboard.press('Enter');
	const confirm = page.getByRole('alertdialog');
	await expect(confirm).toBeFocused();
	await expect(confirm).toContainText(`第 1 题`);
	await expect(confirm).toContainText(`第 ${shown} 题`);
	await expect(page.locator('[data-result]')).toBeHidden();
	await confirm.getByRole('button', { name: '继续作答' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('fieldset[data-question]').first().locator('input, select, button').first()).toBeFocused();

	// Answer the first question, reload: the same draw comes back with the answer.
	const drawn = await page.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question));
	const first = page.locator('fieldset[data-question]').first();
	const firstType = await first.getAttribute('data-type');
	// The draw is random: whatever type comes first is answered in full (a matching question needs every pair).
	if (firstType === 'matching') for (const select of await first.locator('select').all()) await select.selectOption({ index: 1 });
	else if (firstType === 'ordering') await first.locator('[data-move="down"]').first().click();
	else await first.locator('input').first().check();
	await page.reload();
	await expect(page.getByText(/已恢复你未完成的作答/)).toBeVisible();
	expect(await page.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question))).toEqual(
		drawn,
	);
	if (firstType !== 'matching' && firstType !== 'ordering')
		await expect(page.locator('fieldset[data-question]').first().locator('input:checked')).toHaveCount(1);
	await expect(page.getByRole('region', { name: '我的答题记录' })).toContainText('还没有答题记录');

	await page.getByRole('button', { name: '提交答案' }).focus();
	await page.keyboard.press('Enter');
	await expect(confirm).not.toContainText('第 1 题、');
	await confirm.getByRole('button', { name: '仍然提交' }).focus();
	await page.keyboard.press('Enter');
	const result = page.locator('[data-result]');
	await expect(result.getByRole('heading', { name: '未通过' })).toBeVisible();
	await expect(page.locator('.review.is-unanswered').first()).toContainText('未作答');
	// Each right option not chosen is marked as missed, in words.
	await expect(page.locator('.mark-missed').first()).toBeVisible();
	await expect(page.locator('.mark').first()).toHaveText(/[✓✗○] /);

	// A retry of the wrong answers is practice: never a pass, never recorded.
	await result.getByRole('button', { name: '只重做答错的题' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('这是练习，不计入成绩，不算通过，也不会生成完成记录。')).toBeVisible();
	await answerCorrectly(page, data);
	await page.getByRole('button', { name: '提交答案' }).focus();
	await page.keyboard.press('Enter');
	await expect(result.getByRole('heading', { name: '练习结果' })).toBeVisible();
	await expect(result.getByRole('heading', { name: '通过', exact: true })).toHaveCount(0);
	await expect(result.getByRole('link', { name: '查看并打印完成记录' })).toHaveCount(0);
	const history = page.getByRole('region', { name: '我的答题记录' });
	await expect(history.getByRole('row')).toHaveCount(2);
	await expect(page.getByText(/你最近一次（.+）得分 \d+%，尚未通过。/)).toBeVisible();
	expect(errors).toEqual([]);
});

test('a pass gives a completion record with the learner’s name, pass mark, versions and seed, printable as a PDF; index and path show the status', async ({
	page,
}) => {
	test.slow(); // one whole journey, on a shared machine
	const errors = trackErrors(page);
	await page.goto(`/quizzes/${QUIZ}/`);
	const data = await quizData(page);
	await page.getByRole('button', { name: '开始测验' }).click();
	const shown = await page.locator('fieldset[data-question]').count();
	await page.goto(`/quizzes/`);
	await expect(page.locator(`[data-quiz="${QUIZ}"] .quiz-status`)).toHaveText(/^我的状态：进行中/);
	await page.goto(`/quizzes/${QUIZ}/`);
	await answerCorrectly(page, data);
	await page.getByRole('button', { name: '提交答案' }).click();
	const result = page.locator('[data-result]');
	await expect(result.getByRole('heading', { name: '通过' })).toBeVisible();
	await expect(result).toContainText(`得分 ${shown} / ${shown}（100%）`);
	const seed = await page.evaluate(
		(quiz) =>
			(JSON.parse(localStorage.getItem('processbook:quizzes:v1')!) as { attempts: { quiz: string; seed: number }[] }).attempts.find(
				(a) => a.quiz === quiz,
			)!.seed,
		QUIZ,
	);

	await page.goto('/quizzes/');
	await expect(page.locator(`[data-quiz="${QUIZ}"] .quiz-status`)).toHaveText(/^我的状态：已于 .+ 通过（100%）$/);
	await page.goto(`/paths/${pathWithQuiz(QUIZ)}/`);
	await expect(page.locator('[data-quiz-status]').filter({ hasText: '通过（100%）' })).toHaveCount(1);

	await page.goto(`/quizzes/${QUIZ}/`);
	await page.getByRole('link', { name: '查看并打印完成记录' }).first().click();
	await expect(page.getByRole('heading', { name: /测验完成记录/ })).toBeVisible();
	// The name is asked once, then kept.
	await page.getByLabel('你的姓名').fill('王小明');
	await page.getByRole('button', { name: '保存姓名' }).click();
	await expect(page.locator('[data-field="learner"]')).toHaveText('王小明');
	await page.reload();
	await expect(page.locator('[data-field="learner"]')).toHaveText('王小明');
	await expect(page.getByLabel('你的姓名')).toBeHidden();
	await expect(page.locator('[data-field="score"]')).toHaveText(`${shown} / ${shown}（100%）`);
	await expect(page.locator('[data-field="passMark"]')).toHaveText(`${Math.round(quiz(QUIZ).passMark * 100)}%`);
	await expect(page.locator('[data-field="standards"]')).toHaveText(`SC-01 ${standard('sc-01').current.version}`);
	await expect(page.locator('[data-field="seed"]')).toHaveText(String(seed));
	await expect(page.getByText('本记录由学员在本机浏览器中自行完成并生成，未经服务器核验。')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.record-site')).toHaveText('Processbook · 测验完成记录');
	for (const stray of ['.site-header', '.site-footer', '.breadcrumbs', '[data-print]', '[data-change-name]', '.record-title'])
		await expect(page.locator(stray)).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	// One A4 page: the record fits and nothing spills onto a second sheet.
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
	expect(errors).toEqual([]);
});

test('an attempt is reviewed exactly as it was drawn, from its seed', async ({ page }) => {
	await page.goto(`/quizzes/${QUIZ}/`);
	await page.getByRole('button', { name: '开始测验' }).click();
	const drawn = await page.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question));
	const firstOptions = await page.locator('fieldset[data-question] .choice label').allTextContents();
	await page.getByRole('button', { name: '提交答案' }).click();
	await page.getByRole('button', { name: '仍然提交' }).click();
	await page.reload();
	await page.getByRole('button', { name: '回顾' }).first().click();
	expect(await page.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question))).toEqual(
		drawn,
	);
	expect(await page.locator('fieldset[data-question] .choice label').allTextContents()).toEqual(firstOptions);
});

test('a pass goes stale when a covered standard has a newer version', { tag: '@content' }, async ({ page }) => {
	await page.goto(`/quizzes/${QUIZ}/`);
	// A pass recorded when SC-01 was at 1.0.0.
	await page.evaluate(() =>
		localStorage.setItem(
			'processbook:quizzes:v1',
			JSON.stringify({
				attempts: [
					{
						quiz: 'sc-01-basics',
						at: '2025-06-01T08:00:00.000Z',
						seed: 1,
						questions: [],
						order: {},
						answers: {},
						score: 8,
						max: 8,
						percent: 100,
						passed: true,
						versions: { 'sc-01': '1.0.0' },
					},
				],
			}),
		),
	);
	await page.reload();
	const now = standard('sc-01').current.version;
	await expect(page.getByText(`你通过测验后标准已更新：SC-01 由 1.0.0 更新为 ${now}。请重新测验。`)).toBeVisible();
	await expect(page.getByRole('link', { name: /查看变更/ })).toHaveAttribute(
		'href',
		`/standards/sc-01/changes/?from=1.0.0&to=${now}#compare`,
	);
});

test('unreadable quiz data is set aside and the quiz still works', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto(`/quizzes/${QUIZ}/`);
	await page.evaluate(() => localStorage.setItem('processbook:quizzes:v1', '{"attempts": 3}'));
	await page.reload();
	await expect(page.getByText(/答题记录无法读取，已另存为 processbook:quizzes:v1:unreadable:/)).toBeVisible();
	await page.getByRole('button', { name: '开始测验' }).click();
	await page.getByRole('button', { name: '提交答案' }).click();
	await page.getByRole('button', { name: '仍然提交' }).click();
	await expect(page.locator('[data-result]')).toContainText('未通过');
	expect(errors).toEqual([]);
});

test('classroom mode works from the keyboard alone, from page load, and fills a 1920×1080 screen', async ({ page }) => {
	test.slow(); // one whole journey, on a shared machine
	const errors = trackErrors(page);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`/quizzes/${QUIZ}/session/`);
	const total = await page.locator('[data-slide]').count();
	await expect(page.locator('.site-header')).toHaveCount(0);
	await expect(page.locator('.site-footer')).toHaveCount(0);
	const visible = page.locator('[data-slide]:visible');
	await expect(visible).toHaveCount(1);
	await expect(page.getByText(`第 1 / ${total} 题`)).toBeVisible();
	const box = (await visible.boundingBox())!;
	expect(box.width).toBeGreaterThan(1920 * 0.85);
	await expect(page.getByRole('button', { name: '上一题' })).toBeDisabled();
	expect(await page.getByRole('button', { name: '上一题' }).evaluate((b) => Number(getComputedStyle(b).opacity))).toBeLessThan(0.6);

	// No click first: the keys work straight away.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText(`第 2 / ${total} 题`)).toBeVisible();
	await expect(page.locator('[data-slide]:visible [data-answer]')).toBeHidden();
	await page.keyboard.press('Space');
	await expect(page.locator('[data-slide]:visible [data-answer]')).toBeVisible();
	await expect(page.getByText(`第 2 / ${total} 题`)).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.locator('[data-slide]:visible [data-answer]')).toBeHidden();
	// Space on a focused button still reveals and never presses the button.
	await page.getByRole('button', { name: '下一题' }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByText(`第 2 / ${total} 题`)).toBeVisible();
	await expect(page.locator('[data-slide]:visible [data-answer]')).toBeVisible();
	await page.keyboard.press('End');
	await expect(page.getByText(`第 ${total} / ${total} 题`)).toBeVisible();
	await expect(page.getByRole('button', { name: '下一题' })).toBeDisabled();
	await page.keyboard.press('Space');
	await expect(page.locator('[data-slide]:visible [data-answer]')).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText(`第 ${total - 1} / ${total} 题`)).toBeVisible();
	await page.keyboard.press('Home');
	await expect(page.getByText(`第 1 / ${total} 题`)).toBeVisible();

	// Lettered options on every question; matching shows both columns and the answer names both sides.
	const types = await page.locator('[data-slide]').evaluateAll((slides) => slides.map((s) => s.querySelectorAll('.letter').length));
	expect(types.every((n) => n >= 2)).toBe(true);
	const matching = page
		.locator('[data-slide]')
		.filter({ has: page.locator('.columns') })
		.first();
	if ((await matching.count()) > 0) {
		await expect(matching.locator('.columns ol')).toHaveCount(2);
		await expect(matching.locator('[data-answer]')).not.toContainText('?');
	}
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

// The page types themselves are swept in page-types.spec.ts; this covers the states a quiz reaches only by
// interaction (questions shown, a result), in the other theme and language: colour contrast only.
test('a running quiz and its result keep their contrast in English and dark mode', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`/en/quizzes/${QUIZ}/`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expectNoAxeViolations(page, ['color-contrast']);
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.getByRole('alertdialog')).toContainText('Not answered yet: question 1');
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.locator('[data-result]')).toContainText('Not passed');
	await expectNoAxeViolations(page, ['color-contrast']);
});
