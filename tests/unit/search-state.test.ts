import { describe, expect, it } from 'vitest';
import {
	emptySearchState,
	hasFilters,
	normalizeQuery,
	pagefindFilters,
	readSearchState,
	sameSearchState,
	writeSearchState,
} from '../../src/lib/search-state.ts';

describe('readSearchState', () => {
	it('reads the query from q and each facet from its own repeated parameter', () => {
		const state = readSearchState('?q=%E9%9C%80%E6%B1%82&type=standard&type=case&stage=planning&role=project-lead&status=active');
		expect(state).toEqual({
			query: '需求',
			filters: { type: ['standard', 'case'], role: ['project-lead'], stage: ['planning'], status: ['active'] },
		});
	});

	it('gives the empty state for an empty or unrelated query string', () => {
		expect(readSearchState('')).toEqual(emptySearchState());
		expect(readSearchState('?utm_source=mail&page=2')).toEqual(emptySearchState());
	});

	it('drops empty and repeated filter values, keeping first-seen order', () => {
		expect(readSearchState('?type=case&type=&type=standard&type=case').filters.type).toEqual(['case', 'standard']);
	});

	it('accepts URLSearchParams as well as a string', () => {
		expect(readSearchState(new URLSearchParams({ q: '验收' })).query).toBe('验收');
	});

	it('normalizes whitespace in the query, including the ideographic space', () => {
		expect(readSearchState('?q=%20%E9%A3%8E%E9%99%A9%E3%80%80%E8%AF%84%E4%BC%B0%20%20').query).toBe('风险 评估');
	});
});

describe('writeSearchState', () => {
	it('writes q first, then facets in a fixed order whatever order they were ticked in', () => {
		const state = emptySearchState();
		state.query = '需求分析';
		state.filters.status = ['active'];
		state.filters.type = ['standard'];
		expect(writeSearchState(state)).toBe('?q=%E9%9C%80%E6%B1%82%E5%88%86%E6%9E%90&type=standard&status=active');
	});

	it('writes nothing for the empty state, so /search/ stays /search/', () => {
		expect(writeSearchState(emptySearchState())).toBe('');
		expect(writeSearchState({ ...emptySearchState(), query: '  ' })).toBe('');
	});

	it('round-trips through readSearchState', () => {
		const search = '?q=%E9%A3%8E%E9%99%A9+%E8%AF%84%E4%BC%B0&role=consultant&role=team-lead&stage=execution';
		expect(writeSearchState(readSearchState(search))).toBe(search);
	});
});

describe('sameSearchState and hasFilters', () => {
	it('compares states by their URL form', () => {
		expect(sameSearchState(readSearchState('?type=case&q=a'), readSearchState('?q=a&type=case'))).toBe(true);
		expect(sameSearchState(readSearchState('?q=a'), readSearchState('?q=b'))).toBe(false);
	});

	it('tells whether any facet is filtered', () => {
		expect(hasFilters(readSearchState('?q=a'))).toBe(false);
		expect(hasFilters(readSearchState('?status=retired'))).toBe(true);
	});
});

describe('pagefindFilters', () => {
	it('ORs the values of one facet and leaves unfiltered facets out', () => {
		expect(pagefindFilters(readSearchState('?q=x&type=standard&type=checklist&stage=planning'))).toEqual({
			type: { any: ['standard', 'checklist'] },
			stage: { any: ['planning'] },
		});
		expect(pagefindFilters(emptySearchState())).toEqual({});
	});
});

describe('normalizeQuery', () => {
	it('collapses runs of spaces, tabs and newlines', () => {
		expect(normalizeQuery('\t需求\n\n分析  ')).toBe('需求 分析');
	});
});
