/** Marking search words on a page reached from search: which query, which words, which spans. */
import { describe, expect, it } from 'vitest';
import { highlightRanges, highlightWords } from '../../src/lib/search-highlight.ts';
import { searchQueryFrom } from '../../src/lib/search-referrer.ts';

describe('searchQueryFrom', () => {
	const origin = 'https://docs.example';
	it('reads the query of this site’s search page, in either UI language', () => {
		expect(searchQueryFrom('https://docs.example/search/?q=%E9%9C%80%E6%B1%82&type=standard', origin)).toBe('需求');
		expect(searchQueryFrom('https://docs.example/en/search/?q=risk', origin)).toBe('risk');
	});
	it('ignores other pages, other sites, empty queries and no referrer', () => {
		expect(searchQueryFrom('https://docs.example/standards/?q=x', origin)).toBeUndefined();
		expect(searchQueryFrom('https://other.example/search/?q=x', origin)).toBeUndefined();
		expect(searchQueryFrom('https://docs.example/search/?q=%20', origin)).toBeUndefined();
		expect(searchQueryFrom('', origin)).toBeUndefined();
	});
});

describe('highlightWords', () => {
	it('separates a Chinese query, drops question words and quotes, longest first', () => {
		const words = highlightWords('"如何处理不合格项"');
		expect(words).not.toContain('如何');
		expect(words.join('')).toContain('不合格');
		expect(words.map((w) => w.length)).toEqual([...words.map((w) => w.length)].sort((a, b) => b - a));
	});
	it('leaves out lone letters, digits and punctuation', () => {
		expect(highlightWords('SC-01 § 2')).toEqual(['SC-01']);
	});
	it('marks words typed together whole as well', () => {
		expect(highlightWords('需求确认')[0]).toBe('需求确认');
	});
});

describe('highlightRanges', () => {
	it('finds every occurrence, case-insensitively, in order', () => {
		expect(highlightRanges('需求确认后再确认需求', ['需求'])).toEqual([
			[0, 2],
			[8, 10],
		]);
		expect(highlightRanges('WBS and wbs', ['wbs'])).toEqual([
			[0, 3],
			[8, 11],
		]);
	});
	it('never overlaps: a longer word given first wins', () => {
		expect(highlightRanges('需求确认', ['需求确认', '需求'])).toEqual([[0, 4]]);
	});
	it('finds nothing for no words', () => {
		expect(highlightRanges('需求', [])).toEqual([]);
	});
});
