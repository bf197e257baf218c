/** Clause numbers named in prose (a version's changes) become links when the clause exists. */
import { describe, expect, it } from 'vitest';
import { linkClauseMentions, type ClauseResolver } from '../../src/lib/clause-mentions.ts';

const resolve: ClauseResolver = (code, number) => {
	const own = ['1.2', '4.3', '5.3'];
	if (!code) return own.includes(number) ? `#c-${number.replace('.', '-')}` : undefined;
	return code === 'AB-01' && number === '1.1' ? '/standards/ab-01/#c-1-1' : undefined;
};

describe('linkClauseMentions', () => {
	it('links own clause numbers and cited clauses of other standards', () => {
		expect(linkClauseMentions('改按 4.3 和 AB-01 §1.1 处理', resolve)).toEqual([
			{ text: '改按 ' },
			{ text: '4.3', href: '#c-4-3' },
			{ text: ' 和 ' },
			{ text: 'AB-01 §1.1', href: '/standards/ab-01/#c-1-1' },
			{ text: ' 处理' },
		]);
	});
	it('links a number at the start and one with §', () => {
		expect(linkClauseMentions('5.3 不合格处理；见 §1.2', resolve)).toEqual([
			{ text: '5.3', href: '#c-5-3' },
			{ text: ' 不合格处理；见 ' },
			{ text: '§1.2', href: '#c-1-2' },
		]);
	});
	it('leaves counts, versions, unknown and deleted clauses as text', () => {
		for (const text of ['时限由 15 个工作日缩短为 10 个工作日', '版本 1.1.0 起', '删除 4.4 临时渠道', 'ZZ-09 §1.1']) {
			expect(linkClauseMentions(text, resolve)).toEqual([{ text }]);
		}
	});
});
