/**
 * Build-time hand-over of the redirect pages (src/data/redirects.ts): `src/integrations/redirects.ts`
 * reads this file from the output folder, writes one small page per record and deletes the file,
 * so it is never deployed.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { redirectRecords } from '../data/redirects.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(redirectRecords((await getCatalog()).standards)), { headers: { 'content-type': 'application/json' } });
