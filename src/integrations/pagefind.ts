/**
 * Builds the search index at the end of every `astro build`, over the output folder, so the site
 * that `npm start` serves always has a search index matching its pages. A failure stops the build
 * (and `scripts/build.ts` then removes the half-built output).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { SearchRecord } from '../search/search-entries.ts';
import { RECORDS_FILE, SearchIndexError, writeSearchIndex } from '../search/search-index.ts';

/** The built page a record links to: `/glossary/#smart` → `glossary/index.html`. */
const recordPage = (siteDir: string, url: string) => join(siteDir, url.replace(/#.*$/, '').replace(/^\//, ''), 'index.html');

function readRecords(siteDir: string, logger: AstroIntegrationLogger): SearchRecord[] {
	const file = join(siteDir, RECORDS_FILE);
	if (!existsSync(file))
		throw new SearchIndexError(
			`Search index: ${RECORDS_FILE} is missing from the output; src/pages/pagefind-records.json.ts should have written it.`,
		);
	const records = JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
	rmSync(file);
	// A result must never lead to a missing page (a collection whose pages are not built yet).
	const missing = records.filter((record) => !existsSync(recordPage(siteDir, record.url)));
	if (missing.length > 0)
		logger.warn(`${missing.length} search record(s) left out: their page was not built (${missing.map((r) => r.url).join(', ')})`);
	return records.filter((record) => !missing.includes(record));
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'processbook:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const siteDir = fileURLToPath(dir);
				const started = performance.now();
				try {
					const summary = await writeSearchIndex({ siteDir, records: readRecords(siteDir, logger) });
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(
						`${summary.pages} page(s) and ${summary.records} record(s) (glossary terms, quiz and assessment titles) indexed in ${seconds}s (${summary.shards} shard(s))`,
					);
				} catch (error) {
					if (error instanceof SearchIndexError) {
						const failure = new AstroError(
							error.message,
							'The search index is built by src/integrations/pagefind.ts; see the message above.',
						);
						failure.stack = '';
						throw failure;
					}
					throw error;
				}
			},
		},
	};
}
