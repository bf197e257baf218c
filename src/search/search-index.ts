/**
 * Builds the Pagefind index of a built site with Pagefind's Node API. Shared by the build
 * integration and `scripts/bench-search.ts`, so the benchmark measures exactly what ships.
 *
 * Each page with `data-pagefind-body` is read, its Chinese words separated the way the browser
 * will separate the query (`src/lib/search-words.ts`), and handed to `addHTMLFile` under its own
 * path; the HTML files themselves are not changed. Every Pagefind response carries `errors`; any
 * error, an English page marked for indexing, or an index without pages stops with a message that
 * says what to check.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE, separateHtmlWords, separateWords } from '../lib/search-words.ts';
import type { SearchRecord } from './search-entries.ts';

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
	outputPath: string;
}

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

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** A page is indexed when its `<main>` carries `data-pagefind-body`; it must then be a zh-CN page. */
function readPage(siteDir: string, file: string): { sourcePath: string; html: string } | undefined {
	const html = readFileSync(file, 'utf8');
	if (!/<main\b[^>]*\sdata-pagefind-body/.test(html)) return undefined;
	const sourcePath = relative(siteDir, file).split(sep).join('/');
	if (!/<html[^>]*\slang="zh-CN"/.test(html)) {
		throw new SearchIndexError(
			`Search index: ${sourcePath} carries data-pagefind-body but is not a zh-CN page; only zh-CN pages are indexed (the English UI repeats the same content). Check src/layouts/BaseLayout.astro and src/search/search-entries.ts.`,
		);
	}
	return { sourcePath, html };
}

/** Files indexed at once: Pagefind's service works on several while the next ones are read. */
const CONCURRENCY = 16;

/** Indexes the pages under `siteDir` plus `records`, and writes the bundle to `outputPath`. */
export async function writeSearchIndex(options: {
	siteDir: string;
	records: readonly SearchRecord[];
	outputPath?: string;
}): Promise<IndexSummary> {
	const { siteDir, records } = options;
	const outputPath = options.outputPath ?? join(siteDir, 'pagefind');
	const files = htmlFiles(siteDir);
	let pages = 0;
	try {
		const { index } = await check('createIndex', () => pagefind.createIndex(INDEX_CONFIG));
		if (!index) throw new SearchIndexError('Search index: Pagefind createIndex returned no index.');
		const addPage = async (file: string) => {
			const page = readPage(siteDir, file);
			if (!page) return;
			pages += 1;
			// Pagefind computes the URL from the relative source path (about/index.html → /about/).
			await check(`addHTMLFile(${page.sourcePath})`, () =>
				index.addHTMLFile({ sourcePath: page.sourcePath, content: separateHtmlWords(page.html) }),
			);
		};
		for (let i = 0; i < files.length; i += CONCURRENCY) await Promise.all(files.slice(i, i + CONCURRENCY).map(addPage));
		if (pages === 0) {
			throw new SearchIndexError(
				'Search index: no page carries data-pagefind-body, so nothing would be searchable. Check src/layouts/BaseLayout.astro and src/search/search-entries.ts.',
			);
		}
		for (const record of records) {
			const separated = {
				...record,
				language: INDEX_LANGUAGE,
				content: separateWords(record.content),
				meta: { ...record.meta, title: separateWords(record.meta.title ?? '') },
			};
			await check(`addCustomRecord(${record.url})`, () => index.addCustomRecord(separated));
		}
		await check(`writeFiles(${outputPath})`, () => index.writeFiles({ outputPath }));
		// Seen once on a fresh clone: Pagefind reported success but left pagefind-entry.json empty, and every
		// search then failed in the browser. Write again once; a second empty entry stops the build.
		if (!entryIsReadable(outputPath)) await check(`writeFiles(${outputPath}) again`, () => index.writeFiles({ outputPath }));
		if (!entryIsReadable(outputPath))
			throw new SearchIndexError(`Search index: ${join(outputPath, 'pagefind-entry.json')} is empty after writing.`);
	} finally {
		await pagefind.close();
	}
	for (const bundle of UNUSED_BUNDLES) rmSync(join(outputPath, bundle), { force: true });
	return { pages, records: records.length, outputPath };
}
