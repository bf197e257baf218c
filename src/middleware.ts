/**
 * During `astro build`, hands every rendered zh-CN page's HTML, exactly as it is written to the
 * output folder, to the search index the Pagefind integration started (src/search/live-index.ts).
 * Pagefind then indexes in its own process while the next pages render. The response is passed on
 * unchanged; without a live index (the dev server) this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCatalog } from './data/catalog.ts';
import { outputFile } from './lib/output-file.ts';
import { liveSearchIndex } from './search/live-index.ts';
import { pageEntries } from './search/search-entries.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const index = liveSearchIndex();
	if (!index || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	if (!index.sized) index.expectPages(pageEntries(await getCatalog()).length);
	const html = await response.text();
	await index.add(outputFile(context.url.pathname), html);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
