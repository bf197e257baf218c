/**
 * A rebuild's search index: the shards of the last index whose pages all read exactly as they did
 * are copied, and the other pages are indexed anew into fresh shards beside them
 * (src/search/search-plan.ts decides which). Pagefind cannot update an index in place; at 1,000
 * standards, indexing every page again was 13.6 s of a 30 s rebuild. Shared by the build
 * integration and the end-to-end test that searches an updated index in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkTree } from '../build-cache/link-tree.ts';
import type { SearchRecord } from './search-entries.ts';
import { recordsDigest, SearchIndexBuilder, writeShardList, SHARD_PAGES, type IndexSummary } from './search-index.ts';
import { planSearchUpdate, type SearchPlan, type ShardRecord } from './search-plan.ts';

export interface SearchUpdate {
	/** What each shard of the last index holds, and the folder that index was kept in. */
	last: readonly ShardRecord[];
	lastDir: string;
	/** The built site, and the pages to index now (output path → `pageDigest` of its HTML), in order. */
	siteDir: string;
	pages: ReadonlyMap<string, string>;
	records: readonly SearchRecord[];
	/** An empty folder for the updated index. */
	outputPath: string;
	shardPages?: number | undefined;
	/** Told the plan before the work starts (the build logs it). */
	onPlan?: ((plan: SearchPlan) => void) | undefined;
}

/** Copies shards of the index in `from` into `into` (the first shard's folder without the others), as links. */
function copyShards(shards: readonly ShardRecord[], from: string, into: string): void {
	for (const { dir } of shards) {
		// The first shard's folder holds the others: copy only its own files.
		linkTree(join(from, dir), join(into, dir), { filter: (path) => dir !== '' || !/^shard-\d+/.test(path) });
	}
}

export async function updateSearchIndex(update: SearchUpdate): Promise<IndexSummary> {
	const { siteDir, pages, records, outputPath } = update;
	const plan = planSearchUpdate(update.last, pages, recordsDigest(records), update.shardPages ?? SHARD_PAGES);
	update.onPlan?.(plan);
	copyShards(plan.keep, update.lastDir, outputPath);
	let fresh: ShardRecord[] = [];
	if (plan.dirs.length > 0) {
		const builder = new SearchIndexBuilder({ outputPath });
		builder.useLayout(plan.dirs, plan.shardPages);
		try {
			for (const sourcePath of plan.fresh) await builder.add(sourcePath, readPage(siteDir, sourcePath));
			if (plan.records) await builder.addRecords(records);
		} catch (error) {
			await builder.close();
			throw error;
		}
		fresh = (await builder.finish()).shardList;
	}
	const shardList = [...plan.keep, ...fresh].sort((a, b) => a.dir.localeCompare(b.dir, 'en', { numeric: true }));
	writeShardList(outputPath, shardList);
	return { pages: pages.size, records: records.length, shards: shardList.length, outputPath, shardList };
}

function readPage(siteDir: string, sourcePath: string): string {
	return readFileSync(join(siteDir, sourcePath), 'utf8');
}
