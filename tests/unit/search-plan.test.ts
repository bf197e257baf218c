/** The rebuild's search plan: which shards are copied, which pages indexed again, and where. */
import { describe, expect, it } from 'vitest';
import { planSearchUpdate, shardDir, type ShardRecord } from '../../src/search/search-plan.ts';

const shard = (dir: string, names: string[], records?: string): ShardRecord => ({
	dir,
	pages: Object.fromEntries(names.map((name) => [`${name}/index.html`, `d-${name}`])),
	records,
});
const pagesOf = (names: string[], changed: Record<string, string> = {}) =>
	new Map(names.map((name) => [`${name}/index.html`, changed[name] ?? `d-${name}`]));

const previous = [shard('', ['a', 'b', 'c'], 'r1'), shard('shard-2', ['d', 'e', 'f']), shard('shard-3', ['g', 'h'])];
const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('planSearchUpdate', () => {
	it('copies every shard when nothing changed', () => {
		const plan = planSearchUpdate(previous, pagesOf(all), 'r1', 3);
		expect(plan.keep.map((s) => s.dir)).toEqual(['', 'shard-2', 'shard-3']);
		expect(plan.fresh).toEqual([]);
		expect(plan.dirs).toEqual([]);
		expect(plan.records).toBe(false);
	});

	it('indexes again only the shard of a changed page, into its own folder', () => {
		const plan = planSearchUpdate(previous, pagesOf(all, { e: 'new' }), 'r1', 3);
		expect(plan.keep.map((s) => s.dir)).toEqual(['', 'shard-3']);
		expect(plan.fresh).toEqual(['d/index.html', 'e/index.html', 'f/index.html']);
		expect(plan.dirs).toEqual(['shard-2']);
		expect(plan.shardPages).toBe(3);
		expect(plan.records).toBe(false);
	});

	it('puts a new page in a fresh shard and a removed page makes its shard fresh', () => {
		const added = planSearchUpdate(previous, pagesOf([...all, 'i']), 'r1', 3);
		expect(added.keep).toHaveLength(3);
		expect(added.fresh).toEqual(['i/index.html']);
		expect(added.dirs).toEqual(['shard-4']);
		const removed = planSearchUpdate(previous, pagesOf(all.filter((n) => n !== 'h')), 'r1', 3);
		expect(removed.keep.map((s) => s.dir)).toEqual(['', 'shard-2']);
		expect(removed.fresh).toEqual(['g/index.html']);
	});

	it('indexes the records shard again when the records changed, first folder included', () => {
		const plan = planSearchUpdate(previous, pagesOf(all), 'r2', 3);
		expect(plan.keep.map((s) => s.dir)).toEqual(['shard-2', 'shard-3']);
		expect(plan.fresh).toEqual(['a/index.html', 'b/index.html', 'c/index.html']);
		expect(plan.dirs).toEqual(['']);
		expect(plan.records).toBe(true);
	});

	it('indexes everything anew when it would leave more than two shards too many', () => {
		const many = ['a', 'b', 'c', 'd', 'e'].map((name, n) => shard(shardDir(n), [name], n === 0 ? 'r1' : undefined));
		const plan = planSearchUpdate(many, pagesOf(['a', 'b', 'c', 'd', 'e', 'f']), 'r1', 100);
		expect(plan.keep).toEqual([]);
		expect(plan.fresh).toHaveLength(6);
		expect(plan.dirs).toEqual(['']);
		expect(plan.records).toBe(true);
	});

	it('splits many fresh pages into shards of at most `most`, with unused folder names', () => {
		const plan = planSearchUpdate([shard('shard-2', ['x'])], pagesOf(['x', 'a', 'b', 'c', 'd', 'e']), 'r1', 2);
		expect(plan.keep.map((s) => s.dir)).toEqual(['shard-2']);
		expect(plan.dirs).toEqual(['', 'shard-3', 'shard-4']);
		expect(plan.shardPages).toBe(2);
		expect(plan.records).toBe(true);
	});
});
