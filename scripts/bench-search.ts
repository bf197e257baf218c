/**
 * `npm run bench:search`: the size of the search index and how fast search feels, on the shipped
 * content and on a generated corpus (10,000 pages by default). A benchmark, not a test: it prints
 * figures (recorded in README.md) and fails only when it cannot run.
 *
 * Usage: npm run build && npm run bench:search [-- --pages 10000]
 * Reads the built site from PROCESSBOOK_OUT_DIR (default dist/). The corpus is generated as HTML
 * (scripts/bench-corpus.ts) and indexed with the same code as the build (src/search/search-index.ts),
 * then searched through the built /search/ page in Chromium, served by scripts/serve-dist.ts
 * (no HTTP compression) on BENCH_PORT (default 4361). BENCH_KEEP=1 keeps the corpus folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { writeSearchIndex } from '../src/search/search-index.ts';
import { writeCorpus } from './bench-corpus.ts';
import { findChromium } from './browser.ts';

const SITE = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4361);
const pagesArg = process.argv.indexOf('--pages');
const PAGES = pagesArg > 0 ? Number(process.argv[pagesArg + 1]) : 10_000;
if (!Number.isInteger(PAGES) || PAGES < 1) throw new Error('--pages expects a whole number of pages, e.g. --pages 10000');
/**
 * Typed one after another in one visit: the first is cold (nothing loaded), the rest warm. Each is
 * typed twice over, in two visits: character by character, and as a Chinese reader types it, with
 * a pinyin input method (the letters composed, then the words chosen at once), its pinyin here.
 */
const QUERIES: Record<string, string> = {
	风险评估: 'fengxianpinggu',
	需求: 'xuqiu',
	验收标准: 'yanshoubiaozhun',
	沟通: 'goutong',
	质量控制: 'zhiliangkongzhi',
	里程碑: 'lichengbei',
	客户经理: 'kehujingli',
};
type Typing = 'keys' | 'pinyin';

interface Figures {
	pages: number;
	html: number;
	indexSeconds?: number;
	sizes: Record<'total' | 'words' | 'fragments' | 'filters' | 'code', { files: number; bytes: number }>;
	coldBytes: { raw: number; gzip: number };
	warmBytes: number;
	coldMs: number;
	warmMs: number;
	/** The same for the whole first page of ten (the first results show as their fragments arrive). */
	warmFullMs: number;
	pinyinColdMs: number;
	pinyinWarmMs: number;
	/** Median number of pages a query matched. */
	matches: number;
}

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function indexSizes(site: string): Figures['sizes'] {
	const sizes = Object.fromEntries(
		['total', 'words', 'fragments', 'filters', 'code'].map((k) => [k, { files: 0, bytes: 0 }]),
	) as Figures['sizes'];
	for (const file of files(join(site, 'pagefind'))) {
		const kind = file.includes('/index/')
			? 'words'
			: file.includes('/fragment/')
				? 'fragments'
				: file.includes('/filter/') || file.endsWith('.pf_meta')
					? 'filters'
					: 'code';
		const bytes = statSync(file).size;
		for (const key of ['total', kind] as const) {
			sizes[key].files += 1;
			sizes[key].bytes += bytes;
		}
	}
	return sizes;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Starts the static server on `site` on a free port and waits until it answers; the returned stop
 * waits for it to exit, so the next server can take the port (a server still closing answered for
 * the next site).
 */
async function serve(site: string): Promise<() => Promise<void>> {
	// A server left running (by a benchmark that crashed) would answer for this site, unseen.
	const taken = await fetch(`http://localhost:${PORT}/`).then(
		() => true,
		() => false,
	);
	if (taken) throw new Error(`Port ${PORT} is already served by another process: stop it, or set BENCH_PORT to a free port.`);
	const server = spawn(process.execPath, ['scripts/serve-dist.ts', String(PORT)], {
		env: { ...process.env, PROCESSBOOK_OUT_DIR: site },
		stdio: 'ignore',
	});
	const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
	const stop = async () => {
		server.kill();
		await exited;
	};
	for (let i = 0; i < 50; i++) {
		if (server.exitCode !== null) break;
		if (
			await fetch(`http://localhost:${PORT}/search/`).then(
				(r) => r.ok,
				() => false,
			)
		)
			return stop;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await stop();
	throw new Error(`The test server did not start on port ${PORT}; set BENCH_PORT to a free port.`);
}

type Measured = Pick<Figures, 'coldBytes' | 'warmBytes' | 'coldMs' | 'warmMs' | 'warmFullMs' | 'matches'>;

/** Both ways of typing, each in a visit of its own, over one server and browser. */
async function measure(site: string): Promise<Measured & Pick<Figures, 'pinyinColdMs' | 'pinyinWarmMs'>> {
	const stop = await serve(site);
	const found = findChromium();
	const browser = await chromium.launch({
		...(found?.source === 'system' ? { executablePath: found.path } : {}),
		args: ['--disable-background-networking', '--disable-component-update'],
	});
	try {
		const keys = await visit(site, browser, 'keys');
		const pinyin = await visit(site, browser, 'pinyin');
		return { ...keys, pinyinColdMs: pinyin.coldMs, pinyinWarmMs: pinyin.warmMs };
	} finally {
		await browser.close();
		await stop();
	}
}

/**
 * Types each query into /search/ like a reader and measures bytes fetched and the time from the last
 * keystroke (with a pinyin input method: choosing the words) to the first results on the page
 * (`data-state` `showing`, or `ready` at once), and to the whole first page (`ready`).
 */
async function visit(site: string, browser: Browser, typing: Typing): Promise<Measured> {
	const context = await browser.newContext();
	try {
		// The worker's requests are the context's too. Sizes come from the files, as the server sends them.
		const fetched: string[] = [];
		context.on('requestfinished', (request) => {
			const path = new URL(request.url()).pathname;
			if (path.startsWith('/pagefind/')) fetched.push(path);
		});
		const page = await context.newPage();
		await page.goto(`http://localhost:${PORT}/search/`);
		await page.evaluate(() => {
			const search = document.querySelector('pb-search') as HTMLElement;
			const w = window as unknown as { lastKey: number; shownAt: Record<string, number>; readyAt: Record<string, number> };
			w.shownAt = {};
			w.readyAt = {};
			// Playwright types CJK characters as text input without keydown, so the last input event is the last keystroke.
			addEventListener('input', () => (w.lastKey = performance.now()), true);
			new MutationObserver(() => {
				const query = search.dataset.query ?? '';
				const state = search.dataset.state;
				if ((state === 'showing' || state === 'ready') && !(query in w.shownAt)) w.shownAt[query] = performance.now();
				if (state === 'ready' && !(query in w.readyAt)) w.readyAt[query] = performance.now();
			}).observe(search, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
		});
		const box = page.locator('#search-query');
		const bytes: number[] = [];
		const gzip: number[] = [];
		const times: number[] = [];
		const full: number[] = [];
		const matches: number[] = [];
		for (const [query, pinyin] of Object.entries(QUERIES)) {
			const before = fetched.length;
			await box.click();
			await box.press('Control+a');
			if (typing === 'keys') await page.keyboard.type(query, { delay: 80 });
			else {
				// Chromium's input method events: the letters composed one by one, then the words chosen.
				const cdp = await page.context().newCDPSession(page);
				for (let i = 1; i <= pinyin.length; i++) {
					await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
					await page.waitForTimeout(60);
				}
				await cdp.send('Input.insertText', { text: query });
				await cdp.detach();
			}
			await page.locator(`pb-search[data-state="ready"][data-query="${query}"]`).waitFor();
			await page.waitForLoadState('networkidle');
			matches.push(Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0] ?? 0));
			const paths = fetched.slice(before).map((path) => join(site, decodeURIComponent(path)));
			bytes.push(paths.reduce((sum, file) => sum + statSync(file).size, 0));
			gzip.push(
				paths.reduce(
					(sum, file) => sum + (['.js', '.json'].includes(extname(file)) ? gzipSync(readFileSync(file)).byteLength : statSync(file).size),
					0,
				),
			);
			const [shown, ready] = await page.evaluate((q) => {
				const w = window as unknown as { lastKey: number; shownAt: Record<string, number>; readyAt: Record<string, number> };
				return [(w.shownAt[q] ?? NaN) - w.lastKey, (w.readyAt[q] ?? NaN) - w.lastKey];
			}, query);
			times.push(shown!);
			full.push(ready!);
		}
		return {
			coldBytes: { raw: bytes[0]!, gzip: gzip[0]! },
			warmBytes: median(bytes.slice(1)),
			coldMs: times[0]!,
			warmMs: median(times.slice(1)),
			warmFullMs: median(full.slice(1)),
			matches: median(matches),
		};
	} finally {
		await context.close();
	}
}

async function shipped(): Promise<Figures> {
	if (!existsSync(join(SITE, 'pagefind', 'pagefind-entry.json')) || !existsSync(join(SITE, 'search', 'index.html'))) {
		throw new Error(`No built site with a search index in ${SITE}/: run npm run build first.`);
	}
	const indexed = files(SITE).filter(
		(f) => f.endsWith('.html') && !f.includes(`${SITE}/pagefind`) && /<main\b[^>]*\sdata-pagefind-body/.test(readFileSync(f, 'utf8')),
	);
	const html = indexed.reduce((sum, f) => sum + statSync(f).size, 0);
	const entry = JSON.parse(readFileSync(join(SITE, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
	return { pages, html, sizes: indexSizes(SITE), ...(await measure(SITE)) };
}

async function generated(): Promise<Figures> {
	const dir = mkdtempSync(join(tmpdir(), 'processbook-bench-'));
	try {
		const html = writeCorpus(dir, PAGES);
		// The same search page and assets as the shipped site, over the corpus's index.
		for (const part of ['search', '_astro', '404.html', 'favicon.svg'])
			if (existsSync(join(SITE, part))) cpSync(join(SITE, part), join(dir, part), { recursive: true });
		const started = performance.now();
		const summary = await writeSearchIndex({ siteDir: dir, records: [] });
		const indexSeconds = (performance.now() - started) / 1000;
		return { pages: summary.pages, html, indexSeconds, sizes: indexSizes(dir), ...(await measure(dir)) };
	} finally {
		if (process.env.BENCH_KEEP) console.log(`Corpus kept in ${dir} (serve it with PROCESSBOOK_OUT_DIR=${dir} node scripts/serve-dist.ts).`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const size = (s: { files: number; bytes: number }) => `${s.bytes > 1024 * 1024 ? MB(s.bytes) : kB(s.bytes)} in ${s.files} files`;

function report(columns: [string, Figures][]) {
	const rows: [string, (f: Figures) => string][] = [
		['pages and records indexed', (f) => String(f.pages)],
		['HTML of the indexed pages', (f) => MB(f.html)],
		['time to index (Node API)', (f) => (f.indexSeconds === undefined ? 'part of npm run build' : `${f.indexSeconds.toFixed(1)} s`)],
		['index on disk, total', (f) => size(f.sizes.total)],
		['  word index chunks', (f) => size(f.sizes.words)],
		['  page fragments', (f) => size(f.sizes.fragments)],
		['  filters and metadata', (f) => size(f.sizes.filters)],
		['  pagefind.js, worker, wasm', (f) => size(f.sizes.code)],
		['pages a query matches (median)', (f) => String(f.matches)],
		['first query: bytes fetched', (f) => `${kB(f.coldBytes.raw)} (${kB(f.coldBytes.gzip)} with gzip)`],
		['next queries: bytes fetched (median)', (f) => kB(f.warmBytes)],
		['last keystroke → results, first query', (f) => `${Math.round(f.coldMs)} ms`],
		['last keystroke → results, next (median)', (f) => `${Math.round(f.warmMs)} ms`],
		['  → all ten of the first page', (f) => `${Math.round(f.warmFullMs)} ms`],
		['pinyin: words chosen → results, first', (f) => `${Math.round(f.pinyinColdMs)} ms`],
		['pinyin: words chosen → results, next (median)', (f) => `${Math.round(f.pinyinWarmMs)} ms`],
	];
	const width = Math.max(...rows.map(([label]) => label.length)) + 2;
	console.log(`${''.padEnd(width)}${columns.map(([name]) => name.padEnd(30)).join('')}`);
	for (const [label, cell] of rows) console.log(`${label.padEnd(width)}${columns.map(([, f]) => cell(f).padEnd(30)).join('')}`);
	console.log(`\nQueries typed at 80 ms a key in headless Chromium: ${Object.keys(QUERIES).join(', ')}.`);
	console.log('"Results" means the first result shown (each shows as its fragment arrives, in its final place). Typed key by key,');
	console.log('the time includes the 120 ms typing pause the search page waits for; with pinyin (a letter every 60 ms, then the');
	console.log('words chosen), the search starts when the words are chosen. Bytes are as served without HTTP compression');
	console.log('(Pagefind\'s index files are gzipped already); "with gzip" compresses the JavaScript as a static host would.');
}

const columns: [string, Figures][] = [['shipped content', await shipped()]];
console.log(`Indexing a generated corpus of ${PAGES} pages…`);
columns.push([`generated, ${PAGES} pages`, await generated()]);
report(columns);
