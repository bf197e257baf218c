/**
 * The search index a build fills while Astro renders (src/middleware.ts hands it each page's HTML
 * as it is written), so Pagefind indexes on the second core instead of after the last page: at
 * 3,000 standards indexing after the build took 47 s of a 113 s build. Kept on `globalThis`
 * because the integration that starts it and the bundled middleware are separate module copies
 * in one process. Only a build starts one; in the dev server there is none and pages pass through.
 */
export interface LiveSearchIndex {
	/** False until `expectPages` was called or the first page added. */
	readonly sized: boolean;
	/** Sizes the index shards for this many pages; called once, before the first page. */
	expectPages(pages: number): void;
	/** Indexes the page if it is one to index (`standards/a/index.html`); false if it is not. */
	add(sourcePath: string, html: string): Promise<boolean>;
}

const KEY = Symbol.for('processbook.live-search-index');
const holder = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as { index?: LiveSearchIndex | undefined };

export function setLiveSearchIndex(index: LiveSearchIndex | undefined): void {
	holder.index = index;
}

export function liveSearchIndex(): LiveSearchIndex | undefined {
	return holder.index;
}
