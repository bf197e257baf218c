import { describe, expect, it } from 'vitest';
import type { IndexedStandard } from '../../src/lib/content-index.ts';
import { checklistCitations, traceability } from '../../src/lib/traceability.ts';

const clause = (number: string, title: string) => ({
	number,
	id: `c-${number.replace(/\./g, '-')}`,
	title,
	depth: number.split('.').length + 1,
});
const standard: IndexedStandard = {
	id: 'sc-01',
	code: 'SC-01',
	title: '标准',
	current: {
		version: '1.0.0',
		status: 'active',
		code: 'SC-01',
		title: '标准',
		file: 'x',
		body: '',
		effective: '2026-01-01',
		clauses: [clause('1', '总则'), clause('1.1', '目的'), clause('2', '计划'), clause('2.1', '分解')],
	},
	versions: [],
};

describe('checklistCitations', () => {
	it('reads the clause cited by each task item, with the item text', () => {
		const body = [
			'## 准备',
			'',
			'- [ ] 已确认范围 [](std:sc-01#c-1-1)',
			'- [x] 两处引用 [](std:sc-01#c-2) 与 [](std:tc-01#c-1-1)',
			'- 普通列表 [](std:sc-01#c-9)',
			'正文 [](std:sc-01#c-2-1)',
		].join('\n');
		expect(checklistCitations('prep', body)).toEqual([
			['sc-01#c-1-1', 'prep: 已确认范围'],
			['sc-01#c-2', 'prep: 两处引用  与'],
			['tc-01#c-1-1', 'prep: 两处引用  与'],
		]);
	});
});

describe('traceability', () => {
	it('lists every clause with what covers it and its source; chapters are covered through sections', () => {
		const rows = traceability(
			[standard],
			{ questions: new Map([['sc-01#c-1-1', ['quiz#q1']]]), items: new Map([['sc-01#c-2', ['list: 项']]]) },
			{ 'sc-01': { 'c-1': '000 一', 'c-2-1': '001 二' } },
		);
		expect(rows.map((r) => [r.number, r.covered, r.questions, r.items, r.source])).toEqual([
			['1', true, [], [], '000 一'],
			['1.1', true, ['quiz#q1'], [], '000 一'],
			['2', true, [], ['list: 项'], undefined],
			['2.1', false, [], [], '001 二'],
		]);
	});
});
