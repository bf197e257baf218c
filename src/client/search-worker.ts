/**
 * A search thread of the search page (src/client/search-pool.ts): it runs Pagefind over a run of
 * consecutive index shards, so several threads search a large index side by side. Pagefind's own
 * code (`/pagefind/pagefind.js`, written by the build) is imported here; in a worker it has no
 * worker of its own and searches on this thread. Messages are `{ id, method, args }`, answered with
 * `{ id, result }` or `{ id, error }`. A search's results stay here, by search number, until its
 * page fragments are asked for (`data`); only the latest few searches are kept.
 */
import { INDEX_OPTIONS, PAGEFIND_URL, SHARD_OPTIONS, type FilterCounts } from '../lib/search-merge.ts';
import type { PagefindFragment } from '../lib/search-results.ts';

/** The parts of one Pagefind instance (`createInstance`) this thread uses. */
interface PagefindInstance {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string | null, options?: { filters?: object }): Promise<PagefindResponse>;
	preload(term: string, options?: { filters?: object }): Promise<void>;
	filters(): Promise<FilterCounts>;
}
interface PagefindResponse {
	results: { id: string; score: number; matchedMetaFields?: string[]; data(): Promise<PagefindFragment> }[];
	unfilteredResultCount: number;
	totalFilters: FilterCounts;
}

/** What a search sends back: results without their fragments, which are fetched by position. */
export interface ThreadSearch {
	search: number;
	results: { id: string; score: number; matchedMetaFields?: string[] | undefined }[];
	unfilteredResultCount: number;
	totalFilters: FilterCounts;
}

export interface ThreadMethods {
	open(shards: string[]): Promise<void>;
	search(term: string | null, options: { filters?: object }): Promise<ThreadSearch>;
	preload(term: string, options: { filters?: object }): Promise<void>;
	filters(): Promise<FilterCounts>;
	data(search: number, position: number): Promise<PagefindFragment>;
}

export type ThreadRequest = {
	[M in keyof ThreadMethods]: { id: number; method: M; args: Parameters<ThreadMethods[M]> };
}[keyof ThreadMethods];
export type ThreadReply = { id: number; result: unknown } | { id: number; error: string };

/** Searches whose fragments can still be asked for: the current one, and a few the page may still be showing. */
const KEPT_SEARCHES = 6;

const scope = globalThis as unknown as {
	postMessage(message: ThreadReply): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<ThreadRequest>) => void): void;
};

let pagefind: Promise<PagefindInstance> | undefined;
let searches = 0;
const kept = new Map<number, PagefindResponse['results']>();

function instance(): Promise<PagefindInstance> {
	if (!pagefind) throw new Error('The search thread was not opened');
	return pagefind;
}

const methods: ThreadMethods = {
	async open(shards) {
		pagefind ??= (async () => {
			const [first, ...rest] = shards;
			const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as {
				createInstance(options: Record<string, unknown>): PagefindInstance;
			};
			const api = module.createInstance({ basePath: first, ...INDEX_OPTIONS });
			await Promise.all(rest.map((url) => api.mergeIndex(url, SHARD_OPTIONS)));
			return api;
		})();
		await pagefind;
	},
	async search(term, options) {
		const response = await (await instance()).search(term, options);
		const search = ++searches;
		kept.set(search, response.results);
		kept.delete(search - KEPT_SEARCHES);
		return {
			search,
			results: response.results.map(({ id, score, matchedMetaFields }) => ({ id, score, matchedMetaFields })),
			unfilteredResultCount: response.unfilteredResultCount,
			totalFilters: response.totalFilters,
		};
	},
	async preload(term, options) {
		await (await instance()).preload(term, options);
	},
	async filters() {
		return (await instance()).filters();
	},
	async data(search, position) {
		const result = kept.get(search)?.[position];
		if (!result) throw new Error(`Search ${search} has no result ${position} any more`);
		return result.data();
	},
};

scope.addEventListener('message', (event) => {
	const { id, method, args } = event.data;
	// Each method takes its own arguments; the union of requests pairs them.
	const call = methods[method] as (...a: typeof args) => Promise<unknown>;
	call(...args).then(
		(result) => scope.postMessage({ id, result }),
		(error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
	);
});
