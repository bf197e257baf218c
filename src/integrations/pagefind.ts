/**
 * Builds the search index in every `astro build`, so the site that `npm start` serves always has a
 * search index matching its pages. The index is filled while the pages render (src/middleware.ts
 * hands each page's HTML to the live index this integration starts) into a staging folder, and
 * finished after the last page: the records without a page are added, the last shard written, and
 * the index moved into the output folder. Pages the incremental build reused, which never pass
 * through the rendering, are read from the output folder. Should no page have reached it, the output
 * folder is indexed instead. In a rebuild with the last index kept (src/build-cache/search-index-cache.ts),
 * nothing is indexed while pages render: the shards whose pages are unchanged are copied and the
 * others indexed anew (src/search/search-update.ts). The complete index is kept for the next build.
 * A failure stops the build (and `scripts/build.ts` then removes the half-built output).
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { SearchRecord } from '../search/search-entries.ts';
import { siteConfig } from '../config.ts';
import { outputFile } from '../lib/output-file.ts';
import { setLiveSearchIndex } from '../search/live-index.ts';
import {
	htmlFiles,
	INDEX_CONFIG,
	indexablePage,
	pageDigest,
	RECORDS_FILE,
	SearchIndexError,
	SHARD_PAGES,
	writeSearchIndex,
	type IndexSummary,
} from '../search/search-index.ts';
import type { ShardRecord } from '../search/search-plan.ts';
import { LAST_INDEX, saveSearchIndex, takeLastSearchIndex } from '../build-cache/search-index-cache.ts';
import { updateSearchIndex } from '../search/search-update.ts';
import { SearchThread } from '../search/search-thread.ts';

/** Where the live index is written during the build, before it moves to `<outDir>/pagefind/`. */
const STAGING = join(siteConfig.cacheDir, 'pagefind-staging');

/** Moves the staged index into the site (a copy when the two lie on different file systems). */
function moveInto(siteDir: string): void {
	const target = join(siteDir, 'pagefind');
	rmSync(target, { recursive: true, force: true });
	try {
		renameSync(STAGING, target);
	} catch {
		cpSync(STAGING, target, { recursive: true });
		rmSync(STAGING, { recursive: true, force: true });
	}
}

function readRecords(siteDir: string, logger: AstroIntegrationLogger): SearchRecord[] {
	const file = join(siteDir, RECORDS_FILE);
	if (!existsSync(file))
		throw new SearchIndexError(
			`Search index: ${RECORDS_FILE} is missing from the output; src/pages/pagefind-records.json.ts should have written it.`,
		);
	const records = JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
	rmSync(file);
	// A result must never lead to a missing page (a collection whose pages are not built yet).
	const missing = records.filter((record) => !existsSync(join(siteDir, outputFile(record.url))));
	if (missing.length > 0)
		logger.warn(`${missing.length} search record(s) left out: their page was not built (${missing.map((r) => r.url).join(', ')})`);
	return records.filter((record) => !missing.includes(record));
}

/** What the index depends on besides its code: a change indexes every page again. */
const SETTINGS = { config: INDEX_CONFIG, shardPages: SHARD_PAGES };

/**
 * A rebuild's index: the pages to index now with their digests (rendered pages as they rendered,
 * the others as built), the last index's shards that still hold exactly these pages copied, and
 * the rest indexed anew (src/search/search-plan.ts).
 */
async function updateIndex(
	live: SearchThread,
	last: readonly ShardRecord[],
	siteDir: string,
	records: readonly SearchRecord[],
	logger: AstroIntegrationLogger,
): Promise<IndexSummary> {
	const pages = new Map<string, string>();
	const consider = (sourcePath: string) => {
		if (pages.has(sourcePath)) return;
		const rendered = live.collected.get(sourcePath);
		if (rendered !== undefined) {
			if (rendered) pages.set(sourcePath, rendered);
			return;
		}
		const file = join(siteDir, sourcePath);
		if (!existsSync(file)) return;
		const html = readFileSync(file, 'utf8');
		if (indexablePage(sourcePath, html)) pages.set(sourcePath, pageDigest(html));
	};
	for (const shard of last) for (const sourcePath of Object.keys(shard.pages)) consider(sourcePath);
	for (const [sourcePath, digest] of live.collected) if (digest) consider(sourcePath);
	// Nothing is indexed while pages render in a rebuild: the worker is not needed.
	await live.close();
	return updateSearchIndex({
		last,
		lastDir: LAST_INDEX,
		siteDir,
		pages,
		records,
		outputPath: STAGING,
		onPlan: (plan) =>
			logger.info(
				`${plan.keep.length} shard(s) of the last index copied, ${plan.fresh.length} page(s) to index again in ${plan.dirs.length} shard(s)`,
			),
	});
}

export function pagefindIndex(): AstroIntegration {
	let live: SearchThread | undefined;
	let root: URL | undefined;
	let started = 0;
	let last: ShardRecord[] | undefined;
	return {
		name: 'processbook:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:start': () => {
				rmSync(STAGING, { recursive: true, force: true });
				last = takeLastSearchIndex(SETTINGS);
				// A file the worker thread loads itself (Node strips the types), from the project's sources.
				live = new SearchThread({
					outputPath: STAGING,
					workerUrl: new URL('src/search/search-worker.ts', root),
					collect: last !== undefined,
				});
				setLiveSearchIndex(live);
				started = performance.now();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const siteDir = fileURLToPath(dir);
				logger.info(
					last
						? `updating the search index of the last build (${live?.collected.size ?? 0} page(s) rendered)`
						: `finishing the search index (${live?.pages ?? 0} page(s) indexed while rendering)`,
				);
				const finishing = performance.now();
				setLiveSearchIndex(undefined);
				try {
					const records = readRecords(siteDir, logger);
					let summary: IndexSummary;
					if (live && last) summary = await updateIndex(live, last, siteDir, records, logger);
					else if (live && live.pages > 0) {
						// Pages the incremental build copied from the last build did not pass through the rendering.
						const copied = htmlFiles(siteDir)
							.map((path) => ({ path, sourcePath: relative(siteDir, path).split(sep).join('/') }))
							.filter((file) => !live!.seen.has(file.sourcePath));
						summary = await live.finish(records, copied);
					} else {
						await live?.close();
						started = finishing;
						rmSync(join(siteDir, 'pagefind'), { recursive: true, force: true });
						summary = await writeSearchIndex({ siteDir, records });
					}
					saveSearchIndex(summary.outputPath, summary.shardList, SETTINGS);
					if (summary.outputPath === STAGING) moveInto(siteDir);
					const seconds = (ms: number) => ((performance.now() - ms) / 1000).toFixed(1);
					logger.info(
						`${summary.pages} page(s) and ${summary.records} record(s) (glossary terms, quiz and assessment titles) indexed in ${summary.shards} shard(s): ${seconds(started)} s since the build started, ${seconds(finishing)} s after the last page`,
					);
				} catch (error) {
					await live?.close();
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
