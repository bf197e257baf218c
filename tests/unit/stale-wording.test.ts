/** Phrases a new version dropped, and the content that still says them. */
import { describe, expect, it } from 'vitest';
import type { ContentText } from '../../src/lib/citations.ts';
import { changedPhrases, textsRepeating } from '../../src/lib/stale-wording.ts';
import { diffVersions } from '../../src/lib/version-diff.ts';

const clause = (number: string, text: string) => ({ number, id: `c-${number.replace(/\./g, '-')}`, title: '时限', depth: 3, text });
const text = (t: string, item = t): ContentText => ({
	file: 'f.yaml',
	line: 1,
	kind: 'quiz-question',
	what: 'q',
	excerpt: t,
	text: t,
	item,
});

describe('changedPhrases', () => {
	it('takes a changed number with its unit, not the number the new text has', () => {
		const [change] = diffVersions([clause('1.1', '日常协调须在 4 小时内回复。')], [clause('1.1', '日常协调须在 2 小时内回复。')]);
		expect(changedPhrases(change!)).toEqual(['4小时内']);
	});

	it('takes every number of a removed clause, and a long removed run of a reworded one', () => {
		const changes = diffVersions(
			[clause('1.1', '电话答复须在 24 小时内补写记录，并在 3 个工作日内归档。'), clause('1.2', '每月抽查一次。')],
			[clause('1.2', '每月抽查一次，抽查结果须在项目例会上通报并记入质量台账。')],
		);
		expect(changedPhrases(changes.find((c) => c.kind === 'removed')!)).toEqual(['24小时内', '3个工作']);
		expect(changedPhrases(changes.find((c) => c.kind === 'changed')!)).toEqual([]);
		const [shortened] = diffVersions(
			[clause('1.2', '每月抽查一次，抽查结果须在项目例会上通报并记入质量台账。')],
			[clause('1.2', '每月抽查一次。')],
		);
		expect(changedPhrases(shortened!)).toEqual(['抽查结果须在项目例会上通报并记入质量台账']);
	});
});

describe('textsRepeating', () => {
	it('takes a number only where the item is about the clause, a long removed run anywhere', () => {
		const texts = [
			text('5 个工作日内', '需求确认书多久内起草？5 个工作日内'),
			text('5 个工作日内修正', '职责不清，须在 5 个工作日内修正'),
			text('抽查结果须在项目例会上通报并记入质量台账', '其他'),
		];
		const found = textsRepeating(['5个工作', '抽查结果须在项目例会上通报并记入质量台账'], texts, { title: '需求确认', text: '' });
		expect(found.map((f) => f.text.item)).toEqual(['需求确认书多久内起草？5 个工作日内', '其他']);
	});

	it('matches across spaces but not inside a longer number', () => {
		const found = textsRepeating(['4小时内'], [text('须在 4 小时内回复'), text('会后 24 小时内发纪要'), text('4.5 小时')]);
		expect(found.map((f) => f.text.text)).toEqual(['须在 4 小时内回复']);
	});
});
