/**
 * Every page type, in both UI languages and both themes: it opens, declares its language, shows
 * its heading and logs no console error. The full axe WCAG 2 AA sweep runs once per page type (zh-CN,
 * light); the dark theme and the English UI change colours and words, not structure, so the English
 * dark page is swept for colour contrast only (it has the dark colours and the English-only notice).
 * A full sweep of all four variants took a third of the suite's time.
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

/** Each variant of a page type, with the axe rules swept there (none: the structure was swept already). */
const VARIANTS = [
	{ locale: 'zh-CN', theme: 'light', axe: 'all' },
	{ locale: 'zh-CN', theme: 'dark', axe: 'none' },
	{ locale: 'en', theme: 'light', axe: 'none' },
	{ locale: 'en', theme: 'dark', axe: 'color-contrast' },
] as const;

// One test per page type, one step per variant: the variants are four looks of one page, not four
// journeys, and a browser context per variant cost more than the checks themselves.
for (const [name, path] of PAGES) {
	test(`${name}: both languages, both themes`, async ({ page }) => {
		const errors = trackErrors(page);
		for (const { locale, theme, axe } of VARIANTS) {
			await test.step(`${locale} · ${theme}`, async () => {
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
				if (axe !== 'none') await expectNoAxeViolations(page, axe === 'all' ? undefined : [axe]);
				expect(errors, `console errors on ${locale} · ${theme}`).toEqual([]);
			});
		}
	});
}

test('an unknown URL gets the 404 page', async ({ page }) => {
	const response = await page.goto('/standards/no-such-standard/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到此页面');
	await expectNoAxeViolations(page);
});
