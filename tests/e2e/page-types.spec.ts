/**
 * Every page type, in both UI languages and both themes: it opens, declares its language, shows
 * its heading and logs no console error. The full axe WCAG 2 AA sweep runs once per page type (zh-CN,
 * light); the dark theme and the English UI change colours and words, not structure, so they are
 * swept for colour contrast only (a full sweep of all four took a third of the suite's time).
 */
import { expect, expectNoAxeViolations, localized, SAMPLE, test, trackErrors } from './support.ts';

const PAGES = [
	['home', '/'],
	['standards index', '/standards/'],
	['standard', `/standards/${SAMPLE.standard.id}/`],
	['handbooks index', '/handbooks/'],
	['handbook', `/handbooks/${SAMPLE.handbook}/`],
	['checklists index', '/checklists/'],
	['checklist', `/checklists/${SAMPLE.checklist}/`],
	['cases index', '/cases/'],
	['case study', `/cases/${SAMPLE.case}/`],
	['glossary', '/glossary/'],
	['older standard version', `/standards/${SAMPLE.standard.id}/1.0.0/`],
	['version history and diff', `/standards/${SAMPLE.standard.id}/changes/`],
	['quizzes index', '/quizzes/'],
	['quiz', '/quizzes/sc-01-basics/'],
	['quiz session mode', '/quizzes/sc-01-basics/session/'],
	['quiz completion record', '/quizzes/sc-01-basics/record/'],
	['assessments index', '/assessments/'],
	['assessment', '/assessments/team-health-check/'],
	['team merge', '/assessments/team-health-check/team/'],
	['paths index', '/paths/'],
	['onboarding path', '/paths/project-lead/'],
	['my learning', '/progress/'],
	['search', '/search/?q=需求'],
] as const;

for (const locale of ['zh-CN', 'en'] as const) {
	for (const theme of ['light', 'dark'] as const) {
		for (const [name, path] of PAGES) {
			test(`${name} · ${locale} · ${theme}`, async ({ page }) => {
				const errors = trackErrors(page);
				await page.emulateMedia({ colorScheme: theme });
				const response = await page.goto(localized(locale, path));
				expect(response?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await expect(page.locator('h1')).toBeVisible();
				// Classroom mode is for a projector: no site header, footer or notes, by design.
				const chrome = name !== 'quiz session mode';
				if (chrome) await expect(page.locator('footer')).toContainText(locale === 'en' ? 'built' : '构建于');
				if (chrome && locale === 'en') await expect(page.getByText('written in Simplified Chinese')).toBeVisible();
				await expectNoAxeViolations(page, locale === 'zh-CN' && theme === 'light' ? undefined : ['color-contrast']);
				expect(errors).toEqual([]);
			});
		}
	}
}

test('an unknown URL gets the 404 page', async ({ page }) => {
	const response = await page.goto('/standards/no-such-standard/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到此页面');
	await expectNoAxeViolations(page);
});
