/**
 * Which shards of the last build's search index a rebuild can copy as they are, and which pages it
 * must index again. Pagefind cannot update an index, but the site's index is a set of shards
 * (src/search/search-index.ts): a shard whose pages all read exactly as they did (same digest of
 * the built HTML) and whose records are unchanged is copied; the pages of the other shards, and new
 * pages, are indexed into fresh shards. Pure, so the rules are unit-tested.
 */

/** One shard of a built index: its folder under `pagefind/` ('' for the first), its pages and their digests. */
export interface ShardRecord {
	dir: string;
	/** Output path (`standards/a/index.html`) → digest of the page's HTML, in index order. */
	pages: Record<string, string>;
	/** Digest of the records (glossary terms, quiz and assessment titles) when this shard holds them. */
	records?: string | undefined;
}

export interface SearchPlan {
	/** Shards copied from the last build. */
	keep: ShardRecord[];
	/** Pages to index anew, in index order. */
	fresh: string[];
	/** Folder names for the fresh shards, in order ('' first when the first shard is not kept). */
	dirs: string[];
	/** Pages per fresh shard. */
	shardPages: number;
	/** The records go into the first fresh shard. */
	records: boolean;
}

/**
 * How many shards an index of `pages` pages gets: none larger than `most`, and, from two quarter
 * shards up, at least two and up to four of at least a quarter shard (and 100 pages) each.
 * Pagefind writes a shard on one core, more slowly the larger it is (250 pages 1.7 s, 515 pages
 * 3.8 s, 1,030 pages 10.7 s on this machine), and the last shard is written after the last page
 * with nothing to overlap; a rebuild indexes the changed page's whole shard again. So a 1,030-page
 * site gets 4 shards of 258, not 2 of 515, while 10,030 pages still make 11 for the browser to merge.
 */
export function shardCount(pages: number, most: number): number {
	const largest = Math.max(1, most);
	// Under 100 pages a shard is written in under a second: no reason to split further.
	const quarter = Math.max(100, Math.floor(largest / 4));
	return Math.max(1, Math.ceil(pages / largest), Math.min(4, Math.floor(pages / quarter)));
}

/** The folder of the n-th shard (0-based) when a whole index is written. */
export const shardDir = (n: number) => (n === 0 ? '' : `shard-${n + 1}`);

/**
 * `pages` are the pages to index now (output path → digest), `records` the digest of the records.
 * More shards than a fresh index of this size would have, plus two, and everything is indexed
 * anew, so repeated rebuilds cannot split the index into ever smaller shards.
 */
export function planSearchUpdate(
	previous: readonly ShardRecord[],
	pages: ReadonlyMap<string, string>,
	records: string,
	most: number,
): SearchPlan {
	const largest = Math.max(1, most);
	let keep = previous.filter(
		(shard) =>
			Object.keys(shard.pages).length > 0 &&
			Object.entries(shard.pages).every(([path, digest]) => pages.get(path) === digest) &&
			(shard.records === undefined || shard.records === records),
	);
	const plan = (kept: ShardRecord[]): SearchPlan => {
		const covered = new Set(kept.flatMap((shard) => Object.keys(shard.pages)));
		const fresh = [...pages.keys()].filter((path) => !covered.has(path));
		const withRecords = !kept.some((shard) => shard.records !== undefined);
		const count = fresh.length === 0 ? (withRecords ? 1 : 0) : Math.ceil(fresh.length / largest);
		const used = new Set(kept.map((shard) => shard.dir));
		const dirs: string[] = [];
		for (let n = 0; dirs.length < count; n++) if (!used.has(shardDir(n))) dirs.push(shardDir(n));
		return { keep: kept, fresh, dirs, shardPages: count === 0 ? 0 : Math.ceil(fresh.length / count), records: withRecords };
	};
	let result = plan(keep);
	// Records with no page to go with them: the first kept shard is indexed again to hold them.
	if (result.records && result.fresh.length === 0 && keep.length > 0) result = plan((keep = keep.slice(1)));
	if (keep.length + result.dirs.length > shardCount(pages.size, largest) + 2) result = plan([]);
	return result;
}
