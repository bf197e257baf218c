/**
 * Where a page URL's file lies in the output folder (`build.format: 'directory'`): one mapping for
 * the search index, the redirect pages and the check that a search record's page was built.
 * `/standards/a/` and `/standards/a/#c-1` → `standards/a/index.html`; `/404.html` → `404.html`.
 */
export function outputFile(urlPath: string): string {
	const path = urlPath.replace(/[?#].*$/, '').replace(/^\/+/, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
