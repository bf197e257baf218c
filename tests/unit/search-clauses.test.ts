/** Clause look-up by citation: what the search page reads from a query and which clauses it puts first. */
import { describe, expect, it } from 'vitest';
import { clauseCitation, matchClauses, parseClauseQuery, type ClauseEntry } from '../../src/lib/search-clauses.ts';

const entry = (code: string, number: string, title: string): ClauseEntry => ({
	code,
	number,
	title,
	version: '1.0.0',
	url: `/standards/${code.toLowerCase()}/#c-${number.replace(/\./g, '-')}`,
});
const ENTRIES = [
	entry('AB-01', '2.4', '需求确认'),
	entry('AB-01', '5.3', '不合格处理'),
	entry('XY-02', '5.3', '记录保存'),
	entry('XY-02', '2', '计划'),
];

describe('parseClauseQuery', () => {
	it('reads a code and a number, with or without §, in any case', () => {
		expect(parseClauseQuery('AB-01 2.4')).toEqual({ code: 'AB-01', number: '2.4', rest: '' });
		expect(parseClauseQuery('ab-01 §5.3')).toEqual({ code: 'AB-01', number: '5.3', rest: '' });
		expect(parseClauseQuery('ab-01§5.3')).toEqual({ code: 'AB-01', number: '5.3', rest: '' });
		expect(parseClauseQuery('XY-02 2')).toEqual({ code: 'XY-02', number: '2', rest: '' });
	});
	it('reads a number with a title, and full-width forms', () => {
		expect(parseClauseQuery('5.3 不合格处理')).toEqual({ number: '5.3', rest: '不合格处理', code: undefined });
		expect(parseClauseQuery('５.３不合格处理')).toEqual({ number: '5.3', rest: '不合格处理', code: undefined });
		expect(parseClauseQuery('§2 计划')).toEqual({ number: '2', rest: '计划', code: undefined });
	});
	it('leaves plain searches alone', () => {
		expect(parseClauseQuery('不合格处理')).toBeNull();
		expect(parseClauseQuery('5 个工作日')).toBeNull();
		expect(parseClauseQuery('AB-01')).toBeNull();
		expect(parseClauseQuery('ISO 9001')).toBeNull();
		expect(parseClauseQuery('')).toBeNull();
	});
});

describe('matchClauses', () => {
	it('finds the clause of the named standard', () => {
		expect(matchClauses(ENTRIES, parseClauseQuery('ab-01 §5.3')!)).toEqual([ENTRIES[1]]);
		expect(matchClauses(ENTRIES, parseClauseQuery('XY-02 2')!)).toEqual([ENTRIES[3]]);
	});
	it('without a code, keeps the clauses whose title the words name', () => {
		expect(matchClauses(ENTRIES, parseClauseQuery('5.3 不合格处理')!)).toEqual([ENTRIES[1]]);
		expect(matchClauses(ENTRIES, parseClauseQuery('5.3 不合格')!)).toEqual([ENTRIES[1]]);
		expect(matchClauses(ENTRIES, parseClauseQuery('5.3')!)).toEqual([ENTRIES[1], ENTRIES[2]]);
		expect(matchClauses(ENTRIES, parseClauseQuery('5.3 预算')!)).toEqual([]);
	});
	it('with a code, a title that does not match still finds the numbered clause', () => {
		expect(matchClauses(ENTRIES, parseClauseQuery('AB-01 2.4 确认书')!)).toEqual([ENTRIES[0]]);
	});
	it('finds nothing for an unknown code or number', () => {
		expect(matchClauses(ENTRIES, parseClauseQuery('ZZ-09 2.4')!)).toEqual([]);
		expect(matchClauses(ENTRIES, parseClauseQuery('AB-01 9.9')!)).toEqual([]);
	});
	it('cites a clause as readers do', () => {
		expect(clauseCitation(ENTRIES[0]!)).toBe('AB-01 §2.4 需求确认');
	});
});
