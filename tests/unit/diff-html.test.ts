import { describe, expect, it } from 'vitest';
import { clauseIdFor, expectedDepth, type ClauseText } from '../../src/lib/clauses.ts';
import { readStrings } from '../../src/client/strings.ts';
import { renderDiffHtml as renderSafe, type DiffHtmlKey } from '../../src/lib/diff-html.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { diffVersions, type ClauseChange } from '../../src/lib/version-diff.ts';

const c = (number: string, title: string, text: string, id = clauseIdFor(number)): ClauseText => ({
	number,
	id,
	title,
	depth: expectedDepth(number),
	text,
});

type Strings = Record<DiffHtmlKey, string>;
/** The diff as a string, its strings read the way an element reads them. */
const renderDiffHtml = (changes: Parameters<typeof renderSafe>[0], strings: Strings) =>
	renderSafe(changes, readStrings(strings, 'en')).value;

/** As in src/i18n/en.ts. */
const EN: Strings = {
	'diff.added': 'Added',
	'diff.removed': 'Removed',
	'diff.changed': 'Changed',
	'diff.moved': 'Moved',
	'diff.unchanged': 'Unchanged',
	'diff.movedFrom': 'was §{number}',
	'diff.inserted': 'added: ',
	'diff.deleted': 'removed: ',
	'diff.identical': 'The two versions have identical clauses.',
};

/** As in src/i18n/zh-cn.ts. */
const ZH: Strings = {
	'diff.added': '新增',
	'diff.removed': '删除',
	'diff.changed': '修改',
	'diff.moved': '移动',
	'diff.unchanged': '未变',
	'diff.movedFrom': '原 §{number}',
	'diff.inserted': '新增内容：',
	'diff.deleted': '删除内容：',
	'diff.identical': '两个版本的条款完全相同。',
};

const ADDED = '<span class="visually-hidden">added: </span>';
const REMOVED = '<span class="visually-hidden">removed: </span>';

describe('escapeHtml', () => {
	it('escapes &, <, >, " and \'', () => {
		expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
	});

	it('leaves other text, including Chinese, alone', () => {
		expect(escapeHtml('需求确认书须在 10 个工作日内签署。')).toBe('需求确认书须在 10 个工作日内签署。');
		expect(escapeHtml('')).toBe('');
	});

	it('escapes an ampersand once (no double escaping of the escapes themselves)', () => {
		expect(escapeHtml('&lt;')).toBe('&amp;lt;');
	});
});

describe('renderDiffHtml', () => {
	const scope = c('1', '总则', '本标准适用于全部服务项目。');

	it('renders the identical message when nothing changed', () => {
		expect(renderDiffHtml([{ kind: 'unchanged', from: scope, to: scope }], EN)).toBe(
			'<p class="diff-identical">The two versions have identical clauses.</p>',
		);
		expect(renderDiffHtml(diffVersions([scope], [{ ...scope }]), ZH)).toBe('<p class="diff-identical">两个版本的条款完全相同。</p>');
	});

	it('renders the identical message for two versions without clauses', () => {
		expect(renderDiffHtml([], EN)).toBe('<p class="diff-identical">The two versions have identical clauses.</p>');
	});

	it('escapes the identical message', () => {
		expect(renderDiffHtml([], { ...EN, 'diff.identical': 'Same <clauses> & text' })).toBe(
			'<p class="diff-identical">Same &lt;clauses&gt; &amp; text</p>',
		);
	});

	it('renders an unchanged clause as a marked heading line', () => {
		const added = c('2', '执行', '按计划执行。');
		expect(
			renderDiffHtml(
				[
					{ kind: 'unchanged', from: scope, to: scope },
					{ kind: 'added', to: added },
				],
				EN,
			),
		).toBe(
			'<ol class="clause-diff">' +
				'<li class="change is-unchanged"><span class="change-marker">Unchanged</span> <span class="clause-number">§1</span> 总则</li>' +
				`<li class="change is-added"><span class="change-marker">Added</span><h3><span class="clause-number">§2</span> 执行</h3><div class="clause-text"><p><ins>${ADDED}按计划执行。</ins></p></div></li>` +
				'</ol>',
		);
	});

	it('renders a removed clause struck through, with the marker and hidden text in words', () => {
		const removed = c('2.1', '调研', '调研由客户经理牵头。');
		expect(renderDiffHtml([{ kind: 'removed', from: removed }], EN)).toBe(
			'<ol class="clause-diff">' +
				`<li class="change is-removed"><span class="change-marker">Removed</span><h3><del><span class="clause-number">§2.1</span> 调研</del></h3><div class="clause-text"><p><del>${REMOVED}调研由客户经理牵头。</del></p></div></li>` +
				'</ol>',
		);
	});

	it('renders a changed Chinese clause with only the changed number inside <del>/<ins>', () => {
		const before = c('2', '需求分析', '需求确认书须在 15 个工作日内签署。');
		const after = c('2', '需求分析', '需求确认书须在 10 个工作日内签署。');
		expect(renderDiffHtml(diffVersions([before], [after]), EN)).toBe(
			'<ol class="clause-diff">' +
				'<li class="change is-changed"><span class="change-marker">Changed</span><h3><span class="clause-number">§2</span> 需求分析</h3>' +
				`<div class="clause-text"><p>需求确认书须在 <del>${REMOVED}15</del><ins>${ADDED}10</ins> 个工作日内签署。</p></div></li>` +
				'</ol>',
		);
	});

	it('renders the Chinese labels', () => {
		const before = c('2', '需求分析', '须在当天完成。');
		const after = c('2', '需求分析', '应在当天完成。');
		expect(renderDiffHtml(diffVersions([before], [after]), ZH)).toBe(
			'<ol class="clause-diff">' +
				'<li class="change is-changed"><span class="change-marker">修改</span><h3><span class="clause-number">§2</span> 需求分析</h3>' +
				'<div class="clause-text"><p><del><span class="visually-hidden">删除内容：</span>须</del><ins><span class="visually-hidden">新增内容：</span>应</ins>在当天完成。</p></div></li>' +
				'</ol>',
		);
	});

	it('marks title changes in the heading and leaves out unchanged text', () => {
		const before = c('3', '计划', '协作计划须经评审。');
		const after = c('3', '协作计划', '协作计划须经评审。');
		expect(renderDiffHtml(diffVersions([before], [after]), EN)).toBe(
			'<ol class="clause-diff">' +
				`<li class="change is-changed"><span class="change-marker">Changed</span><h3><span class="clause-number">§3</span> <ins>${ADDED}协作</ins>计划</h3></li>` +
				'</ol>',
		);
	});

	it('renders a moved clause with its old number in words', () => {
		const before = c('2.1', '记录保存', '项目记录保存不少于 3 年。');
		const after = c('1.2', '记录保存', '项目记录保存不少于 5 年。');
		expect(renderDiffHtml(diffVersions([before], [after]), EN)).toBe(
			'<ol class="clause-diff">' +
				'<li class="change is-moved"><span class="change-marker">Moved · was §2.1</span><h3><span class="clause-number">§1.2</span> 记录保存</h3>' +
				`<div class="clause-text"><p>项目记录保存不少于 <del>${REMOVED}3</del><ins>${ADDED}5</ins> 年。</p></div></li>` +
				'</ol>',
		);
		expect(renderDiffHtml(diffVersions([before], [after]), ZH)).toContain('<span class="change-marker">移动 · 原 §2.1</span>');
	});

	it('renders a moved clause with unchanged text as its heading only', () => {
		const before = c('2.1', '记录保存', '项目记录保存不少于 3 年。');
		const after = c('1.2', '记录保存', '项目记录保存不少于 3 年。');
		expect(renderDiffHtml(diffVersions([before], [after]), EN)).toBe(
			'<ol class="clause-diff"><li class="change is-moved"><span class="change-marker">Moved · was §2.1</span><h3><span class="clause-number">§1.2</span> 记录保存</h3></li></ol>',
		);
	});

	it('renders a rewritten clause as the whole old text deleted and the whole new text inserted', () => {
		const before = c('5', '变更', '所有变更须经变更控制委员会批准。');
		const after = c('5', '变更', '团队须自行决定发布节奏。');
		expect(renderDiffHtml(diffVersions([before], [after]), EN)).toBe(
			'<ol class="clause-diff"><li class="change is-changed"><span class="change-marker">Changed</span><h3><span class="clause-number">§5</span> 变更</h3>' +
				`<div class="clause-text"><p><del>${REMOVED}所有变更须经变更控制委员会批准。</del><ins>${ADDED}团队须自行决定发布节奏。</ins></p></div></li></ol>`,
		);
	});

	it('escapes HTML in clause titles and text of every kind of change', () => {
		const evil = c('4', '<b>标题</b>', '<script>alert("x")</script> & 正文');
		const escapedTitle = '&lt;b&gt;标题&lt;/b&gt;';
		const escapedText = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 正文';
		expect(renderDiffHtml([{ kind: 'added', to: evil }], EN)).toBe(
			`<ol class="clause-diff"><li class="change is-added"><span class="change-marker">Added</span><h3><span class="clause-number">§4</span> ${escapedTitle}</h3><div class="clause-text"><p><ins>${ADDED}${escapedText}</ins></p></div></li></ol>`,
		);
		expect(renderDiffHtml([{ kind: 'removed', from: evil }], EN)).toBe(
			`<ol class="clause-diff"><li class="change is-removed"><span class="change-marker">Removed</span><h3><del><span class="clause-number">§4</span> ${escapedTitle}</del></h3><div class="clause-text"><p><del>${REMOVED}${escapedText}</del></p></div></li></ol>`,
		);
		expect(
			renderDiffHtml(
				[
					{ kind: 'unchanged', from: evil, to: evil },
					{ kind: 'removed', from: scope },
				],
				EN,
			),
		).toContain(
			`<li class="change is-unchanged"><span class="change-marker">Unchanged</span> <span class="clause-number">§4</span> ${escapedTitle}</li>`,
		);
		const changed = c('4', '<b>标题</b>', '<script>alert("y")</script> & 正文');
		const html = renderDiffHtml(diffVersions([evil], [changed]), EN);
		expect(html).toBe(
			'<ol class="clause-diff"><li class="change is-changed"><span class="change-marker">Changed</span>' +
				`<h3><span class="clause-number">§4</span> ${escapedTitle}</h3>` +
				`<div class="clause-text"><p>&lt;script&gt;alert(&quot;<del>${REMOVED}x</del><ins>${ADDED}y</ins>&quot;)&lt;/script&gt; &amp; 正文</p></div></li></ol>`,
		);
		for (const output of [html, renderDiffHtml([{ kind: 'added', to: evil }], EN)]) {
			expect(output).not.toContain('<script>');
			expect(output).not.toContain('<b>');
		}
	});

	it('escapes the labels', () => {
		const before = c('2.1', '记录', '甲乙丙丁。');
		const after = c('1.2', '记录', '甲乙丙丁。');
		const labels = { ...EN, 'diff.moved': 'Moved <here>', 'diff.movedFrom': 'was "§{number}"', 'diff.added': 'A & B' };
		expect(renderDiffHtml([...diffVersions([before], [after]), { kind: 'added', to: scope }], labels)).toBe(
			'<ol class="clause-diff">' +
				'<li class="change is-moved"><span class="change-marker">Moved &lt;here&gt; · was &quot;§2.1&quot;</span><h3><span class="clause-number">§1.2</span> 记录</h3></li>' +
				`<li class="change is-added"><span class="change-marker">A &amp; B</span><h3><span class="clause-number">§1</span> 总则</h3><div class="clause-text"><p><ins>${ADDED}本标准适用于全部服务项目。</ins></p></div></li>` +
				'</ol>',
		);
	});

	it('renders lines as paragraphs and Markdown list items as lists, without their markers', () => {
		const before = c('1', '范围', '第一段。\n- 第一项\n- 另一项\n1. 编号项');
		const after = c('1', '范围', '第一段。\n- 第二项\n- 另一项\n1. 编号项');
		expect(renderDiffHtml([{ kind: 'added', to: before }], EN)).toContain(
			`<div class="clause-text"><p><ins>${ADDED}第一段。</ins></p><ul><li><ins>${ADDED}第一项</ins></li><li><ins>${ADDED}另一项</ins></li></ul><ol><li><ins>${ADDED}编号项</ins></li></ol></div>`,
		);
		const changed = renderDiffHtml(diffVersions([before], [after]), EN);
		expect(changed).toContain(
			`<div class="clause-text"><p>第一段。</p><ul><li>第<del>${REMOVED}一</del><ins>${ADDED}二</ins>项</li><li>另一项</li></ul><ol><li>编号项</li></ol></div>`,
		);
		expect(changed).not.toContain('- ');
	});

	it('never relies on colour alone: every change says what happened in words, and every <ins>/<del> in text is announced', () => {
		const before = [
			c('1', '总则', '本标准适用于全部服务项目。'),
			c('2', '需求', '须在 15 个工作日内签署。'),
			c('2.1', '调研', '调研由客户经理牵头。'),
			c('3', '记录', '保存 3 年。'),
		];
		const after = [
			c('1', '总则', '本标准适用于全部服务项目。'),
			c('1.1', '记录', '保存 3 年。'),
			c('2', '需求', '须在 10 个工作日内签署。'),
			c('4', '评估', '开展效果评估。'),
		];
		const changes: ClauseChange[] = diffVersions(before, after);
		expect(changes.map((change) => change.kind)).toEqual(['unchanged', 'moved', 'changed', 'removed', 'added']);
		const html = renderDiffHtml(changes, EN);
		const items = html.match(/<li[^>]*>.*?<\/li>/g) ?? [];
		expect(items.map((item) => /^<li class="change is-(\w+)"><span class="change-marker">([^<]+)<\/span>/.exec(item)?.slice(1))).toEqual([
			['unchanged', 'Unchanged'],
			['moved', 'Moved · was §3'],
			['changed', 'Changed'],
			['removed', 'Removed'],
			['added', 'Added'],
		]);
		// Inside clause text, every insertion and deletion begins with its spoken label.
		const texts = items.flatMap((item) => item.match(/<div class="clause-text"><p>.*?<\/p>/g) ?? []).join('');
		expect(texts.match(/<ins>/g)).toHaveLength(2);
		expect(texts.match(/<del>/g)).toHaveLength(2);
		expect(texts.match(/<ins>(?!<span class="visually-hidden">added: <\/span>)/g)).toBeNull();
		expect(texts.match(/<del>(?!<span class="visually-hidden">removed: <\/span>)/g)).toBeNull();
	});
});
