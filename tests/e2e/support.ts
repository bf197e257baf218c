/**
 * Shared steps of the end-to-end tests: the `test` every spec uses (it fails a test on any Content
 * Security Policy violation, since the site must run under the strict policy of public/_headers),
 * console-error capture and the axe sweep.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

export { expect };

declare global {
	interface Window {
		__pbCspViolation?: (text: string) => void;
	}
}

/**
 * Every page of the test's context reports `securitypolicyviolation` events (an init script runs
 * before the page's own scripts); the test fails at its end if there was any. The server sends the
 * policy of public/_headers, so a violation is what a strict host would block.
 */
export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.exposeBinding('__pbCspViolation', (source, text: string) => {
				violations.push(`${text} on ${source.page?.url() ?? '?'}`);
			});
			await context.addInitScript(() => {
				addEventListener('securitypolicyviolation', (e) => {
					window.__pbCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
				});
			});
			await use(violations);
			expect(violations, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true },
	],
});

/** Collects console errors and uncaught exceptions; assert it is empty at the end of a test. */
export function trackErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** axe-core itself, injected into the page under test (no extra page or frame walk, see below). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG 2.0/2.1 A and AA rules; the report lists each violation's rule and first target. `rules` narrows the
 * sweep: the page-type tests run every rule once per page type and only `color-contrast` for the other
 * theme and locale, where structure does not change but colours and text do.
 * axe-core runs directly in the page: @axe-core/playwright opened a blank page per sweep to merge
 * results across frames (the site has none), which made a sweep take 2-3 s instead of under 1 s.
 */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(
		async (runOnly) => {
			const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
			const { violations } = await axe.run(document, { runOnly, resultTypes: ['violations'] });
			return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
		},
		rules ? ({ type: 'rule', values: rules } as const) : ({ type: 'tag', values: WCAG_AA } as const),
	);
	expect(violations).toEqual([]);
}

/** Entries of the shipped content that the page-type tests open. */
export const SAMPLE = {
	standard: { id: 'sc-01', code: 'SC-01', file: 'content/standards/sc-01/1.1.0.mdx', version: '1.1.0' },
	handbook: 'project-lead',
	checklist: 'needs-analysis',
	case: 'poor-communication',
} as const;

export const localized = (locale: 'zh-CN' | 'en', path: string) => (locale === 'en' ? `/en${path}` : path);

/**
 * The links the search page lists for each query, all pages of them. One page for the whole set,
 * driven inside the browser (a round trip per step would take minutes): each query is typed into
 * the box, the page's own element searches, "show more" is pressed until every result is listed.
 */
export async function listAll(page: Page, queries: string[]): Promise<Record<string, string[]>> {
	return page.evaluate(async (queries) => {
		const element = document.querySelector<HTMLElement>('pb-search')!;
		const box = element.querySelector<HTMLInputElement>('#search-query')!;
		const more = element.querySelector<HTMLButtonElement>('[data-search-more]')!;
		const list = element.querySelector('[data-search-results]')!;
		const until = (done: () => boolean) =>
			new Promise<void>((resolve) => {
				if (done()) return resolve();
				const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
				observer.observe(element, { attributes: true, childList: true, subtree: true });
			});
		const out: Record<string, string[]> = {};
		for (const query of queries) {
			box.value = query;
			box.dispatchEvent(new InputEvent('input', { bubbles: true }));
			await until(() => element.dataset.state === 'ready' && element.dataset.query === query);
			while (!more.hidden) {
				const shown = list.children.length;
				more.click();
				await until(() => list.children.length > shown);
			}
			out[query] = [...list.querySelectorAll(':scope > li h3 a')].map((a) => a.getAttribute('href')!);
		}
		return out;
	}, queries);
}
