import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinWords, queryWords, separateHtmlWords, separateWords } from '../../src/lib/search-words.ts';

const words = (text: string) => separateWords(text).split(' ');

describe('separateWords', () => {
	it('puts a space at every word boundary inside Chinese text', () => {
		expect(words('调整里程碑须经项目负责人批准')).toContain('里程碑');
		expect(words('需求分析阶段')).toEqual(expect.arrayContaining(['需求', '分析']));
	});

	it('separates Chinese from punctuation, digits and Latin text, and leaves Latin text whole', () => {
		expect(separateWords('见SC-01§2.3。')).toBe('见 SC-01§2.3。');
		expect(separateWords('第2章')).toBe('第 2 章');
		expect(separateWords('Work Breakdown Structure')).toBe('Work Breakdown Structure');
	});

	it('adds no second space where there is one already', () => {
		expect(separateWords('按 SC-01 执行')).toBe('按 SC-01 执行');
	});

	it('uses the given separator', () => {
		expect(separateWords('风险评估', '|')).toBe('风险|评估');
	});

	it('follows the rule as stated, for any mix of Han, Latin, digits, spaces, punctuation and astral characters', () => {
		// The rule in its plainest form: a separator between two segments when either side of the
		// boundary is a Han code unit and neither is a space (the code reads a table instead).
		const reference = (text: string) => {
			if (!/\p{Script=Han}/u.test(text)) return text;
			const han = (unit: string) => /\p{Script=Han}/u.test(unit);
			const space = (unit: string) => /\s/u.test(unit);
			const segments = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].map((s) => s.segment);
			return segments
				.map((segment, i) => {
					const before = segments[i - 1]?.at(-1);
					const after = segment[0]!;
					return before !== undefined && (han(before) || han(after)) && !space(before) && !space(after) ? `|${segment}` : segment;
				})
				.join('');
		};
		const unit = fc.constantFrom(...'里程碑风险评估须经批准〇々 \u3000\tA-z9。，§', '𠀀', '𪚥', '\ud840');
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
				const text = units.join('');
				expect(separateWords(text, '|')).toBe(reference(text));
			}),
		);
	});
});

describe('joinWords', () => {
	it('gives Chinese text back its spacing', () => {
		const text = '项目须设置里程碑，每个里程碑对应一项可检查的产出。';
		expect(joinWords(separateWords(text))).toBe(text);
	});

	it('joins across mark tags and keeps spaces next to Latin text', () => {
		expect(joinWords('对 <mark>需求</mark> 进行 评估 ， 见 SC-01 §2')).toBe('对<mark>需求</mark>进行评估，见 SC-01 §2');
	});
});

describe('separateHtmlWords', () => {
	it('separates text between tags and leaves tags, attributes and ids as they are', () => {
		const html = '<h3 id="c-2-3" class="clause" title="风险评估">2.3 风险评估</h3>';
		expect(separateHtmlWords(html)).toBe('<h3 id="c-2-3" class="clause" title="风险评估">2.3 风险 评估</h3>');
	});

	it('keeps words apart that inline markup splits, and leaves block edges to Pagefind', () => {
		expect(separateHtmlWords('<p>设置<a href="/glossary/#milestone">里程碑</a>，每</p>')).toBe(
			'<p>设置 <a href="/glossary/#milestone"> 里程碑 </a>， 每</p>',
		);
		expect(separateHtmlWords('<h2>任务分解</h2><h2>里程碑</h2>')).toBe('<h2>任务 分解</h2><h2>里程碑</h2>');
	});

	it('separates the content of meta tags Pagefind reads, and nothing inside scripts, styles or comments', () => {
		expect(separateHtmlWords('<meta name="search-title" content="服务协作流程标准" data-pagefind-meta="title[content]">')).toContain(
			'content="服务 协作 流程 标准"',
		);
		expect(separateHtmlWords('<meta name="description" content="服务协作流程标准">')).toBe(
			'<meta name="description" content="服务协作流程标准">',
		);
		const untouched = '<script>const a = "需求分析";</script><style>/* 需求 */</style><!-- 需求分析 -->';
		expect(separateHtmlWords(untouched)).toBe(untouched);
	});

	it('copes with a > inside a quoted attribute', () => {
		expect(separateHtmlWords('<div data-x="a > b">风险评估</div>')).toBe('<div data-x="a > b">风险 评估</div>');
	});
});

describe('queryWords', () => {
	it('separates the query like the indexed text', () => {
		expect(queryWords('风险评估')).toBe('风险 评估');
		expect(queryWords('  SC-01  ')).toBe('SC-01');
	});

	it('drops question words from a question, so the terms it names are found', () => {
		expect(queryWords('验收标准是什么')).toBe('验收 标准');
		expect(queryWords('谁负责风险评估')).toBe('负责 风险 评估');
		expect(queryWords('里程碑延误了怎么办')).toBe('里程碑 延误');
	});

	it('keeps a query made only of question words as it is', () => {
		expect(queryWords('是什么')).toBe('是 什么');
	});
});
