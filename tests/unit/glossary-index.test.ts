/** The glossary index: letters by pinyin initial or Latin initial, groups in order. */
import { describe, expect, it } from 'vitest';
import { groupByLetter, indexLetter } from '../../src/lib/glossary-index.ts';

describe('indexLetter', () => {
	it('files a Chinese term under its pinyin initial', () => {
		expect(indexLetter('李克特量表')).toBe('L');
		expect(indexLetter('甘特图')).toBe('G');
		expect(indexLetter('基线')).toBe('J');
		expect(indexLetter('保密')).toBe('B');
		expect(indexLetter('验收标准')).toBe('Y');
		expect(indexLetter('质量控制')).toBe('Z');
	});
	it('files a Latin term under its letter, anything else under #', () => {
		expect(indexLetter('SMART 原则')).toBe('S');
		expect(indexLetter('okr')).toBe('O');
		expect(indexLetter('5W2H')).toBe('#');
	});
});

describe('groupByLetter', () => {
	it('orders letters, # last, and terms by pinyin within a letter', () => {
		const groups = groupByLetter(['里程碑', '5W2H', '保密', '李克特量表', 'KPI', '甘特图'], (t) => t);
		expect(groups.map((g) => g.letter)).toEqual(['B', 'G', 'K', 'L', '#']);
		expect(groups.find((g) => g.letter === 'L')!.items).toEqual(['李克特量表', '里程碑']);
	});
});
