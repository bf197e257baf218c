/** Quizzes: keyboard-only attempts, failing, retrying wrong answers, passing, history, record, session mode. */
import type { Page } from '@playwright/test';
import { quiz, standard } from './content-model.ts';
import { expect, expectNoAxeViolations, test, trackErrors } from './support.ts';

const QUIZ = 'sc-01-basics';

interface QuizData {
	questions: ({ id: string; type: string; answer?: unknown; items?: { id: string }[]; pairs?: { id: string }[] } & Record<string, unknown>)[];
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

test('keyboard only: fail, retry the wrong answers, pass, then see the history and the completion record', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto(`/quizzes/${QUIZ}/`);
	const data = await quizData(page);
	await page.getByRole('button', { name: '开始测验' }).focus();
	await page.keyboard.press('Enter');
	const shown = await page.locator('fieldset[data-question]').count();
	expect(shown).toBe(quiz(QUIZ).draw);
	await page.getByRole('button', { name: '提交答案' }).focus();
	await page.keyboard.press('Enter');
	const result = page.locator('[data-result]');
	await expect(result).toBeFocused();
	await expect(result.getByRole('heading', { name: '未通过' })).toBeVisible();
	await expect(page.locator('.review.is-wrong').first()).toContainText('解析：');
	await expect(page.locator('.review a').first()).toHaveAttribute('href', /\/standards\/sc-01\/#c-/);

	await result.getByRole('button', { name: '只重做答错的题' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('fieldset[data-question]')).toHaveCount(shown);
	await answerCorrectly(page, data);
	await page.getByRole('button', { name: '提交答案' }).focus();
	await page.keyboard.press('Enter');
	await expect(result.getByRole('heading', { name: '通过' })).toBeVisible();
	await expect(result).toContainText(`得分 ${shown} / ${shown}（100%）`);

	const history = page.getByRole('region', { name: '我的答题记录' });
	await expect(history.getByRole('row')).toHaveCount(3);
	await expect(history).toContainText(`SC-01 ${standard('sc-01').current.version}`);
	await page.reload();
	await expect(page.getByText(/你已于 .+ 通过本测验（100%）。/)).toBeVisible();
	await history.getByRole('button', { name: '回顾' }).last().click();
	await expect(page.locator('[data-result]')).toContainText('未通过');

	await page.getByRole('link', { name: '查看并打印完成记录' }).first().click();
	await expect(page.getByRole('heading', { name: '测验完成记录' })).toBeVisible();
	await expect(page.locator('[data-field="score"]')).toHaveText(`${shown} / ${shown}（100%）`);
	await expect(page.locator('[data-field="standards"]')).toHaveText(`SC-01 ${standard('sc-01').current.version}`);
	await expect(page.getByText('本记录由学员在本机浏览器中自行完成并生成，未经服务器核验。')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('an attempt is reviewed exactly as it was drawn, from its seed', async ({ page }) => {
	await page.goto(`/quizzes/${QUIZ}/`);
	await page.getByRole('button', { name: '开始测验' }).click();
	const drawn = await page.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question));
	const firstOptions = await page.locator('fieldset[data-question] .choice label').allTextContents();
	await page.getByRole('button', { name: '提交答案' }).click();
	await page.reload();
	await page.getByRole('button', { name: '回顾' }).first().click();
	expect(await page.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question))).toEqual(drawn);
	expect(await page.locator('fieldset[data-question] .choice label').allTextContents()).toEqual(firstOptions);
});

test('a pass goes stale when a covered standard has a newer version', { tag: '@content' }, async ({ page }) => {
	await page.goto(`/quizzes/${QUIZ}/`);
	// A pass recorded when SC-01 was at 1.0.0.
	await page.evaluate(() =>
		localStorage.setItem(
			'processbook:quizzes:v1',
			JSON.stringify({ attempts: [{ quiz: 'sc-01-basics', at: '2025-06-01T08:00:00.000Z', seed: 1, questions: [], order: {}, answers: {}, score: 8, max: 8, percent: 100, passed: true, versions: { 'sc-01': '1.0.0' } }] }),
		),
	);
	await page.reload();
	const now = standard('sc-01').current.version;
	await expect(page.getByText(`你通过测验后标准已更新：SC-01 由 1.0.0 更新为 ${now}。请重新测验。`)).toBeVisible();
	await expect(page.getByRole('link', { name: /查看变更/ })).toHaveAttribute('href', `/standards/sc-01/changes/?from=1.0.0&to=${now}#compare`);
});

test('unreadable quiz data is set aside and the quiz still works', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto(`/quizzes/${QUIZ}/`);
	await page.evaluate(() => localStorage.setItem('processbook:quizzes:v1', '{"attempts": 3}'));
	await page.reload();
	await expect(page.getByText(/答题记录无法读取，已另存为 processbook:quizzes:v1:unreadable:/)).toBeVisible();
	await page.getByRole('button', { name: '开始测验' }).click();
	await page.getByRole('button', { name: '提交答案' }).click();
	await expect(page.locator('[data-result]')).toContainText('未通过');
	expect(errors).toEqual([]);
});

test('session mode shows one question at a time and reveals answers on demand', async ({ page }) => {
	await page.goto(`/quizzes/${QUIZ}/session/`);
	const visible = page.locator('[data-slide]:visible');
	await expect(visible).toHaveCount(1);
	await expect(page.getByText(/^第 1 \/ \d+ 题$/)).toBeVisible();
	await expect(visible.locator('[data-answer]')).toBeHidden();
	await page.getByRole('button', { name: '显示答案' }).click();
	await expect(visible.locator('[data-answer]')).toBeVisible();
	await expect(visible.locator('[data-answer]')).toContainText('正确答案：');
	await page.getByRole('button', { name: '下一题' }).click();
	await expect(page.getByText(/^第 2 \/ \d+ 题$/)).toBeVisible();
	await expect(page.locator('[data-slide]:visible [data-answer]')).toBeHidden();
	await page.locator('pb-quiz-session').focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText(/^第 1 \/ \d+ 题$/)).toBeVisible();
	await expectNoAxeViolations(page);
});

// The page types themselves are swept in page-types.spec.ts; this covers the states a quiz reaches only by
// interaction (questions shown, a result), in the other theme and language: colour contrast only.
test('a running quiz and its result keep their contrast in English and dark mode', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`/en/quizzes/${QUIZ}/`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expectNoAxeViolations(page, ['color-contrast']);
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.locator('[data-result]')).toContainText('Not passed');
	await expectNoAxeViolations(page, ['color-contrast']);
});
