/**
 * Tells a visit from the search page: the reading page reads the query from the referrer (the
 * search page's URL), so result links stay plain URLs and nothing is stored. Kept apart from
 * `search-highlight.ts` so reading pages load only this much before they know.
 */

/** The query of a search page URL (`/search/?q=…` or `/en/search/?q=…`) on this site, if it is one. */
export function searchQueryFrom(referrer: string, origin: string): string | undefined {
	let url: URL;
	try {
		url = new URL(referrer);
	} catch {
		return undefined;
	}
	if (url.origin !== origin || !/^\/(?:en\/)?search\/$/.test(url.pathname)) return undefined;
	return url.searchParams.get('q')?.trim() || undefined;
}
