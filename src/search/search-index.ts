/**
 * Builds the Pagefind index of a built site with Pagefind's Node API. Shared by the build
 * integration and `scripts/bench-search.ts`, so the benchmark measures exactly what ships.
 *
 * Each page with `data-pagefind-body` is read, its Chinese words separated the way the browser
 * will separate the query (`src/lib/search-words.ts`), and handed to `addHTMLFile` under its own
 * path; the HTML files themselves are not changed. Every Pagefind response carries `errors`; any
 * error, an English page marked for indexing, or an index without pages stops with a message that
 * says what to check.
 *
 * Large sites are indexed in shards of at most `SHARD_PAGES` pages, each a complete Pagefind index: the
 * first at `pagefind/`, the others at `pagefind/shard-<n>/`, listed in `pagefind/shards.json` for
 * the search page to merge (`mergeIndex`). Pagefind holds a whole index in memory (about 0.75 MB a
 * page here) and its write slows more than linearly with size: one index of 3,000 standards took
 * 50 s and 2.3 GB, so 10,000 in one index would not fit the build's memory at all.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE, separateHtmlWords, separateWords } from '../lib/search-words.ts';
import type { SearchRecord } from './search-entries.ts';
import { shardCount, shardDir, type ShardRecord } from './search-plan.ts';

/** Whether Pagefind's entry file holds JSON (the browser cannot load the index without it). */
function entryIsReadable(outputPath: string): boolean {
	try {
		JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
		return true;
	} catch {
		return false;
	}
}

/** Written by `src/pages/pagefind-records.json.ts`; read, indexed and removed by the integration. */
export const RECORDS_FILE = 'pagefind-records.json';

/**
 * Interface text inside `<main>` (tables of contents, version lists, read receipts, checklist
 * toolbars, edit links) is already marked `no-print` for the print styles; what is not worth
 * printing is not worth finding either. Buttons and hidden elements are controls and messages.
 */
export const INDEX_CONFIG: pagefind.PagefindServiceConfig = {
	excludeSelectors: ['.no-print', '[hidden]', 'button'],
	forceLanguage: INDEX_LANGUAGE,
};

/** Pagefind's prebuilt UI bundles; the site has its own search element over `pagefind.js`. */
const UNUSED_BUNDLES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

export class SearchIndexError extends Error {
	override name = 'SearchIndexError';
}

export interface IndexSummary {
	/** Pages with `data-pagefind-body`. */
	pages: number;
	records: number;
	/** Indexes written (see `SHARD_PAGES`). */
	shards: number;
	outputPath: string;
	/** What each shard holds, for the next build to reuse (src/search/search-plan.ts). */
	shardList: ShardRecord[];
}

/** The digest a page is known by between builds: of its HTML as built. */
export const pageDigest = (html: string) => createHash('sha1').update(html).digest('base64url');
/** The digest of the records (glossary terms, quiz and assessment titles). */
export const recordsDigest = (records: readonly SearchRecord[]) => createHash('sha1').update(JSON.stringify(records)).digest('base64url');

async function check<T extends { errors: string[] }>(step: string, call: () => Promise<T>): Promise<T> {
	let response: T;
	try {
		response = await call();
	} catch (error) {
		throw new SearchIndexError(`Search index: Pagefind ${step} failed: ${(error as Error).message}`);
	}
	if (response.errors.length > 0) {
		throw new SearchIndexError(`Search index: Pagefind ${step} reported errors:\n${response.errors.map((e) => `  - ${e}`).join('\n')}`);
	}
	return response;
}

/** Absolute paths of the HTML files under `dir`, the search index's own folder left out. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** A page is indexed when its `<main>` carries `data-pagefind-body`; it must then be a zh-CN page. */
export function indexablePage(sourcePath: string, html: string): boolean {
	if (!/<main\b[^>]*\sdata-pagefind-body/.test(html)) return false;
	if (!/<html[^>]*\slang="zh-CN"/.test(html)) {
		throw new SearchIndexError(
			`Search index: ${sourcePath} carries data-pagefind-body but is not a zh-CN page; only zh-CN pages are indexed (the English UI repeats the same content). Check src/layouts/BaseLayout.astro and src/search/search-entries.ts.`,
		);
	}
	return true;
}

/**
 * The part of a page Pagefind reads: the head (the filter and meta tags are there) and `<main>`
 * (the indexed body). The site's header, side column and footer are left out before the words are
 * separated, which is the costliest step of indexing a page; Pagefind would skip them anyway.
 */
export function indexedPart(html: string): string {
	const head = /^[\s\S]*?<\/head>/i.exec(html)?.[0];
	const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0];
	return head && main ? `${head}<body>${main}</body></html>` : html;
}

/**
 * Most pages in one index shard: Pagefind then holds under 0.8 GB (2,000 took the 10,000-standard build
 * to 4.4 GB in all), and 11 shards merge in the browser at 10,000.
 */
export const SHARD_PAGES = Number(process.env.PROCESSBOOK_SEARCH_SHARD_PAGES ?? 1000);

/**
 * Shards of equal size (`shardCount` of them): a last shard of a few pages would rank its pages by
 * its own tiny word statistics. 10,030 pages in shards of at most 1,000 → 11 shards of 912;
 * 1,030 → 4 of 258.
 */
export const shardSize = (pages: number, most = SHARD_PAGES) => Math.ceil(pages / shardCount(pages, most));
/** The list of shards beside the first index, which the search page reads. */
export const SHARDS_FILE = 'shards.json';

/** Writes the list of the shards after the first, as URLs the browser fetches (`/pagefind/shard-2/`). */
export function writeShardList(outputPath: string, shards: readonly ShardRecord[]): void {
	const urls = shards.filter((shard) => shard.dir !== '').map((shard) => `/pagefind/${shard.dir}/`);
	// Replaced, not written through: a rebuild's copy of the last index is linked to the cache's.
	rmSync(join(outputPath, SHARDS_FILE), { force: true });
	writeFileSync(join(outputPath, SHARDS_FILE), JSON.stringify(urls));
}

/**
 * Builds the index page by page: `add` as pages become available (each call awaited before the
 * next), then `finish`. A shard is written (and its memory in Pagefind freed) as soon as it is
 * full, so indexing overlaps whatever produces the pages: Pagefind works in its own process.
 */
export class SearchIndexBuilder {
	readonly #outputPath: string;
	readonly #most: number;
	#shardPages: number;
	#index: pagefind.PagefindIndex | undefined;
	#inShard = 0;
	#dirs: readonly string[] | undefined;
	#shardList: ShardRecord[] = [];
	#holding: ShardRecord = { dir: '', pages: {} };
	#pages = 0;
	#records = 0;
	/** Pagefind answers in order; the builder waits for a shard's pages before writing it. */
	#pending: Promise<unknown>[] = [];

	constructor(options: { outputPath: string; shardPages?: number }) {
		this.#outputPath = options.outputPath;
		this.#most = options.shardPages ?? SHARD_PAGES;
		this.#shardPages = Math.max(1, this.#most);
	}

	/**
	 * Writes the shards into these folders of the output path, in order ('' is the output path
	 * itself), of `shardPages` pages each: a rebuild's fresh shards beside the copied ones.
	 */
	useLayout(dirs: readonly string[], shardPages: number): void {
		this.#dirs = dirs;
		this.#shardPages = Math.max(1, shardPages);
	}

	/** Sizes the shards equally for this many pages (before the first `add`). */
	expectPages(pages: number): void {
		if (this.#pages === 0) this.#shardPages = Math.max(1, shardSize(pages, this.#most));
	}

	get pages(): number {
		return this.#pages;
	}

	async #current(): Promise<pagefind.PagefindIndex> {
		if (this.#index) return this.#index;
		const { index } = await check('createIndex', () => pagefind.createIndex(INDEX_CONFIG));
		if (!index) throw new SearchIndexError('Search index: Pagefind createIndex returned no index.');
		this.#index = index;
		return index;
	}

	/** Indexes the page if it is one to index; `sourcePath` is its output path (`standards/a/index.html`). */
	async add(sourcePath: string, html: string): Promise<boolean> {
		if (!indexablePage(sourcePath, html)) return false;
		// A full shard is written when the next page comes, so the last one still takes the records.
		if (this.#inShard >= this.#shardPages) await this.#writeShard();
		this.#pages += 1;
		this.#inShard += 1;
		this.#holding.pages[sourcePath] = pageDigest(html);
		const index = await this.#current();
		// Pagefind computes the URL from the relative source path (about/index.html → /about/).
		const added = check(`addHTMLFile(${sourcePath})`, () =>
			index.addHTMLFile({ sourcePath, content: separateHtmlWords(indexedPart(html)) }),
		);
		// Awaited when the shard is written; a failure must not go unhandled until then.
		added.catch(() => undefined);
		this.#pending.push(added);
		return true;
	}

	async #writeShard(): Promise<void> {
		const index = this.#index;
		if (!index) return;
		await Promise.all(this.#pending);
		this.#pending = [];
		const n = this.#shardList.length;
		const dir = this.#dirs?.[n] ?? shardDir(n);
		const outputPath = dir ? join(this.#outputPath, dir) : this.#outputPath;
		await check(`writeFiles(${outputPath})`, () => index.writeFiles({ outputPath }));
		// Seen once on a fresh clone: Pagefind reported success but left pagefind-entry.json empty, and every
		// search then failed in the browser. Write again once; a second empty entry stops the build.
		if (!entryIsReadable(outputPath)) await check(`writeFiles(${outputPath}) again`, () => index.writeFiles({ outputPath }));
		if (!entryIsReadable(outputPath))
			throw new SearchIndexError(`Search index: ${join(outputPath, 'pagefind-entry.json')} is empty after writing.`);
		await index.deleteIndex();
		for (const bundle of UNUSED_BUNDLES) rmSync(join(outputPath, bundle), { force: true });
		this.#shardList.push({ ...this.#holding, dir });
		this.#holding = { dir: '', pages: {} };
		this.#index = undefined;
		this.#inShard = 0;
	}

	/** Adds records that have no page (glossary terms, quiz and assessment titles) to the current shard. */
	async addRecords(records: readonly SearchRecord[]): Promise<void> {
		const index = await this.#current();
		for (const record of records) {
			const separated = {
				...record,
				language: INDEX_LANGUAGE,
				content: separateWords(record.content),
				meta: { ...record.meta, title: separateWords(record.meta.title ?? '') },
			};
			await check(`addCustomRecord(${record.url})`, () => index.addCustomRecord(separated));
		}
		this.#records += records.length;
		this.#holding.records = recordsDigest(records);
	}

	/** Writes the shard in progress and the list of shards. */
	async finish(): Promise<IndexSummary> {
		try {
			if (this.#pages === 0) {
				throw new SearchIndexError(
					'Search index: no page carries data-pagefind-body, so nothing would be searchable. Check src/layouts/BaseLayout.astro and src/search/search-entries.ts.',
				);
			}
			await this.#writeShard();
			writeShardList(this.#outputPath, this.#shardList);
			return {
				pages: this.#pages,
				records: this.#records,
				shards: this.#shardList.length,
				outputPath: this.#outputPath,
				shardList: this.#shardList,
			};
		} finally {
			await this.close();
		}
	}

	/** Stops Pagefind's service (after a failure too, so the build process can exit). */
	async close(): Promise<void> {
		await Promise.allSettled(this.#pending);
		await pagefind.close();
	}
}

/** Indexes the pages under `siteDir` plus `records`, and writes the bundle to `outputPath`. */
export async function writeSearchIndex(options: {
	siteDir: string;
	records: readonly SearchRecord[];
	outputPath?: string;
	/** Most pages in one shard (default `SHARD_PAGES`). */
	shardPages?: number;
}): Promise<IndexSummary> {
	const { siteDir, records } = options;
	const pageOf = (file: string) => relative(siteDir, file).split(sep).join('/');
	// Read twice (a test, then the pages one by one) rather than holding every page in memory.
	const pages = htmlFiles(siteDir).filter((file) => indexablePage(pageOf(file), readFileSync(file, 'utf8')));
	const builder = new SearchIndexBuilder({ outputPath: options.outputPath ?? join(siteDir, 'pagefind'), shardPages: options.shardPages });
	builder.expectPages(pages.length);
	try {
		// The records go into the first shard, which is as large as the others.
		await builder.addRecords(records);
		for (const file of pages) await builder.add(pageOf(file), readFileSync(file, 'utf8'));
	} catch (error) {
		await builder.close();
		throw error;
	}
	return builder.finish();
}
