/** The index writer over a tiny site: what it indexes, and the errors that stop a build. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexedPart, SearchIndexError, shardSize, writeSearchIndex } from '../../src/search/search-index.ts';
import type { SearchRecord } from '../../src/search/search-entries.ts';

let site: string;
const page = (path: string, lang: string, body: boolean, text = '需求分析') => {
	mkdirSync(join(site, path), { recursive: true });
	writeFileSync(
		join(site, path, 'index.html'),
		`<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${text}</h1></main></body></html>`,
	);
};
const term: SearchRecord = {
	url: '/glossary/#wbs',
	content: '工作分解结构',
	meta: { title: '工作分解结构', type: 'term' },
	filters: { type: ['term'] },
};

beforeEach(() => {
	site = mkdtempSync(join(tmpdir(), 'search-index-test-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('indexedPart', () => {
	it('keeps the head and <main>, and drops the header, side column and footer', () => {
		const html =
			'<!doctype html><html lang="zh-CN"><head><meta name="search-type" content="standard" data-pagefind-filter="type[content]"></head>' +
			'<body><header>站点导航</header><div><aside>目录</aside><main id="main" data-pagefind-body><h1>需求分析</h1><section>正文</section></main></div><footer>页脚</footer></body></html>';
		expect(indexedPart(html)).toBe(
			'<!doctype html><html lang="zh-CN"><head><meta name="search-type" content="standard" data-pagefind-filter="type[content]"></head>' +
				'<body><main id="main" data-pagefind-body><h1>需求分析</h1><section>正文</section></main></body></html>',
		);
	});

	it('leaves a page without a head or <main> as it is', () => {
		expect(indexedPart('<p>片段</p>')).toBe('<p>片段</p>');
	});
});

describe('shardSize', () => {
	it('splits into equal shards of at most the given size, and from half a shard up into two to four of at least a quarter', () => {
		expect(shardSize(10_030, 2000)).toBe(1672);
		expect(shardSize(10_030, 1000)).toBe(912);
		expect(shardSize(4000, 1000)).toBe(1000);
		expect(shardSize(2000, 2000)).toBe(500);
		expect(shardSize(2001, 2000)).toBe(501);
		expect(shardSize(4000, 2000)).toBe(1000);
		expect(shardSize(1030, 1000)).toBe(258);
		expect(shardSize(600, 1000)).toBe(300);
		expect(shardSize(1001, 2000)).toBe(501);
		expect(shardSize(999, 2000)).toBe(999);
		expect(shardSize(29, 2000)).toBe(29);
		expect(shardSize(0, 2000)).toBe(0);
		// Under 100 pages a shard, only the largest size splits: 69 pages at most 23 a shard make 3 shards, not 4.
		expect(shardSize(69, 23)).toBe(23);
		expect(shardSize(3, 2)).toBe(2);
	});
});

describe('writeSearchIndex', () => {
	it('indexes the pages with data-pagefind-body and the records, in one undetermined-language index', async () => {
		page('standards/a', 'zh-CN', true);
		page('standards/a/1.0.0', 'zh-CN', false);
		page('en/standards/a', 'en', false);
		const summary = await writeSearchIndex({ siteDir: site, records: [term] });
		expect(summary).toMatchObject({ pages: 1, records: 1, shards: 1 });
		expect(JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual([]);
		const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(entry.languages).toEqual({ und: expect.objectContaining({ page_count: 2 }) });
	}, 30_000);

	it('splits a large site into shards, each a whole index, and lists the shards after the first', async () => {
		page('standards/a', 'zh-CN', true, '需求分析');
		page('standards/b', 'zh-CN', true, '项目计划');
		page('standards/c', 'zh-CN', true, '质量检查');
		const summary = await writeSearchIndex({ siteDir: site, records: [term], shardPages: 2 });
		expect(summary).toMatchObject({ pages: 3, records: 1, shards: 2 });
		const pageCount = (dir: string) =>
			(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
				.languages.und?.page_count;
		// The first shard holds two pages and the record, the second the third page.
		expect(pageCount(join(site, 'pagefind'))).toBe(3);
		expect(pageCount(join(site, 'pagefind', 'shard-2'))).toBe(1);
		expect(JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual(['/pagefind/shard-2/']);
	}, 30_000);

	it('refuses an English page marked for indexing, naming it', async () => {
		page('standards/a', 'zh-CN', true);
		page('en/standards/a', 'en', true);
		await expect(writeSearchIndex({ siteDir: site, records: [] })).rejects.toThrow(
			/en\/standards\/a\/index\.html carries data-pagefind-body but is not a zh-CN page/,
		);
	}, 30_000);

	it('refuses an index without pages', async () => {
		page('standards/a', 'zh-CN', false);
		await expect(writeSearchIndex({ siteDir: site, records: [term] })).rejects.toThrow(/no page carries data-pagefind-body/);
	}, 30_000);

	it('turns a Pagefind failure into a SearchIndexError naming the step', async () => {
		page('standards/a', 'zh-CN', true);
		const broken = { ...term, filters: { type: 'term' } } as unknown as SearchRecord;
		const failure = writeSearchIndex({ siteDir: site, records: [broken] });
		await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
		await expect(writeSearchIndex({ siteDir: site, records: [broken] })).rejects.toThrow(
			/Pagefind addCustomRecord\(\/glossary\/#wbs\) failed/,
		);
	}, 30_000);
});
