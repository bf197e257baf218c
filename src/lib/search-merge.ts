/**
 * Searching a sharded index on several threads. A large site's search index is split into shards
 * (src/search/search-index.ts); Pagefind searches merged shards one after another on one thread,
 * which at 10,000 pages was 100–250 ms of the wait. The search page (src/client/search-pool.ts) gives each
 * of a few workers a run of consecutive shards and merges their answers here, in the same order
 * Pagefind gives when it merges the shards itself: by score, ties in shard order.
 */
import { RANKING } from './search-ranking.ts';
import { INDEX_LANGUAGE } from './search-words.ts';

/** Pagefind's browser code, written by the build beside the site's own index folder. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The options of the first index folder a thread (or the page) opens. */
export const INDEX_OPTIONS = { excerptLength: 30, ranking: RANKING };
/**
 * The options of each further shard merged into it (`mergeIndex`): one index, whose words were
 * separated at build time, serves both UI languages, so its language is named.
 */
export const SHARD_OPTIONS = { language: INDEX_LANGUAGE, ranking: RANKING };

/** Filter value counts, as Pagefind reports them: filter → value → pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * Splits `shards` into at most `threads` runs of consecutive shards, as even as they can be (the
 * first runs take the extra shard). Never an empty run; at least one run when there is a shard.
 */
export function partitionShards<T>(shards: readonly T[], threads: number): T[][] {
	const count = Math.max(1, Math.min(Math.floor(threads), shards.length));
	const runs: T[][] = [];
	let start = 0;
	for (let run = 0; run < count; run++) {
		const size = Math.floor(shards.length / count) + (run < shards.length % count ? 1 : 0);
		runs.push(shards.slice(start, start + size));
		start += size;
	}
	return runs.filter((r) => r.length > 0);
}

/** The sum of several filter counts: a value missing from one counts as 0 there. */
export function mergeFilterCounts(counts: readonly FilterCounts[]): FilterCounts {
	const merged: FilterCounts = {};
	for (const each of counts) {
		for (const [filter, values] of Object.entries(each)) {
			const into = (merged[filter] ??= {});
			for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
		}
	}
	return merged;
}

/** A result as one thread reports it, with where it came from. */
export interface ThreadResult {
	score: number;
}

/**
 * The results of every thread in one list, best score first. Each thread's list is already in
 * Pagefind's order for its run of shards, and the threads hold consecutive runs, so a stable sort of
 * the lists joined in thread order gives ties in shard order, as one Pagefind over all shards does.
 */
export function mergeResults<T extends ThreadResult>(lists: readonly (readonly T[])[]): T[] {
	return lists.flat().sort((a, b) => b.score - a.score);
}
