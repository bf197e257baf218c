/** Splitting long lists into pages, and the overview's first entries. */
import { describe, expect, it } from 'vitest';
import { pageHref, pages, preview } from '../../src/lib/paging.ts';

describe('pages', () => {
	it('splits a list into pages of the given size, the last one shorter', () => {
		const split = pages([1, 2, 3, 4, 5], 2);
		expect(split.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(split.map((p) => [p.number, p.total, p.segment])).toEqual([
			[1, 3, ''],
			[2, 3, '2/'],
			[3, 3, '3/'],
		]);
	});

	it('gives one empty page for an empty list, and refuses a size below 1', () => {
		expect(pages([], 10)).toEqual([{ number: 1, total: 1, items: [], segment: '' }]);
		expect(() => pages([1], 0)).toThrow(/page size/);
	});

	it('keeps every item exactly once whatever the size', () => {
		const items = Array.from({ length: 1003 }, (_, i) => i);
		for (const size of [1, 7, 100, 2000]) expect(pages(items, size).flatMap((p) => p.items)).toEqual(items);
	});
});

describe('pageHref and preview', () => {
	it('links the first page at the base and the others by number', () => {
		expect(pageHref('/standards/list/planning/', 1)).toBe('/standards/list/planning/');
		expect(pageHref('/standards/list/planning/', 3)).toBe('/standards/list/planning/3/');
	});

	it('says when a group has more entries than the overview shows', () => {
		expect(preview([1, 2, 3], 3)).toEqual({ items: [1, 2, 3], more: false });
		expect(preview([1, 2, 3, 4], 3)).toEqual({ items: [1, 2, 3], more: true });
	});
});
