/**
 * Build-time hand-over of the search records that have no page of their own (glossary terms; later
 * quiz and assessment titles): the Pagefind integration reads this file from the output folder,
 * indexes each record and deletes the file, so it is never deployed.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { searchRecords } from '../search/search-entries.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(searchRecords(await getCatalog())), { headers: { 'content-type': 'application/json' } });
