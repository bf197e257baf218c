/**
 * Index pages must not grow with the library: a list longer than a page is split into numbered
 * pages (`…/`, `…/2/`, `…/3/`), and an overview shows the first few entries of each group with a
 * link to the rest. Pure, so the split is unit-tested without a build.
 */

export interface Page<T> {
	/** 1-based. */
	number: number;
	total: number;
	items: T[];
	/** Path segment after the list's base: '' for the first page, '2/' for the second. */
	segment: string;
}

/** Splits `items` into pages of `size` (at least one page, possibly empty). */
export function pages<T>(items: readonly T[], size: number): Page<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new Error(`page size: expected a whole number above 0, got ${size}`);
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, i) => ({
		number: i + 1,
		total,
		items: items.slice(i * size, (i + 1) * size),
		segment: i === 0 ? '' : `${i + 1}/`,
	}));
}

/** The URL of page `number` under `base` (which ends in a slash). */
export function pageHref(base: string, number: number): string {
	return number <= 1 ? base : `${base}${number}/`;
}

/** The first `limit` items of a group, and whether some were left for the full list. */
export function preview<T>(items: readonly T[], limit: number): { items: T[]; more: boolean } {
	return { items: items.slice(0, limit), more: items.length > limit };
}
