/** Release rules: which bump a clause diff needs, and what checkRelease reports for a new version. */
import { describe, expect, it } from 'vitest';
import { clauseIdFor, expectedDepth, type ClauseText } from '../../src/lib/clauses.ts';
import { bumpBetween, checkRelease, isWordingFix, nextReviewBy, requiredBump, reusedAnchors } from '../../src/lib/release-rules.ts';
import { diffVersions } from '../../src/lib/version-diff.ts';

const c = (number: string, title: string, text: string, id = clauseIdFor(number)): ClauseText => ({
	number,
	id,
	title,
	depth: expectedDepth(number),
	text,
});

const base = [
	c('1', '总则', '本标准适用于全部服务项目。'),
	c('1.1', '沟通渠道', '团队主管须在启动会上发布沟通矩阵，日常协调在 4 小时内回复。'),
	c('1.2', '信息共享', '每个团队须指定一个项目空间作为唯一的信息来源，正式资料只以项目空间中的版本为准。'),
	c('1.3', '信任建设', '团队主管每季度组织一次成员调查，了解成员之间的信任状况并据此安排活动。'),
];

const bump = (after: ClauseText[]) => requiredBump(diffVersions(base, after));

describe('requiredBump', () => {
	it('is null when no clause changed', () => {
		expect(bump(base)).toBeNull();
	});

	it('needs a major version to remove a clause', () => {
		expect(bump(base.slice(0, 3))).toBe('major');
	});

	it('needs a major version to renumber a clause under a new anchor', () => {
		const after = [base[0]!, base[1]!, c('1.2', base[3]!.title, base[3]!.text), c('1.3', base[2]!.title, base[2]!.text)];
		expect(bump(after)).toBe('major');
	});

	it('needs a minor version to move a clause that keeps its anchor', () => {
		const after = [base[0]!, base[1]!, c('1.2', base[3]!.title, base[3]!.text, 'c-1-3'), c('1.3', base[2]!.title, base[2]!.text, 'c-1-2')];
		expect(bump(after)).toBe('minor');
	});

	it('needs a minor version to add a clause', () => {
		expect(bump([...base, c('1.4', '远程协作', '分散办公的团队须约定共同的在线时段。')])).toBe('minor');
	});

	it('needs a minor version to change a number or an obligation word', () => {
		const hours = base.map((x) => (x.number === '1.1' ? { ...x, text: x.text.replace('4 小时', '2 小时') } : x));
		expect(bump(hours)).toBe('minor');
		const must = base.map((x) => (x.number === '1.2' ? { ...x, text: x.text.replace('须', '可') } : x));
		expect(bump(must)).toBe('minor');
	});

	it('allows a patch for a wording fix', () => {
		const typo = base.map((x) => (x.number === '1.2' ? { ...x, text: x.text.replace('唯一的信息来源', '唯一信息来源') } : x));
		expect(bump(typo)).toBe('patch');
	});
});

describe('isWordingFix', () => {
	it('rejects a rewrite of most of the text', () => {
		expect(isWordingFix('团队主管每季度组织一次成员调查。', '项目负责人在每次交付后召开复盘会议。')).toBe(false);
	});

	it('accepts punctuation and particle fixes', () => {
		expect(isWordingFix('资料须在 1 个工作日内上传到项目空间。', '资料须在 1 个工作日内上传至项目空间。')).toBe(true);
	});
});

describe('bumpBetween', () => {
	it('names the highest part that grew', () => {
		expect(bumpBetween('1.2.3', '2.0.0')).toBe('major');
		expect(bumpBetween('1.2.3', '1.3.0')).toBe('minor');
		expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch');
	});

	it('tells an equal or an older version apart', () => {
		expect(bumpBetween('1.2.3', '1.2.3')).toBe('none');
		expect(bumpBetween('1.2.3', '1.1.9')).toBe('downgrade');
	});
});

describe('reusedAnchors', () => {
	it('reports an anchor that now holds another old clause (renumbering without [#…])', () => {
		const after = [base[0]!, base[1]!, c('1.2', base[3]!.title, base[3]!.text)];
		const problems = reusedAnchors(base, after);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('anchor #c-1-2 held §1.2 信息共享 but now holds the text of §1.3 信任建设');
		expect(problems[0]).toContain('[#c-1-3]');
	});

	it('reports an anchor given to an unrelated new clause', () => {
		const after = [base[0]!, base[1]!, base[2]!, c('1.3', '费用结算', '财务专员按月与客户核对服务费用并开具发票。')];
		expect(reusedAnchors(base, after)[0]).toContain('anchor #c-1-3 held §1.3 信任建设 but now holds a different clause, §1.3 费用结算');
	});

	it('accepts a reworded clause under its own anchor', () => {
		const after = base.map((x) => (x.number === '1.1' ? { ...x, text: x.text.replace('4 小时', '2 小时') } : x));
		expect(reusedAnchors(base, after)).toEqual([]);
	});
});

describe('checkRelease', () => {
	const file = 'content/standards/tc-01/1.0.1.mdx';

	it('rejects a patch that removes a clause, naming file, versions and the clause', () => {
		const problems = checkRelease({
			file,
			from: { version: '1.0.0', clauses: base },
			to: { version: '1.0.1', clauses: base.slice(0, 3), changes: ['删除 1.3 信任建设。'] },
		});
		expect(problems).toEqual([
			expect.stringContaining(
				`${file}: version: 1.0.1 is a patch release after 1.0.0, but its clause changes need a major release (§1.3 信任建设 removed)`,
			),
		]);
	});

	it('accepts a major version that removes a clause named in changes', () => {
		expect(
			checkRelease({
				file,
				from: { version: '1.0.0', clauses: base },
				to: { version: '2.0.0', clauses: base.slice(0, 3), changes: ['删除 1.3：并入 1.2。'] },
			}),
		).toEqual([]);
	});

	it('asks for a changes entry naming each added, removed or moved clause', () => {
		const after = [...base, c('1.4', '远程协作', '分散办公的团队须约定共同的在线时段。')];
		const problems = checkRelease({
			file,
			from: { version: '1.0.0', clauses: base },
			to: { version: '1.1.0', clauses: after, changes: ['补充说明。'] },
		});
		expect(problems).toEqual([
			`${file}: changes: expected an entry naming each clause added, removed or moved; not named: §1.4 远程协作 added`,
		]);
		expect(
			checkRelease({
				file,
				from: { version: '1.0.0', clauses: base },
				to: { version: '1.1.0', clauses: after, changes: ['新增 1.4 远程协作。'] },
			}),
		).toEqual([]);
	});

	it('rejects a version that does not come after the one it follows', () => {
		expect(
			checkRelease({ file, from: { version: '1.1.0', clauses: base }, to: { version: '1.0.1', clauses: base, changes: ['x'] } }),
		).toEqual([`${file}: version: expected a version after 1.1.0, got 1.0.1`]);
	});
});

describe('nextReviewBy', () => {
	it('keeps the review interval of the previous version from the new effective date', () => {
		expect(nextReviewBy('2026-03-01', '2027-03-01', '2026-12-15')).toBe('2027-12-15');
		expect(nextReviewBy('2026-01-01', '2026-07-01', '2026-12-15')).toBe('2027-06-15');
	});

	it('uses a year when the previous dates cannot be read, and clamps to the end of a shorter month', () => {
		expect(nextReviewBy(undefined, undefined, '2026-05-20')).toBe('2027-05-20');
		expect(nextReviewBy('2026-01-01', '2026-02-01', '2027-01-31')).toBe('2027-02-28');
	});
});
