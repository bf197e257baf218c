/**
 * The search page's index: Pagefind over every shard of the site's index, searched on a few worker
 * threads side by side (src/client/search-worker.ts), each holding a run of consecutive shards. One
 * Pagefind searches merged shards one after another on one thread: at 10,000 pages that was 100–250
 * ms of the wait after the last keystroke. Answers are merged as Pagefind merges shards
 * (src/lib/search-merge.ts). A browser that cannot start a module worker gets Pagefind's own API.
 */
import {
	INDEX_OPTIONS,
	mergeFilterCounts,
	mergeResults,
	PAGEFIND_URL,
	partitionShards,
	SHARD_OPTIONS,
	type FilterCounts,
} from '../lib/search-merge.ts';
import type { PagefindFragment } from '../lib/search-results.ts';
import type { ThreadMethods, ThreadReply, ThreadRequest, ThreadSearch } from './search-worker.ts';

export interface SearchResult {
	id: string;
	score: number;
	/** The meta fields holding a word of the query. */
	matchedMetaFields?: readonly string[] | undefined;
	data(): Promise<PagefindFragment>;
}
export interface SearchResponse {
	results: SearchResult[];
	unfilteredResultCount: number;
	totalFilters: FilterCounts;
}
export interface SearchIndex {
	search(term: string | null, options?: { filters?: object }): Promise<SearchResponse>;
	/** Fetches the index chunks a query will need, without searching. */
	preload(term: string, options?: { filters?: object }): Promise<void>;
	/** Every filter value in the index, with its page count. */
	filters(): Promise<FilterCounts>;
	/** Stops the threads; the index cannot be searched afterwards. */
	close(): void;
}

/** More threads than this gain little: each loads its own copy of Pagefind's WebAssembly. */
const MAX_THREADS = 4;

/** One worker thread, called like a local object. */
class SearchThread {
	#worker: Worker;
	#calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
	#next = 0;
	/** Set when the worker failed: every call fails at once instead of waiting for an answer that cannot come. */
	#failure: Error | undefined;

	constructor() {
		this.#worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
		this.#worker.addEventListener('message', (event: MessageEvent<ThreadReply>) => {
			const reply = event.data;
			const call = this.#calls.get(reply.id);
			this.#calls.delete(reply.id);
			if ('error' in reply) call?.reject(new Error(reply.error));
			else call?.resolve(reply.result);
		});
		// A worker that fails to load (or dies) fails every call waiting on it, never leaves one hanging.
		this.#worker.addEventListener('error', (event) => {
			event.preventDefault();
			this.#failure = new Error(`Search thread failed: ${event.message}`);
			for (const call of this.#calls.values()) call.reject(this.#failure);
			this.#calls.clear();
		});
	}

	call<M extends keyof ThreadMethods>(method: M, ...args: Parameters<ThreadMethods[M]>): ReturnType<ThreadMethods[M]> {
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			if (this.#failure) return reject(this.#failure);
			this.#calls.set(id, { resolve, reject });
			this.#worker.postMessage({ id, method, args } as ThreadRequest);
		}) as ReturnType<ThreadMethods[M]>;
	}

	terminate() {
		this.#worker.terminate();
	}
}

/** The index over worker threads: `shards` are the index folders, the site's own first. */
async function threaded(shards: string[]): Promise<SearchIndex> {
	const runs = partitionShards(shards, Math.min(MAX_THREADS, navigator.hardwareConcurrency || 2));
	const threads = runs.map(() => new SearchThread());
	try {
		await Promise.all(threads.map((thread, i) => thread.call('open', runs[i]!)));
	} catch (error) {
		for (const thread of threads) thread.terminate();
		throw error;
	}
	return {
		async search(term, options = {}) {
			const answers: ThreadSearch[] = await Promise.all(threads.map((thread) => thread.call('search', term, options)));
			const lists = answers.map((answer, t) =>
				answer.results.map((result, position) => ({
					...result,
					data: () => threads[t]!.call('data', answer.search, position),
				})),
			);
			return {
				results: mergeResults(lists),
				unfilteredResultCount: answers.reduce((sum, answer) => sum + answer.unfilteredResultCount, 0),
				totalFilters: mergeFilterCounts(answers.map((answer) => answer.totalFilters)),
			};
		},
		async preload(term, options = {}) {
			await Promise.all(threads.map((thread) => thread.call('preload', term, options)));
		},
		async filters() {
			return mergeFilterCounts(await Promise.all(threads.map((thread) => thread.call('filters'))));
		},
		close() {
			for (const thread of threads) thread.terminate();
		},
	};
}

/** Pagefind's own API on the page: one thread of its own, shards merged one after another. */
async function direct(shards: string[]): Promise<SearchIndex> {
	const api = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Omit<SearchIndex, 'close'> & {
		options(options: Record<string, unknown>): Promise<void>;
		mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
		destroy(): Promise<void>;
	};
	await api.options(INDEX_OPTIONS);
	await Promise.all(shards.slice(1).map((url) => api.mergeIndex(url, SHARD_OPTIONS)));
	return {
		search: (term, options) => api.search(term, options),
		preload: (term, options) => api.preload(term, options),
		filters: () => api.filters(),
		close: () => void api.destroy().catch(() => undefined),
	};
}

/** Opens the site's index (`shards`: its folders, the site's own first) for searching. */
export async function openSearchIndex(shards: string[]): Promise<SearchIndex> {
	if (typeof Worker === 'undefined') return direct(shards);
	try {
		return await threaded(shards);
	} catch {
		return direct(shards);
	}
}
