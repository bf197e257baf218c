/**
 * URLs that keep working without a page of their own: a current version's own URL
 * (/standards/<id>/<version>/) leads to the standard's page, and the history page of a standard
 * with one version leads to that page's change notes (one version has nothing to compare; its
 * version, date, status and notes are all on the standard's page). Astro renders none of these:
 * at 10,000 standards they were 40,000 of the 60,000 pages, each costing a full page render
 * (1.2 ms), for a file of a dozen lines. `src/integrations/redirects.ts` writes them after the build.
 */
import { siteConfig } from '../config.ts';
import { LOCALES, localePath, useTranslations } from '../i18n/index.ts';
import type { RedirectRecord } from '../lib/redirect-page.ts';
import type { Standard } from './catalog.ts';

/** Whether a standard has a history page to render (two versions or more). */
export const hasHistoryPage = (standard: Standard) => standard.versions.length > 1;

export function redirectRecords(standards: readonly Standard[]): RedirectRecord[] {
	return LOCALES.flatMap((locale) => {
		const t = useTranslations(locale);
		const record = (from: string, target: string, text: string): RedirectRecord => ({
			from: localePath(locale, from),
			target: localePath(locale, target),
			canonical: new URL(localePath(locale, target.replace(/#.*$/, '')), siteConfig.origin).href,
			lang: locale,
			text,
		});
		return standards.flatMap((standard) => {
			const page = `/standards/${standard.id}/`;
			const records = [record(`${page}${standard.current.data.version}/`, page, t('version.redirect'))];
			if (!hasHistoryPage(standard)) records.push(record(`${page}changes/`, `${page}#changes`, t('changes.redirect')));
			return records;
		});
	});
}
