/**
 * The live search index of a build, as the rendering thread sees it: pages are posted to the search
 * worker (src/search/search-worker.ts), which separates the words and feeds Pagefind while the next
 * pages render. At most `BACKLOG` pages wait in the worker (the rendering waits beyond that), so a
 * slow index cannot hold the whole site's HTML in memory.
 */
import { Worker } from 'node:worker_threads';
import type { LiveSearchIndex } from './live-index.ts';
import type { SearchRecord } from './search-entries.ts';
import { indexablePage, pageDigest, SearchIndexError, type IndexSummary } from './search-index.ts';
import type { FromWorker, ToWorker } from './search-worker.ts';

/**
 * Pages the rendering may run ahead of the worker: up to ~60 MB of HTML. While a full shard is being
 * written (3–6 s), the worker takes no pages; with a backlog of 64 the rendering stopped too, and
 * 1,024 cut rendering and indexing at 1,000 standards by about 5 s (22.0 and 26.2 s against 27.5 and
 * 31.5 s, run in alternation).
 */
const BACKLOG = 1024;

export class SearchThread implements LiveSearchIndex {
	readonly #worker: Worker;
	#sized = false;
	#pages = 0;
	readonly #seen = new Set<string>();
	#waiting = 0;
	#error: Error | undefined;
	#resume: (() => void) | undefined;
	#done: ((summary: IndexSummary) => void) | undefined;
	#failed: ((error: Error) => void) | undefined;

	/** In a rebuild: each rendered page's digest, or null when it is not one to index. */
	readonly #collected = new Map<string, string | null>();
	readonly #collect: boolean;

	/**
	 * `workerUrl` is the worker module (src/search/search-worker.ts, resolved from the project root).
	 * With `collect` (a rebuild that may copy shards of the last index), pages are not indexed while
	 * they render: their digests are kept for the plan (src/search/search-update.ts).
	 */
	constructor(options: { outputPath: string; workerUrl: URL; collect?: boolean }) {
		this.#collect = options.collect ?? false;
		this.#worker = new Worker(options.workerUrl, { workerData: { outputPath: options.outputPath } });
		this.#worker.on('message', (message: FromWorker) => {
			if (message.type === 'added') {
				this.#waiting -= 1;
				if (this.#waiting < BACKLOG) this.#wake();
			} else if (message.type === 'done') this.#done?.(message.summary);
			else this.#fail(message.searchIndexError ? new SearchIndexError(message.message) : new Error(message.message));
		});
		this.#worker.on('error', (error) => this.#fail(error));
		this.#worker.on('exit', (code) => {
			if (code !== 0) this.#fail(new Error(`Search index: the search worker stopped (exit code ${code})`));
		});
	}

	#wake() {
		const resume = this.#resume;
		this.#resume = undefined;
		resume?.();
	}

	#fail(error: Error) {
		this.#error ??= error;
		this.#wake();
		this.#failed?.(this.#error);
	}

	#post(message: ToWorker) {
		this.#worker.postMessage(message);
	}

	get sized(): boolean {
		return this.#sized || this.#pages > 0;
	}

	get pages(): number {
		return this.#pages;
	}

	expectPages(pages: number): void {
		this.#sized = true;
		if (!this.#collect) this.#post({ type: 'size', pages });
	}

	/** Rendered pages (output path → digest of the HTML, or null when not one to index); in `collect` mode only. */
	get collected(): ReadonlyMap<string, string | null> {
		return this.#collected;
	}

	/** Output paths of the pages that reached this index (indexed or not). */
	get seen(): ReadonlySet<string> {
		return this.#seen;
	}

	async add(sourcePath: string, html: string): Promise<boolean> {
		if (this.#error) throw this.#error;
		this.#seen.add(sourcePath);
		if (this.#collect) {
			const indexable = indexablePage(sourcePath, html);
			this.#collected.set(sourcePath, indexable ? pageDigest(html) : null);
			return indexable;
		}
		if (!indexablePage(sourcePath, html)) return false;
		this.#pages += 1;
		this.#waiting += 1;
		this.#post({ type: 'page', sourcePath, html });
		if (this.#waiting >= BACKLOG) await new Promise<void>((resolve) => (this.#resume = resolve));
		if (this.#error) throw this.#error;
		return true;
	}

	/**
	 * Indexes `files` (absolute paths of built pages that did not pass through the rendering: pages
	 * the incremental build copied from the last build), adds the records, writes the last shard
	 * and the shard list; resolves with the summary.
	 */
	finish(records: readonly SearchRecord[], files: readonly { path: string; sourcePath: string }[] = []): Promise<IndexSummary> {
		const result = new Promise<IndexSummary>((resolve, reject) => {
			this.#done = resolve;
			this.#failed = reject;
		});
		if (this.#error) return Promise.reject(this.#error);
		this.#post({ type: 'finish', records: [...records], files: [...files] });
		return result.finally(() => this.close());
	}

	async close(): Promise<void> {
		await this.#worker.terminate();
	}
}
