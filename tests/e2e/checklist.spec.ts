/** Interactive checklists: ticks persist, progress shows, reset clears, bad stored data is set aside. */
import { expect, SAMPLE, test, trackErrors } from './support.ts';

const URL = `/checklists/${SAMPLE.checklist}/`;
const KEY = 'processbook:checklists:v1';

test('a tick survives a reload and progress follows it', async ({ page }) => {
	await page.goto(URL);
	const boxes = page.getByRole('checkbox');
	const total = await boxes.count();
	expect(total).toBeGreaterThanOrEqual(8);
	await expect(page.getByRole('status').filter({ hasText: '已完成' })).toHaveText(`已完成 0 / ${total} 项`);
	await boxes.nth(0).check();
	await boxes.nth(2).check();
	await expect(page.getByRole('status').filter({ hasText: '已完成' })).toHaveText(`已完成 2 / ${total} 项`);
	await page.reload();
	await expect(boxes.nth(0)).toBeChecked();
	await expect(boxes.nth(1)).not.toBeChecked();
	await expect(boxes.nth(2)).toBeChecked();
	await expect(page.getByRole('progressbar', { name: '清单进度' })).toHaveAttribute('value', '2');
});

test('clicking an item’s text ticks it; the box is named by that text, which stays outside any label', async ({ page }) => {
	await page.goto(URL);
	const first = page.getByRole('checkbox').first();
	const text = page.locator('li.task-list-item [data-item-text]').first();
	const itemText = (await text.textContent())!.trim();
	await expect(page.getByRole('checkbox', { name: itemText, exact: true })).toHaveCount(1);
	// Pagefind leaves text inside <label> out of the index; the item text must be indexable.
	expect(
		await page.locator('li.task-list-item label').evaluateAll((labels) => labels.map((l) => l.textContent?.trim()).filter(Boolean)),
	).toEqual([]);
	// A pointer click where the text is (the box's label lies over its line and takes the click).
	const box = (await text.boundingBox())!;
	await page.mouse.click(box.x + 8, box.y + box.height / 2);
	await expect(first).toBeChecked();
	await page.mouse.click(box.x + 8, box.y + box.height / 2);
	await expect(first).not.toBeChecked();
	await first.focus();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
});

test('ticking every item says the list is done; reset clears it after confirmation', async ({ page }) => {
	await page.goto(URL);
	const boxes = page.getByRole('checkbox');
	const total = await boxes.count();
	for (let i = 0; i < total; i++) await boxes.nth(i).check();
	await expect(page.getByRole('status').filter({ hasText: '已完成' })).toContainText('全部完成');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: '重置清单' }).click();
	for (let i = 0; i < total; i++) await expect(boxes.nth(i)).not.toBeChecked();
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: '已完成' })).toHaveText(`已完成 0 / ${total} 项`);
});

test('corrupted stored data is kept aside, announced on every visit, and the page still works', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto(URL);
	await page.evaluate((key) => localStorage.setItem(key, '{"lists": "not what we wrote'), KEY);
	await page.reload();
	const notice = page.getByRole('alert');
	await expect(notice).toContainText('无法读取');
	await expect(notice).toContainText(`${KEY}:unreadable:`);
	const kept = await page.evaluate(
		(key) =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith(`${key}:unreadable:`))
				.map((k) => localStorage.getItem(k)),
		KEY,
	);
	expect(kept).toEqual(['{"lists": "not what we wrote']);
	const box = page.getByRole('checkbox').first();
	await box.check();
	await page.reload();
	await expect(box).toBeChecked();
	// The kept copy is still announced on every visit until the reader deals with it on /progress/.
	await expect(page.getByRole('alert')).toContainText(`${KEY}:unreadable:`);
	expect(errors).toEqual([]);
});

test('data of the right JSON but the wrong shape is set aside too', async ({ page }) => {
	await page.goto(URL);
	await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ lists: { x: { ticked: 'all' } } })), KEY);
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('无法读取');
	await expect(page.getByRole('checkbox').first()).not.toBeChecked();
});

test('the English UI labels the checklist in English', async ({ page }) => {
	await page.goto(`/en${URL}`);
	const total = await page.getByRole('checkbox').count();
	await expect(page.getByRole('status').filter({ hasText: 'done' })).toHaveText(`0 of ${total} done`);
	await expect(page.getByRole('button', { name: 'Reset checklist' })).toBeVisible();
});

test('the printout shows the items and their ticks without the buttons', async ({ page }) => {
	await page.goto(URL);
	await page.getByRole('checkbox').first().check();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: '重置清单' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
	await expect(page.getByRole('checkbox').first()).toBeVisible();
	await expect(page.getByRole('checkbox').first()).toBeChecked();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(1000);
});
