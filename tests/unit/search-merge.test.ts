/**
 * Searching shards on several threads: the shards are split into runs, and the threads' answers
 * merge into what one Pagefind over every shard gives (the order by score, ties in shard order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFilterCounts, mergeResults, partitionShards } from '../../src/lib/search-merge.ts';

describe('partitionShards', () => {
	it('gives each thread a run of consecutive shards, the first runs one longer', () => {
		expect(partitionShards(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
			['a', 'b', 'c'],
			['d', 'e'],
		]);
		expect(partitionShards(['a'], 4)).toEqual([['a']]);
		expect(partitionShards([], 4)).toEqual([]);
		expect(partitionShards(['a', 'b'], 0)).toEqual([['a', 'b']]);
	});

	it('keeps every shard once, in order, in no more runs than threads and none empty', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (shards, threads) => {
				const runs = partitionShards(shards, threads);
				expect(runs.flat()).toEqual(shards);
				expect(runs.length).toBe(Math.min(threads, shards.length));
				expect(runs.every((run) => run.length > 0)).toBe(true);
				const sizes = runs.map((run) => run.length);
				if (sizes.length > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
			}),
		);
	});
});

describe('mergeFilterCounts', () => {
	it('adds the counts of each value, a value missing in one thread counting as 0', () => {
		expect(
			mergeFilterCounts([{ type: { standard: 3, checklist: 1 } }, { type: { standard: 2, case: 4 }, role: { 'team-lead': 1 } }, {}]),
		).toEqual({ type: { standard: 5, checklist: 1, case: 4 }, role: { 'team-lead': 1 } });
	});
});

/** One Pagefind over every shard: each shard's results, joined in shard order, sorted by score (a stable sort). */
const oneThread = (shards: { id: string; score: number }[][]) => shards.flat().sort((a, b) => b.score - a.score);
/** What one thread holding a run of shards answers: the same, over its run. */
const thread = oneThread;

describe('mergeResults', () => {
	it('orders by score; equal scores stay in shard order', () => {
		const a = [
			{ id: 'a1', score: 5 },
			{ id: 'a2', score: 1 },
		];
		const b = [
			{ id: 'b1', score: 5 },
			{ id: 'b2', score: 3 },
		];
		expect(mergeResults([a, b]).map((r) => r.id)).toEqual(['a1', 'b1', 'b2', 'a2']);
	});

	it('gives the order one Pagefind over every shard gives, however the shards are split among threads', () => {
		const result = fc.record({ id: fc.uuid(), score: fc.integer({ min: 0, max: 5 }) });
		fc.assert(
			fc.property(fc.array(fc.array(result, { maxLength: 6 }), { maxLength: 8 }), fc.integer({ min: 1, max: 5 }), (shards, threads) => {
				const perShard = shards.map((results) => [...results].sort((x, y) => y.score - x.score));
				const answers = partitionShards(perShard, threads).map(thread);
				expect(mergeResults(answers)).toEqual(oneThread(perShard));
			}),
		);
	});
});
