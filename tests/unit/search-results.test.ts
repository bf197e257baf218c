import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	excerptParts,
	localizeResultUrl,
	MAX_CLAUSES,
	shapeResult,
	withoutLeading,
	type PagefindFragment,
} from '../../src/lib/search-results.ts';
import {
	CLAUSE_CHECK_LIMIT,
	CLAUSE_META_FIELD,
	clauseCandidates,
	hasMatchingClause,
	promote,
	promoteAsChecked,
} from '../../src/lib/search-ranking.ts';

const fragment = (overrides: Partial<PagefindFragment> = {}): PagefindFragment => ({
	url: '/standards/sc-01/',
	excerpt: '对<mark>需求</mark>进行评估',
	meta: { title: '服务协作流程标准', type: 'standard', code: 'SC-01', version: '1.1.0' },
	sub_results: [
		{ title: '服务协作流程标准', url: '/standards/sc-01/', excerpt: '总则' },
		{
			title: '2 需求分析',
			url: '/standards/sc-01/#c-2',
			excerpt: '<mark>需求</mark>分析',
			anchor: { element: 'h2', id: 'c-2' },
			locations: [4],
		},
		{
			title: '2.3 可行性与优先级分析',
			url: '/standards/sc-01/#c-2-3',
			excerpt: '对<mark>需求</mark>…<mark>需求</mark>',
			anchor: { element: 'h3', id: 'c-2-3' },
			locations: [9, 15],
		},
	],
	...overrides,
});

describe('shapeResult', () => {
	it('takes title, type, code and version from the meta', () => {
		const hit = shapeResult(fragment(), 'zh-CN');
		expect(hit).toMatchObject({ url: '/standards/sc-01/', title: '服务协作流程标准', type: 'standard', code: 'SC-01', version: '1.1.0' });
		expect(hit.excerpt).toEqual([
			{ text: '对', mark: false },
			{ text: '需求', mark: true },
			{ text: '进行评估', mark: false },
		]);
	});

	it('lists matching clauses with an anchor, most matches first, without the page-top section', () => {
		const hit = shapeResult(fragment(), 'zh-CN');
		expect(hit.clauses.map((c) => c.url)).toEqual(['/standards/sc-01/#c-2-3', '/standards/sc-01/#c-2']);
		expect(hit.clauses[0]?.title).toBe('2.3 可行性与优先级分析');
	});

	it(`keeps at most ${MAX_CLAUSES} clauses, in page order when they match equally`, () => {
		const subs = ['c-1', 'c-2', 'c-3', 'c-4', 'c-5'].map((id) => ({
			title: id,
			url: `/s/#${id}`,
			excerpt: '',
			anchor: { element: 'h2', id },
			locations: [1],
		}));
		expect(shapeResult(fragment({ url: '/s/', sub_results: subs }), 'zh-CN').clauses.map((c) => c.title)).toEqual(['c-1', 'c-2', 'c-3']);
	});

	it('moves every link under /en/ for the English UI', () => {
		const hit = shapeResult(fragment(), 'en');
		expect(hit.url).toBe('/en/standards/sc-01/');
		expect(hit.clauses.map((c) => c.url)).toEqual(['/en/standards/sc-01/#c-2-3', '/en/standards/sc-01/#c-2']);
	});

	it('copes with a record without sub-results or code (a glossary term) and an unknown type', () => {
		const hit = shapeResult({ url: '/glossary/#wbs', excerpt: '工作分解结构', meta: { title: '工作分解结构', type: 'term' } }, 'en');
		expect(hit).toMatchObject({ url: '/en/glossary/#wbs', type: 'term', code: undefined, version: undefined, clauses: [] });
		expect(shapeResult(fragment({ meta: { title: ' ', type: 'podcast' } }), 'zh-CN')).toMatchObject({
			title: '/standards/sc-01/',
			type: undefined,
		});
	});
});

describe('localizeResultUrl', () => {
	it('prefixes root-relative URLs for English only, once', () => {
		expect(localizeResultUrl('/cases/x/', 'zh-CN')).toBe('/cases/x/');
		expect(localizeResultUrl('/cases/x/', 'en')).toBe('/en/cases/x/');
		expect(localizeResultUrl('/en/cases/x/', 'en')).toBe('/en/cases/x/');
		expect(localizeResultUrl('/english-notes/', 'en')).toBe('/en/english-notes/');
	});

	it('leaves absolute and protocol-relative URLs alone', () => {
		expect(localizeResultUrl('https://example.com/a/', 'en')).toBe('https://example.com/a/');
		expect(localizeResultUrl('//cdn.example.com/a/', 'en')).toBe('//cdn.example.com/a/');
	});
});

describe('excerptParts', () => {
	it('splits on mark tags and decodes the entities Pagefind escapes, so text nodes show the original', () => {
		expect(excerptParts('总则 &lt;script&gt; a & b <mark>需求</mark>')).toEqual([
			{ text: '总则 <script> a & b ', mark: false },
			{ text: '需求', mark: true },
		]);
	});

	it('merges adjacent runs of the same kind and skips empty pieces', () => {
		expect(excerptParts('<mark>风险</mark><mark>评估</mark>')).toEqual([{ text: '风险评估', mark: true }]);
		expect(excerptParts('')).toEqual([]);
	});

	it('never turns other markup into elements: it stays text', () => {
		expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
	});
});

describe('withoutLeading', () => {
	const parts = excerptParts('6.2 服务<mark>风险</mark>的识别与评估. 项目负责人应识别<mark>风险</mark>');

	it('drops a heading the excerpt starts with, across marks, keeping the rest and its marks', () => {
		expect(withoutLeading(parts, '6.2 服务风险的识别与评估')).toEqual([
			{ text: '项目负责人应识别', mark: false },
			{ text: '风险', mark: true },
		]);
	});

	it('tries each text in turn and leaves an excerpt that does not start with any of them', () => {
		expect(withoutLeading(excerptParts('服务风险的识别与评估：内容'), '6.2 服务风险的识别与评估', '服务风险的识别与评估')).toEqual([
			{ text: '内容', mark: false },
		]);
		expect(withoutLeading(parts, '需求确认')).toBe(parts);
	});

	it('keeps an excerpt that is nothing but the heading', () => {
		const only = excerptParts('需求确认');
		expect(withoutLeading(only, '需求确认')).toBe(only);
	});
});

describe('shapeResult with separated words', () => {
	it('joins the words of titles and excerpts and drops the repeated heading', () => {
		const hit = shapeResult(
			{
				url: '/standards/cq-01/',
				excerpt: '咨询 服务 流程 与 质量 规范 。 跨 部门',
				meta: { title: '咨询 服务 流程 与 质量 规范', type: 'standard' },
				sub_results: [
					{
						title: '6.2 服务 风险 的 识别 与 评估',
						url: '/standards/cq-01/#c-6-2',
						excerpt: '服务 <mark>风险</mark> 的 识别 与 评估 . 项目 负责人',
						anchor: { element: 'h3', id: 'c-6-2' },
					},
				],
			},
			'zh-CN',
		);
		expect(hit.title).toBe('咨询服务流程与质量规范');
		expect(hit.excerpt).toEqual([{ text: '跨部门', mark: false }]);
		expect(hit.clauses[0]).toEqual({
			title: '6.2 服务风险的识别与评估',
			url: '/standards/cq-01/#c-6-2',
			excerpt: [{ text: '项目负责人', mark: false }],
		});
	});
});

describe('ranking: standards whose clause heading holds the query come first', () => {
	const fragment = (titles: string[]): PagefindFragment => ({
		url: '/standards/x/',
		excerpt: '',
		meta: { title: 'X', type: 'standard' },
		sub_results: [
			{ title: 'X', url: '/standards/x/', excerpt: '' },
			...titles.map((title, i) => ({ title, url: `/standards/x/#c-${i}`, excerpt: '', anchor: { element: 'h3', id: `c-${i}` } })),
		],
	});
	it('matches a heading that holds every query word, with the index spacing or without', () => {
		expect(hasMatchingClause(fragment(['2.4 需求 确认']), '需求 确认')).toBe(true);
		expect(hasMatchingClause(fragment(['2.4 需求确认与签字']), '需求确认')).toBe(true);
		expect(hasMatchingClause(fragment(['2.4 需求确认']), '"需求 确认"')).toBe(true);
	});
	it('does not match body text, the page title, or a heading missing a word', () => {
		expect(hasMatchingClause(fragment(['3.1 计划']), '需求')).toBe(false);
		expect(hasMatchingClause(fragment(['2.4 需求确认']), '需求 预算')).toBe(false);
		expect(hasMatchingClause({ ...fragment([]), meta: { title: '需求' } }, '需求')).toBe(false);
		expect(hasMatchingClause(fragment(['2.4 需求确认']), '')).toBe(false);
	});
	it('promotes the given ids and keeps both groups in order', () => {
		const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
		expect(promote(results, new Set(['c', 'a'])).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
		expect(promote(results, new Set()).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
	});
	it('yields the promoted order one result at a time, for any checks, passed or failing to run', async () => {
		const outcome = fc.constantFrom('pass', 'fail', 'error');
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), outcome), { maxLength: 20 }), async (rows) => {
				const results = rows.map(([, check], i) => ({ id: `r${i}`, check }));
				const candidates = results.filter((_, i) => rows[i]![0]);
				const passes = async (r: (typeof results)[number]) => {
					if (r.check === 'error') throw new Error('fragment unavailable');
					return r.check === 'pass';
				};
				const yielded = [];
				for await (const r of promoteAsChecked(results, candidates, passes)) yielded.push(r.id);
				const passed = new Set(candidates.filter((r) => r.check === 'pass').map((r) => r.id));
				expect(yielded).toEqual(promote(results, passed).map((r) => r.id));
			}),
		);
	});
	it('yields the first promoted result once the first check is in, before the later ones', async () => {
		const results = ['a', 'b', 'c'].map((id) => ({ id }));
		let release = (_: boolean) => {};
		const later = new Promise<boolean>((resolve) => (release = resolve));
		const order = promoteAsChecked(results, [results[0]!, results[2]!], (r) => (r.id === 'a' ? Promise.resolve(true) : later));
		expect((await order.next()).value).toEqual({ id: 'a' });
		release(false);
		const rest = [];
		for await (const r of order) rest.push(r.id);
		expect(rest).toEqual(['b', 'c']);
	});
	it('checks the results whose clause headings hold a query word, best first, however far down, at most the limit', () => {
		const results = Array.from({ length: 40 }, (_, i) => ({
			id: `r${i}`,
			matchedMetaFields: i % 3 === 2 ? [CLAUSE_META_FIELD] : i % 3 === 1 ? ['title'] : undefined,
		}));
		const candidates = clauseCandidates(results).map((r) => r.id);
		expect(candidates).toHaveLength(CLAUSE_CHECK_LIMIT);
		expect(candidates.slice(0, 3)).toEqual(['r2', 'r5', 'r8']);
		expect(clauseCandidates(results.slice(0, 6)).map((r) => r.id)).toEqual(['r2', 'r5']);
		expect(clauseCandidates([{ id: 'x', matchedMetaFields: ['title'] }, { id: 'y' }])).toEqual([]);
	});
});
