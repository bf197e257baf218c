/**
 * The clause directory the search page reads when a query cites a clause (`SC-01 2.4`,
 * `5.3 不合格处理`): code, number, title and anchor URL of every clause of the current versions.
 * One small file, fetched only for such queries, never with a page.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { getContentIndex } from '../../content-source/content-source.ts';
import { clauseDirectory } from '../../search/search-entries.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(clauseDirectory(await getCatalog(), getContentIndex())), { headers: { 'content-type': 'application/json' } });
