/**
 * Search recall, measured as a reader would notice it: for a set of terms, the indexed pages whose
 * visible text holds the term, against the pages the search page lists for it. Neither the terms'
 * pages nor their counts are written here: both come from the built HTML in `dist/` (the terms from
 * the glossary, a fixed list of everyday process words, and words sampled from every indexed page,
 * checklist items included), so a content change never needs a test change.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { pageDigest, writeSearchIndex } from '../../src/search/search-index.ts';
import type { SearchPlan } from '../../src/search/search-plan.ts';
import { updateSearchIndex } from '../../src/search/search-update.ts';
import { expect, listAll, test } from './support.ts';

const SITE = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';
/** Words staff look up; only those some indexed page holds are measured. */
const EVERYDAY = [
	'里程碑',
	'访谈',
	'不合格',
	'甘特图',
	'干系人',
	'验收',
	'风险',
	'沟通',
	'满意度',
	'归档',
	'保密',
	'问卷',
	'培训',
	'预算',
	'复盘',
	'优先级',
];
/** Sampled words per indexed page: enough to reach checklist items and clause bodies, few enough to stay fast. */
const PER_PAGE = 2;
const GOAL = 0.98;

interface IndexedPage {
	url: string;
	text: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** A string's FNV-1a hash: a fixed, content-independent order to sample words in. */
const hash = (text: string) => [...text].reduce((h, c) => Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0, 2166136261);

/** Each indexed page's visible text, read in the browser from the built HTML (what a reader sees). */
async function indexedPages(page: Page): Promise<IndexedPage[]> {
	const files = htmlFiles(SITE).filter((file) => /<main\b[^>]*\sdata-pagefind-body/.test(readFileSync(file, 'utf8')));
	const pages = files.map((file) => ({
		url: `/${relative(SITE, file)
			.split(sep)
			.join('/')
			.replace(/index\.html$/, '')}`,
		html: readFileSync(file, 'utf8'),
	}));
	return page.evaluate((all) => {
		return all.map(({ url, html }) => {
			const doc = new DOMParser().parseFromString(html, 'text/html');
			const main = doc.querySelector('main')!;
			// Interface text the index leaves out on purpose (src/search/search-index.ts), and what is not shown.
			for (const node of main.querySelectorAll('script, style, template, [hidden], .no-print, button, [data-pagefind-ignore]'))
				node.remove();
			return { url, text: (main.textContent ?? '').replace(/\s+/g, '') };
		});
	}, pages);
}

function terms(pages: IndexedPage[]): string[] {
	const glossary = (parse(readFileSync('content/glossary.yaml', 'utf8')) as { term: string }[]).map((t) =>
		t.term.replace(/[（(].*$/, '').trim(),
	);
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	const sampled = pages.flatMap(({ text }) => {
		const words = [...new Set([...segmenter.segment(text)].map((s) => s.segment).filter((w) => /^\p{Script=Han}{2,}$/u.test(w)))];
		return words.sort((a, b) => hash(a) - hash(b)).slice(0, PER_PAGE);
	});
	return [...new Set([...EVERYDAY, ...glossary, ...sampled])].filter((term) =>
		pages.some((p) => p.text.includes(term.replace(/\s+/g, ''))),
	);
}

/** Recall over the derived term set, as the search page on screen lists the results. */
async function measureRecall(page: Page) {
	const pages = await indexedPages(page);
	expect(pages.length).toBeGreaterThan(0);
	const set = terms(pages);
	const listedFor = await listAll(page, set);
	let expected = 0;
	let found = 0;
	const misses: string[] = [];
	for (const term of set) {
		const listed = new Set(listedFor[term]!.map((href) => href.replace(/#.*$/, '')));
		for (const { url, text } of pages) {
			if (!text.includes(term.replace(/\s+/g, ''))) continue;
			expected += 1;
			if (listed.has(url)) found += 1;
			else misses.push(`${term}: ${url}`);
		}
	}
	return {
		recall: found / expected,
		summary: `${found}/${expected} = ${((found / expected) * 100).toFixed(1)}% over ${set.length} terms and ${pages.length} pages`,
		misses,
	};
}

test('every indexed page holding a term is listed for it (recall over a derived term set)', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/search/');
	const { recall, summary, misses } = await measureRecall(page);
	console.log(`search recall: ${summary}`);
	expect(recall, `missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(GOAL);
});

test('the index of a large site, built in shards, lists the same pages: the search page merges every shard', async ({ page }) => {
	test.setTimeout(180_000);
	// The built site indexed again the way a large one is (src/search/search-index.ts), in three shards,
	// and served in place of the one-shard index.
	const dir = mkdtempSync(join(tmpdir(), 'sharded-index-'));
	try {
		const indexed = htmlFiles(SITE).filter((file) => /<main\b[^>]*\sdata-pagefind-body/.test(readFileSync(file, 'utf8'))).length;
		const summary = await writeSearchIndex({ siteDir: SITE, records: [], outputPath: dir, shardPages: Math.ceil(indexed / 3) });
		expect(summary.shards).toBe(3);
		await page.route('**/pagefind/**', (route) =>
			route.fulfill({ path: join(dir, new URL(route.request().url()).pathname.replace(/^\/pagefind\//, '')) }),
		);
		await page.goto('/search/');
		const { recall, summary: measured, misses } = await measureRecall(page);
		console.log(`search recall over 3 shards: ${measured}`);
		expect(recall, `missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(GOAL);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a rebuild updates the index shard by shard: the changed text is found, every other page still is', async ({ page }) => {
	test.setTimeout(180_000);
	// The last build's index in three shards; the next build's site has the same pages, one of them (in the
	// second shard) with a new sentence. The update must copy the other two shards and index that one again.
	const work = mkdtempSync(join(tmpdir(), 'updated-index-'));
	try {
		const indexed = htmlFiles(SITE).filter((file) => /<main\b[^>]*\sdata-pagefind-body/.test(readFileSync(file, 'utf8'))).length;
		const shardPages = Math.ceil(indexed / 3);
		const lastDir = join(work, 'last');
		const site = join(work, 'site');
		const last = await writeSearchIndex({ siteDir: SITE, records: [], outputPath: lastDir, shardPages });
		expect(last.shards).toBe(3);
		const second = Object.keys(last.shardList[1]!.pages);
		const changed = second[0]!;
		const pages = new Map<string, string>();
		for (const sourcePath of last.shardList.flatMap((shard) => Object.keys(shard.pages))) {
			let html = readFileSync(join(SITE, sourcePath), 'utf8');
			if (sourcePath === changed) html = html.replace(/(<main\b[^>]*>)/, '$1<p>鲸落演练记录</p>');
			mkdirSync(dirname(join(site, sourcePath)), { recursive: true });
			writeFileSync(join(site, sourcePath), html);
			pages.set(sourcePath, pageDigest(html));
		}
		let plan: SearchPlan | undefined;
		const out = join(work, 'out');
		const summary = await updateSearchIndex({
			last: last.shardList,
			lastDir,
			siteDir: site,
			pages,
			records: [],
			outputPath: out,
			shardPages,
			onPlan: (p) => (plan = p),
		});
		expect(plan!.keep.map((shard) => shard.dir)).toEqual(['', 'shard-3']);
		expect(plan!.fresh).toEqual(second);
		expect(summary.shardList.map((shard) => shard.dir)).toEqual(['', 'shard-2', 'shard-3']);
		await page.route('**/pagefind/**', (route) =>
			route.fulfill({ path: join(out, new URL(route.request().url()).pathname.replace(/^\/pagefind\//, '')) }),
		);
		await page.goto('/search/');
		const listed = await listAll(page, ['鲸落演练记录']);
		expect(listed['鲸落演练记录']!.map((href) => href.replace(/#.*$/, ''))).toContain(`/${changed.replace(/index\.html$/, '')}`);
		const { recall, summary: measured, misses } = await measureRecall(page);
		console.log(`search recall over an updated index: ${measured}`);
		expect(recall, `missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(GOAL);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});

interface ClauseEntry {
	code: string;
	number: string;
	title: string;
	url: string;
}

test('a standard whose clause is headed by the query outranks lists, training items, handbooks and cases', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/search/');
	const directory = (await (await page.request.get('/search/clauses.json')).json()) as ClauseEntry[];
	expect(directory.length).toBeGreaterThan(0);
	// Clause titles of two or more Han characters, sampled in a fixed, content-independent order.
	const titles = [...new Set(directory.map((c) => c.title).filter((t) => /^\p{Script=Han}{2,}$/u.test(t)))]
		.sort((a, b) => hash(a) - hash(b))
		.slice(0, 12);
	const listed = await listAll(page, titles);
	const problems: string[] = [];
	const OTHER = /^\/(checklists|quizzes|assessments|handbooks|cases)\//;
	for (const title of titles) {
		const links = listed[title]!;
		const owners = directory.filter((c) => c.title === title).map((c) => c.url.replace(/#.*$/, ''));
		const firstOther = links.findIndex((href) => OTHER.test(href));
		for (const owner of owners) {
			const at = links.indexOf(owner);
			if (at < 0 || (firstOther >= 0 && at > firstOther))
				problems.push(`${title}: ${owner} at ${at + 1}, first list or training item ${links[firstOther]} at ${firstOther + 1}`);
		}
	}
	expect(problems).toEqual([]);
});
