import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseIdFor, expectedDepth, type ClauseText } from '../../src/lib/clauses.ts';
import {
	clauseTextDiff,
	diffText,
	diffVersions,
	lcsLength,
	MOVE_THRESHOLD,
	REWRITE_THRESHOLD,
	similarity,
	summarize,
	tokenize,
	type ClauseChange,
} from '../../src/lib/version-diff.ts';

/** A clause with its derived anchor and depth unless given. */
const c = (number: string, title: string, text: string, id = clauseIdFor(number)): ClauseText => ({
	number,
	id,
	title,
	depth: expectedDepth(number),
	text,
});

describe('tokenize', () => {
	it('splits Chinese character by character, keeps numbers whole, spaces and punctuation as their own tokens', () => {
		expect(tokenize('审批须在 15 个工作日内完成。')).toEqual([
			'审',
			'批',
			'须',
			'在',
			' ',
			'15',
			' ',
			'个',
			'工',
			'作',
			'日',
			'内',
			'完',
			'成',
			'。',
		]);
	});

	it('keeps Latin words and digits whole and splits other marks one by one', () => {
		expect(tokenize('Use API v2.0, ok?')).toEqual(['Use', ' ', 'API', ' ', 'v2', '.', '0', ',', ' ', 'ok', '?']);
	});

	it('keeps a run of whitespace (including newlines) as one token', () => {
		expect(tokenize('a  \n b')).toEqual(['a', '  \n ', 'b']);
	});

	it('splits full-width punctuation and CJK brackets one by one', () => {
		expect(tokenize('《计划》（草案），完成')).toEqual(['《', '计', '划', '》', '（', '草', '案', '）', '，', '完', '成']);
	});

	it('returns no tokens for empty text', () => {
		expect(tokenize('')).toEqual([]);
	});

	it('starts a Latin word after a Chinese character as its own token', () => {
		expect(tokenize('在API')).toEqual(['在', 'API']);
	});

	it('splits Chinese that directly follows a number or Latin word character by character', () => {
		expect(tokenize('15个工作日')).toEqual(['15', '个', '工', '作', '日']);
	});

	it('Chinese directly after a Latin word is split one by one', () => {
		expect(tokenize('在API中')).toEqual(['在', 'API', '中']);
	});

	it('"15个工作日" → "10个工作日" marks only the number', () => {
		expect(diffText('须在15个工作日内签署。', '须在10个工作日内签署。')).toEqual([
			{ op: 'same', text: '须在' },
			{ op: 'removed', text: '15' },
			{ op: 'added', text: '10' },
			{ op: 'same', text: '个工作日内签署。' },
		]);
	});
});

describe('diffText', () => {
	it('marks only the changed number inside a Chinese clause', () => {
		expect(diffText('需求确认书须在 15 个工作日内签署。', '需求确认书须在 10 个工作日内签署。')).toEqual([
			{ op: 'same', text: '需求确认书须在 ' },
			{ op: 'removed', text: '15' },
			{ op: 'added', text: '10' },
			{ op: 'same', text: ' 个工作日内签署。' },
		]);
	});

	it('marks a single changed Chinese character', () => {
		expect(diffText('审批须在当天完成。', '审批应在当天完成。')).toEqual([
			{ op: 'same', text: '审批' },
			{ op: 'removed', text: '须' },
			{ op: 'added', text: '应' },
			{ op: 'same', text: '在当天完成。' },
		]);
	});

	it('marks changed Chinese words character by character, keeping the shared characters', () => {
		expect(diffText('由项目经理审批。', '由部门经理审批。')).toEqual([
			{ op: 'same', text: '由' },
			{ op: 'removed', text: '项目' },
			{ op: 'added', text: '部门' },
			{ op: 'same', text: '经理审批。' },
		]);
	});

	it('marks inserted and deleted Chinese text', () => {
		expect(diffText('客户签署确认书。', '客户书面签署确认书。')).toEqual([
			{ op: 'same', text: '客户' },
			{ op: 'added', text: '书面' },
			{ op: 'same', text: '签署确认书。' },
		]);
		expect(diffText('客户书面签署确认书。', '客户签署确认书。')).toEqual([
			{ op: 'same', text: '客户' },
			{ op: 'removed', text: '书面' },
			{ op: 'same', text: '签署确认书。' },
		]);
	});

	it('replaces Latin words whole', () => {
		expect(diffText('Submit within 15 days.', 'Submit within 10 working days.')).toEqual([
			{ op: 'same', text: 'Submit within ' },
			{ op: 'removed', text: '15' },
			{ op: 'added', text: '10' },
			{ op: 'same', text: ' ' },
			{ op: 'added', text: 'working ' },
			{ op: 'same', text: 'days.' },
		]);
	});

	it('returns one same part for identical text and nothing for two empty texts', () => {
		expect(diffText('本标准适用于全部项目。', '本标准适用于全部项目。')).toEqual([{ op: 'same', text: '本标准适用于全部项目。' }]);
		expect(diffText('', '')).toEqual([]);
	});

	it('returns the whole text as added or removed when the other side is empty', () => {
		expect(diffText('', '新增条款。')).toEqual([{ op: 'added', text: '新增条款。' }]);
		expect(diffText('旧条款。', '')).toEqual([{ op: 'removed', text: '旧条款。' }]);
	});
});

describe('similarity', () => {
	it('is the share of the longer text (in tokens) that is kept', () => {
		// 8 tokens each, 6 kept (由 经 理 审 批 。)
		expect(similarity('由项目经理审批。', '由部门经理审批。')).toBe(0.75);
		// 3 of the longer text's 8 tokens kept, either way round
		expect(similarity('审批。', '由项目经理审批。')).toBe(0.375);
		expect(similarity('由项目经理审批。', '审批。')).toBe(0.375);
	});

	it('is 1 for identical text (also when both are empty) and 0 when nothing is kept', () => {
		expect(similarity('本标准适用于全部项目。', '本标准适用于全部项目。')).toBe(1);
		expect(similarity('', '')).toBe(1);
		expect(similarity('旧条款。', '')).toBe(0);
		expect(similarity('甲乙', '丙丁')).toBe(0);
	});
});

describe('clauseTextDiff', () => {
	it('has the documented thresholds', () => {
		expect(MOVE_THRESHOLD).toBe(0.6);
		expect(REWRITE_THRESHOLD).toBe(0.35);
	});

	it('marks the changed words of an edited clause', () => {
		expect(clauseTextDiff('需求确认书须在 15 个工作日内签署。', '需求确认书须在 10 个工作日内签署。')).toEqual([
			{ op: 'same', text: '需求确认书须在 ' },
			{ op: 'removed', text: '15' },
			{ op: 'added', text: '10' },
			{ op: 'same', text: ' 个工作日内签署。' },
		]);
	});

	it('shows a rewritten clause as the whole old text removed and the whole new text added', () => {
		// Only "须" and "。" survive: 2 of 16 tokens.
		expect(clauseTextDiff('所有变更须经变更控制委员会批准。', '团队须自行决定发布节奏。')).toEqual([
			{ op: 'removed', text: '所有变更须经变更控制委员会批准。' },
			{ op: 'added', text: '团队须自行决定发布节奏。' },
		]);
	});

	it('keeps word-level marks at exactly 35% kept and rewrites below', () => {
		const before = '一二三四五六七八九十百千万亿兆京垓秭穰沟'; // 20 characters
		// 7 of 20 kept = 0.35
		expect(clauseTextDiff(before, '一二三四五六七甲乙丙丁戊己庚辛壬癸子丑寅')).toEqual([
			{ op: 'same', text: '一二三四五六七' },
			{ op: 'removed', text: '八九十百千万亿兆京垓秭穰沟' },
			{ op: 'added', text: '甲乙丙丁戊己庚辛壬癸子丑寅' },
		]);
		// 6 of 20 kept = 0.3
		expect(clauseTextDiff(before, '一二三四五六甲乙丙丁戊己庚辛壬癸子丑寅卯')).toEqual([
			{ op: 'removed', text: before },
			{ op: 'added', text: '一二三四五六甲乙丙丁戊己庚辛壬癸子丑寅卯' },
		]);
	});

	it('leaves out the empty side of a rewrite', () => {
		expect(clauseTextDiff('', '新写的条款正文。')).toEqual([{ op: 'added', text: '新写的条款正文。' }]);
		expect(clauseTextDiff('删掉的条款正文。', '')).toEqual([{ op: 'removed', text: '删掉的条款正文。' }]);
		expect(clauseTextDiff('', '')).toEqual([]);
	});
});

/** Texts over a few characters, so that random pairs range from near-identical to unrelated. */
const text = fc.array(fc.constantFrom('审', '批', '项', '目', '经', '理', '。', 'A', '1', ' '), { maxLength: 80 }).map((c) => c.join(''));
const editedPair = fc.tuple(text, text, fc.nat({ max: 40 }), fc.nat({ max: 40 })).map(([a, insert, at, cut]) => {
	const b = a.slice(0, at) + insert.slice(0, 5) + a.slice(Math.min(a.length, at + (cut % 6)));
	return [a, b] as const;
});
const pair = fc.oneof(fc.tuple(text, text), editedPair);

describe('the bit-parallel common-subsequence length decides as the full diff would', () => {
	const keptShareOf = (a: string, b: string) => {
		const longest = Math.max(tokenize(a).length, tokenize(b).length);
		const kept = diffText(a, b)
			.filter((p) => p.op === 'same')
			.reduce((n, p) => n + tokenize(p.text).length, 0);
		return longest === 0 ? 1 : kept / longest;
	};

	it('lcsLength counts the tokens a minimal diff keeps, across word boundaries of the bit vector', () => {
		fc.assert(
			fc.property(pair, ([a, b]) => {
				const kept = diffText(a, b)
					.filter((p) => p.op === 'same')
					.reduce((n, p) => n + tokenize(p.text).length, 0);
				expect(lcsLength(tokenize(a), tokenize(b))).toBe(kept);
			}),
			{ numRuns: 300 },
		);
		const long = Array.from({ length: 100 }, (_, i) => String(i % 7));
		expect(lcsLength(long, long)).toBe(100);
		expect(lcsLength(long, [...long].reverse())).toBe(lcsLength([...long].reverse(), long));
		expect(lcsLength([], long)).toBe(0);
	});

	it('similarity is the share the full diff keeps', () => {
		fc.assert(
			fc.property(pair, ([a, b]) => {
				expect(similarity(a, b)).toBeCloseTo(keptShareOf(a, b), 12);
			}),
			{ numRuns: 300 },
		);
	});

	it('a clause diff is word-level exactly when the full diff keeps the rewrite share', () => {
		fc.assert(
			fc.property(pair, ([a, b]) => {
				const wordLevel = keptShareOf(a, b) >= REWRITE_THRESHOLD;
				expect(clauseTextDiff(a, b)).toEqual(
					wordLevel ? diffText(a, b) : [...(a ? [{ op: 'removed', text: a }] : []), ...(b ? [{ op: 'added', text: b }] : [])],
				);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('diffVersions', () => {
	const scope = c('1', '总则', '本标准适用于全部服务项目。');
	const purpose = c('1.1', '目的', '使交付结果可预期、可检查。');
	const needs = c('2', '需求分析', '需求确认书须在 15 个工作日内签署。');
	const survey = c('2.1', '调研', '调研由客户经理牵头。');
	const interview = c('2.2', '访谈', '访谈纪要须在当天整理。');
	const plan = c('3', '计划', '协作计划须经评审。');

	it('lists unchanged, changed, removed and added clauses in the order of the new version', () => {
		const needsNew = c('2', '需求分析', '需求确认书须在 10 个工作日内签署。');
		const review = c('4', '评估', '项目结束后开展效果评估。');
		const changes = diffVersions([scope, purpose, needs, survey, interview, plan], [scope, purpose, needsNew, plan, review]);
		expect(changes).toEqual([
			{ kind: 'unchanged', from: scope, to: scope },
			{ kind: 'unchanged', from: purpose, to: purpose },
			{
				kind: 'changed',
				from: needs,
				to: needsNew,
				title: [{ op: 'same', text: '需求分析' }],
				text: [
					{ op: 'same', text: '需求确认书须在 ' },
					{ op: 'removed', text: '15' },
					{ op: 'added', text: '10' },
					{ op: 'same', text: ' 个工作日内签署。' },
				],
			},
			// consecutive removals follow their predecessor (§2), in their old order
			{ kind: 'removed', from: survey },
			{ kind: 'removed', from: interview },
			{ kind: 'unchanged', from: plan, to: plan },
			{ kind: 'added', to: review },
		]);
		expect(summarize(changes)).toEqual({ added: 1, removed: 2, changed: 1, moved: 0, unchanged: 3 });
	});

	it('compares clauses by value, not identity', () => {
		expect(diffVersions([scope], [{ ...scope }])).toEqual([{ kind: 'unchanged', from: scope, to: scope }]);
	});

	it('lists a removed first clause at the top and an added clause where it stands', () => {
		const inserted = c('1.2', '术语', '本标准使用的术语见术语表。');
		expect(diffVersions([scope, purpose, needs], [purpose, inserted, needs])).toEqual([
			{ kind: 'removed', from: scope },
			{ kind: 'unchanged', from: purpose, to: purpose },
			{ kind: 'added', to: inserted },
			{ kind: 'unchanged', from: needs, to: needs },
		]);
	});

	it('lists a removed last clause at the end', () => {
		expect(diffVersions([scope, plan], [scope])).toEqual([
			{ kind: 'unchanged', from: scope, to: scope },
			{ kind: 'removed', from: plan },
		]);
	});

	it('marks a title change in a clause whose text stayed the same', () => {
		const renamed = c('3', '协作计划', '协作计划须经评审。');
		expect(diffVersions([plan], [renamed])).toEqual([
			{
				kind: 'changed',
				from: plan,
				to: renamed,
				title: [
					{ op: 'added', text: '协作' },
					{ op: 'same', text: '计划' },
				],
				text: [{ op: 'same', text: '协作计划须经评审。' }],
			},
		]);
	});

	it('shows a rewritten clause (little text kept) as whole text removed and whole text added', () => {
		const before = c('5', '变更', '所有变更须经变更控制委员会批准。');
		const after = c('5', '变更', '团队须自行决定发布节奏。');
		expect(diffVersions([before], [after])).toEqual([
			{
				kind: 'changed',
				from: before,
				to: after,
				title: [{ op: 'same', text: '变更' }],
				text: [
					{ op: 'removed', text: '所有变更须经变更控制委员会批准。' },
					{ op: 'added', text: '团队须自行决定发布节奏。' },
				],
			},
		]);
	});

	it('reports a clause whose anchor changed but whose text is ≥60% similar as moved, with its old number', () => {
		const records = c('2.1', '记录保存', '项目记录保存不少于 3 年。');
		const recordsMoved = c('1.2', '记录保存', '项目记录保存不少于 5 年。');
		const changes = diffVersions([scope, purpose, needs, records], [scope, purpose, recordsMoved, needs]);
		expect(changes).toEqual([
			{ kind: 'unchanged', from: scope, to: scope },
			{ kind: 'unchanged', from: purpose, to: purpose },
			{
				kind: 'moved',
				from: records,
				to: recordsMoved,
				title: [{ op: 'same', text: '记录保存' }],
				text: [
					{ op: 'same', text: '项目记录保存不少于 ' },
					{ op: 'removed', text: '3' },
					{ op: 'added', text: '5' },
					{ op: 'same', text: ' 年。' },
				],
			},
			{ kind: 'unchanged', from: needs, to: needs },
		]);
		expect(changes[2]?.kind === 'moved' && changes[2].from.number).toBe('2.1');
		expect(summarize(changes)).toEqual({ added: 0, removed: 0, changed: 0, moved: 1, unchanged: 3 });
	});

	it('reports a moved clause with unchanged text as moved, with all text the same', () => {
		const records = c('2.1', '记录保存', '项目记录保存不少于 3 年。');
		const recordsMoved = c('1.2', '记录保存', '项目记录保存不少于 3 年。');
		expect(diffVersions([records], [recordsMoved])).toEqual([
			{
				kind: 'moved',
				from: records,
				to: recordsMoved,
				title: [{ op: 'same', text: '记录保存' }],
				text: [{ op: 'same', text: '项目记录保存不少于 3 年。' }],
			},
		]);
	});

	it('reports a renumbered clause that kept its explicit anchor as moved', () => {
		const before = c('2.1', '记录保存', '项目记录保存不少于 3 年。', 'c-records');
		const after = c('3.4', '记录保存', '项目记录保存不少于 3 年。', 'c-records');
		expect(diffVersions([before], [after])).toEqual([
			{
				kind: 'moved',
				from: before,
				to: after,
				title: [{ op: 'same', text: '记录保存' }],
				text: [{ op: 'same', text: '项目记录保存不少于 3 年。' }],
			},
		]);
	});

	it('pairs at exactly 60% similar and not below', () => {
		// "一\n二三四五六七八九": 10 tokens (title, newline, 8 characters)
		const before = c('2.1', '一', '二三四五六七八九');
		const kept6 = c('1.2', '一', '二三四五甲乙丙丁'); // 6 of 10 kept
		const kept5 = c('1.2', '一', '二三四甲乙丙丁戊'); // 5 of 10 kept
		expect(diffVersions([before], [kept6])).toEqual([
			{
				kind: 'moved',
				from: before,
				to: kept6,
				title: [{ op: 'same', text: '一' }],
				text: [
					{ op: 'same', text: '二三四五' },
					{ op: 'removed', text: '六七八九' },
					{ op: 'added', text: '甲乙丙丁' },
				],
			},
		]);
		// A removed clause without a predecessor goes to the top.
		expect(diffVersions([before], [kept5])).toEqual([
			{ kind: 'removed', from: before },
			{ kind: 'added', to: kept5 },
		]);
	});

	it('lists a dissimilar clause under a new anchor as added, and the old one as removed after its predecessor', () => {
		const records = c('2.1', '记录保存', '项目记录保存不少于 3 年。');
		const archive = c('1.2', '归档', '档案移交档案室统一管理。');
		expect(diffVersions([scope, purpose, needs, records, plan], [scope, purpose, archive, needs, plan])).toEqual([
			{ kind: 'unchanged', from: scope, to: scope },
			{ kind: 'unchanged', from: purpose, to: purpose },
			{ kind: 'added', to: archive },
			{ kind: 'unchanged', from: needs, to: needs },
			{ kind: 'removed', from: records },
			{ kind: 'unchanged', from: plan, to: plan },
		]);
	});

	it('pairs a new clause with the most similar vanished clause', () => {
		const a = c('2.1', '记录保存', '项目记录保存不少于 3 年，电子记录同步备份。');
		const b = c('2.2', '记录保存', '项目记录保存不少于 5 年，电子记录同步备份。');
		const moved = c('1.2', '记录保存', '项目记录保存不少于 5 年，电子记录同步备份并加密。');
		expect(diffVersions([a, b], [moved]).map((change) => [change.kind, change.kind === 'added' ? null : change.from.number])).toEqual([
			['removed', '2.1'],
			['moved', '2.2'],
		]);
	});

	it('pairs each vanished clause with at most one new clause', () => {
		const records = c('2.1', '记录保存', '项目记录保存不少于 3 年。');
		const first = c('1.2', '记录保存', '项目记录保存不少于 3 年。');
		const second = c('1.3', '记录保存', '项目记录保存不少于 3 年。');
		expect(diffVersions([records], [first, second])).toEqual([
			{
				kind: 'moved',
				from: records,
				to: first,
				title: [{ op: 'same', text: '记录保存' }],
				text: [{ op: 'same', text: '项目记录保存不少于 3 年。' }],
			},
			{ kind: 'added', to: second },
		]);
	});

	it('places a removed clause after a predecessor that moved', () => {
		const records = c('2.1', '记录保存', '项目记录保存不少于 3 年。');
		const backups = c('2.2', '备份', '每周备份一次。');
		const recordsMoved = c('1.2', '记录保存', '项目记录保存不少于 3 年。');
		expect(diffVersions([scope, needs, records, backups], [scope, recordsMoved, needs]).map((change) => change.kind)).toEqual([
			'unchanged',
			'moved',
			'removed', // §2.2 follows §2.1, which now stands as §1.2
			'unchanged',
		]);
	});

	it('returns nothing for two empty versions and everything added or removed against an empty one', () => {
		expect(diffVersions([], [])).toEqual([]);
		expect(diffVersions([], [scope, purpose])).toEqual([
			{ kind: 'added', to: scope },
			{ kind: 'added', to: purpose },
		]);
		expect(diffVersions([scope, purpose], [])).toEqual([
			{ kind: 'removed', from: scope },
			{ kind: 'removed', from: purpose },
		]);
	});
});

describe('summarize', () => {
	it('counts each kind of change', () => {
		const a = c('1', 'A', '甲');
		const b = c('2', 'B', '乙');
		const changes: ClauseChange[] = [
			{ kind: 'unchanged', from: a, to: a },
			{ kind: 'unchanged', from: b, to: b },
			{ kind: 'added', to: a },
			{ kind: 'removed', from: b },
			{ kind: 'removed', from: a },
			{ kind: 'changed', from: a, to: a, title: [], text: [] },
			{ kind: 'moved', from: a, to: b, title: [], text: [] },
		];
		expect(summarize(changes)).toEqual({ added: 1, removed: 2, changed: 1, moved: 1, unchanged: 2 });
	});

	it('is all zeros for no changes', () => {
		expect(summarize([])).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 });
	});
});
