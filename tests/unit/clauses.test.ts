import { describe, expect, it } from 'vitest';
import {
	checkClauseOutline,
	clauseIdFor,
	clauseLabel,
	expectedDepth,
	extractClauses,
	extractClauseTexts,
	parseClauseHeading,
	plainText,
	type Clause,
} from '../../src/lib/clauses.ts';

const clause = (number: string, depth: number, title = 'T', id = clauseIdFor(number)): Clause => ({ number, id, title, depth });

describe('parseClauseHeading', () => {
	it('derives the anchor from the number', () => {
		expect(parseClauseHeading('2.3 审批流程', 3)).toEqual({ number: '2.3', id: 'c-2-3', title: '审批流程', depth: 3 });
	});

	it('accepts a trailing dot after the number and surrounding whitespace', () => {
		expect(parseClauseHeading('  2. Scope  ', 2)).toEqual({ number: '2', id: 'c-2', title: 'Scope', depth: 2 });
	});

	it('uses an explicit [#c-name] anchor and strips it from the title', () => {
		expect(parseClauseHeading('2.3 Approval [#c-approval]', 3)).toEqual({ number: '2.3', id: 'c-approval', title: 'Approval', depth: 3 });
		expect(parseClauseHeading('4.1.2 Sign-off[#c-sign-off-2]', 4)).toEqual({
			number: '4.1.2',
			id: 'c-sign-off-2',
			title: 'Sign-off',
			depth: 4,
		});
	});

	it('leaves an anchor that is not a valid clause id in the title', () => {
		expect(parseClauseHeading('2 Scope [#Scope]', 2)).toEqual({ number: '2', id: 'c-2', title: 'Scope [#Scope]', depth: 2 });
		expect(parseClauseHeading('2 Scope [#c-]', 2)).toEqual({ number: '2', id: 'c-2', title: 'Scope [#c-]', depth: 2 });
	});

	it('returns null for headings without a leading clause number', () => {
		expect(parseClauseHeading('Scope', 2)).toBeNull();
		expect(parseClauseHeading('2', 2)).toBeNull(); // number but no title
		expect(parseClauseHeading('v2 Scope', 2)).toBeNull();
		expect(parseClauseHeading('2.Scope', 2)).toBeNull(); // no space after the number
		expect(parseClauseHeading('', 2)).toBeNull();
	});
});

describe('clause helpers', () => {
	it('clauseIdFor joins the parts with hyphens', () => {
		expect(clauseIdFor('2')).toBe('c-2');
		expect(clauseIdFor('2.3.1')).toBe('c-2-3-1');
	});

	it('clauseLabel prefixes §', () => {
		expect(clauseLabel('2.3')).toBe('§2.3');
	});

	it('expectedDepth is parts + 1', () => {
		expect(expectedDepth('2')).toBe(2);
		expect(expectedDepth('2.3')).toBe(3);
		expect(expectedDepth('2.3.1')).toBe(4);
	});
});

describe('checkClauseOutline', () => {
	it('accepts a well-formed outline', () => {
		expect(checkClauseOutline([clause('1', 2), clause('1.1', 3), clause('1.1.1', 4), clause('1.2', 3), clause('2', 2)])).toEqual([]);
		expect(checkClauseOutline([])).toEqual([]);
	});

	it('reports a number at the wrong heading depth', () => {
		expect(checkClauseOutline([clause('1', 2), clause('1.1', 2, 'Approval')])).toEqual([
			'§1.1 "Approval" is a level-2 heading; expected ### for a number with 2 part(s)',
		]);
		expect(checkClauseOutline([clause('3', 4, 'Deep')])).toEqual([
			'§3 "Deep" is a level-4 heading; expected ## for a number with 1 part(s)',
		]);
	});

	it('reports a sub-clause before its parent', () => {
		expect(checkClauseOutline([clause('1', 2), clause('2.1', 3, 'Early'), clause('2', 2)])).toEqual([
			'§2.1 "Early" appears before its parent clause §2',
		]);
		expect(checkClauseOutline([clause('1', 2), clause('1.2.1', 4, 'Orphan')])).toEqual([
			'§1.2.1 "Orphan" appears before its parent clause §1.2',
		]);
	});

	it('reports duplicate numbers and duplicate derived anchors', () => {
		expect(checkClauseOutline([clause('1', 2), clause('1', 2)])).toEqual(['§1 is numbered twice', 'anchor #c-1 is used twice']);
	});

	it('reports an explicit anchor used twice', () => {
		expect(checkClauseOutline([clause('1', 2, 'A', 'c-intro'), clause('2', 2, 'B', 'c-intro')])).toEqual(['anchor #c-intro is used twice']);
	});

	it('reports an explicit anchor that collides with a derived one', () => {
		expect(checkClauseOutline([clause('1', 2), clause('2', 2, 'B', 'c-1')])).toEqual(['anchor #c-1 is used twice']);
	});

	it('reports several problems of one clause in order', () => {
		expect(checkClauseOutline([clause('1', 2), clause('2.1', 2, 'X'), clause('2.1', 3, 'X')])).toEqual([
			'§2.1 "X" is a level-2 heading; expected ### for a number with 2 part(s)',
			'§2.1 "X" appears before its parent clause §2',
			'§2.1 "X" appears before its parent clause §2',
			'§2.1 is numbered twice',
			'anchor #c-2-1 is used twice',
		]);
	});
});

describe('extractClauses', () => {
	it('reads h2–h4 headings with their line numbers', () => {
		const md = [
			'# 标准标题',
			'',
			'## 1 范围',
			'text',
			'### 1.1 适用 [#c-scope]',
			'#### 1.1.1 细则',
			'##### 1.1.1.1 Too deep',
			'## 附录',
		].join('\n');
		expect(extractClauses(md)).toEqual([
			{ clause: { number: '1', id: 'c-1', title: '范围', depth: 2 }, text: '1 范围', depth: 2, line: 3 },
			{ clause: { number: '1.1', id: 'c-scope', title: '适用', depth: 3 }, text: '1.1 适用 [#c-scope]', depth: 3, line: 5 },
			{ clause: { number: '1.1.1', id: 'c-1-1-1', title: '细则', depth: 4 }, text: '1.1.1 细则', depth: 4, line: 6 },
			{ clause: null, text: '附录', depth: 2, line: 8 },
		]);
	});

	it('strips a closing sequence of #', () => {
		expect(extractClauses('## 2 Scope ##')).toEqual([
			{ clause: { number: '2', id: 'c-2', title: 'Scope', depth: 2 }, text: '2 Scope', depth: 2, line: 1 },
		]);
	});

	it('ignores lines that are not headings to CommonMark; an empty heading is a heading without a number', () => {
		expect(extractClauses(['##2 No space', ' text ## 3 inline', 'para'].join('\n'))).toEqual([]);
		expect(extractClauses(['para', '', '##', 'more'].join('\n'))).toEqual([{ clause: null, text: '', depth: 2, line: 3 }]);
	});

	it('reads headings as the renderer does: setext headings count, headings in lists or quotes do not', () => {
		const md = ['2 需求分析', '----', '', '- ## 3 列表中', '', '> ### 3.1 引用中', '', '## 3 正文 **加粗**'].join('\n');
		expect(extractClauses(md).map((h) => [h.text, h.line])).toEqual([
			['2 需求分析', 1],
			['3 正文 加粗', 8],
		]);
	});

	it('skips headings inside ``` and ~~~ fences', () => {
		const md = ['## 1 Real', '```markdown', '## 2 In code', '```', '~~~', '### 1.1 In tilde code', '~~~', '### 1.2 After'].join('\n');
		expect(extractClauses(md).map((h) => [h.text, h.line])).toEqual([
			['1 Real', 1],
			['1.2 After', 8],
		]);
	});

	it('does not close a ``` fence with ~~~ (or vice versa)', () => {
		const md = ['```', '~~~', '## 1 Still code', '```', '## 2 Out'].join('\n');
		expect(extractClauses(md).map((h) => h.text)).toEqual(['2 Out']);
	});

	it('skips indented fences and an unclosed fence to the end', () => {
		const md = ['## 1 A', '  ```js', '## 2 Code', '  ```', '## 3 B', '```', '## 4 Never closed'].join('\n');
		expect(extractClauses(md).map((h) => h.text)).toEqual(['1 A', '3 B']);
	});

	it('handles CRLF line endings', () => {
		expect(extractClauses('## 1 Scope\r\n### 1.1 Detail\r\n')).toEqual([
			{ clause: { number: '1', id: 'c-1', title: 'Scope', depth: 2 }, text: '1 Scope', depth: 2, line: 1 },
			{ clause: { number: '1.1', id: 'c-1-1', title: 'Detail', depth: 3 }, text: '1.1 Detail', depth: 3, line: 2 },
		]);
	});

	it('keeps a # that ends the last word (CommonMark closing sequence needs a space before it)', () => {
		expect(extractClauses('## 2 Using C#')[0]?.text).toBe('2 Using C#');
	});
});

describe('plainText', () => {
	it('keeps one paragraph or list item a line, trimmed, without blank lines', () => {
		expect(plainText('\n  第一段，\n\n第二段。  \n\n- 第一项；\n- 第二项。\n\n')).toBe('第一段，\n第二段。\n- 第一项；\n- 第二项。');
	});

	it("keeps a link's text and drops its target and title", () => {
		expect(plainText('按[工作分解结构](term:wbs)拆分，见[附表](/files/a.pdf "附表一")。')).toBe('按工作分解结构拆分，见附表。');
	});

	it('names an empty reference link with the label function, or its target by default', () => {
		expect(plainText('见 [](std:sc-01#c-2-4) 和 [](std:tc-01)。')).toBe('见 std:sc-01#c-2-4 和 std:tc-01。');
		const label = (target: string) => ({ 'std:sc-01#c-2-4': 'SC-01 §2.4', 'std:tc-01': 'TC-01' })[target] ?? '?';
		expect(plainText('见 [](std:sc-01#c-2-4) 和 [](std:tc-01)。', label)).toBe('见 SC-01 §2.4 和 TC-01。');
		// a link with text does not ask for a label
		expect(plainText('见[协作标准](std:tc-01)。', () => 'unused')).toBe('见协作标准。');
	});

	it('drops bold markers and inline-code backticks', () => {
		expect(plainText('**不得**省略，必须书面确认，字段 `owner` 必填。')).toBe('不得省略，必须书面确认，字段 owner 必填。');
		// CommonMark: `__` inside a run of Chinese text is not emphasis, so readers see it, and so does the diff.
		expect(plainText('省略，__必须__书面')).toBe('省略，__必须__书面');
		expect(plainText('**[需求确认](std:sc-01#c-2-4)**')).toBe('需求确认');
	});

	it('returns empty text for blank input', () => {
		expect(plainText('')).toBe('');
		expect(plainText('\n  \n\t\n')).toBe('');
	});

	it('drops the CR of CRLF line endings', () => {
		expect(plainText('第一段。\r\n\r\n第二段。\r\n')).toBe('第一段。\n第二段。');
	});
});

describe('extractClauseTexts', () => {
	it('gives every clause its own text up to the next heading, in document order', () => {
		const md = [
			'本标准规定协作流程。', // before the first clause: no clause
			'',
			'## 1 总则',
			'',
			'本标准适用于全部服务项目。',
			'',
			'### 1.1 目的 [#c-purpose]',
			'',
			'使交付结果**可预期**。',
			'',
			'- 可检查；',
			'- 可追溯。',
			'',
			'## 2 需求分析',
			'',
			'### 2.1 调研',
			'',
			'调研由客户经理牵头，见 [](std:cq-01#c-2-1)。',
		].join('\n');
		expect(extractClauseTexts(md)).toEqual([
			{ number: '1', id: 'c-1', title: '总则', depth: 2, text: '本标准适用于全部服务项目。' },
			{ number: '1.1', id: 'c-purpose', title: '目的', depth: 3, text: '使交付结果可预期。\n- 可检查；\n- 可追溯。' },
			{ number: '2', id: 'c-2', title: '需求分析', depth: 2, text: '' }, // a parent's text stops at its first sub-clause
			{ number: '2.1', id: 'c-2-1', title: '调研', depth: 3, text: '调研由客户经理牵头，见 std:cq-01#c-2-1。' },
		]);
	});

	it('passes the label function on to reference links', () => {
		expect(extractClauseTexts('## 1 总则\n见 [](std:cq-01#c-2-1)。', () => 'CQ-01 §2.1')).toEqual([
			{ number: '1', id: 'c-1', title: '总则', depth: 2, text: '见 CQ-01 §2.1。' },
		]);
	});

	it('ends a clause at an unnumbered heading and leaves that heading and its text out', () => {
		expect(extractClauseTexts(['## 1 总则', '正文。', '## 附录', '附录正文。', '## 2 职责', '职责正文。'].join('\n'))).toEqual([
			{ number: '1', id: 'c-1', title: '总则', depth: 2, text: '正文。' },
			{ number: '2', id: 'c-2', title: '职责', depth: 2, text: '职责正文。' },
		]);
	});

	it('does not end a clause at a heading inside fenced code', () => {
		const texts = extractClauseTexts(['## 1 示例', '```md', '## 2 不是条款', '```', '说明。'].join('\n'));
		expect(texts.map(({ text: _text, ...clause }) => clause)).toEqual([{ number: '1', id: 'c-1', title: '示例', depth: 2 }]);
		expect(texts[0]?.text).toContain('## 2 不是条款\n');
		expect(texts[0]?.text.endsWith('\n说明。')).toBe(true);
	});

	it('keeps the lines of fenced code, without the fences, in clause text', () => {
		expect(extractClauseTexts(['## 1 示例', '```md', '## 2 不是条款', '```', '说明。'].join('\n'))).toEqual([
			{ number: '1', id: 'c-1', title: '示例', depth: 2, text: '## 2 不是条款\n说明。' },
		]);
	});

	it('reads list items one a line with their marker, and quotes as their text', () => {
		expect(plainText(['- 甲：**一**', '- 乙', '', '3. 丙', '4. 丁', '', '> 引文'].join('\n'))).toBe('- 甲：一\n- 乙\n3. 丙\n4. 丁\n引文');
	});

	it('reads CRLF files', () => {
		expect(extractClauseTexts('## 1 总则\r\n\r\n正文。\r\n### 1.1 目的\r\n目的正文。\r\n')).toEqual([
			{ number: '1', id: 'c-1', title: '总则', depth: 2, text: '正文。' },
			{ number: '1.1', id: 'c-1-1', title: '目的', depth: 3, text: '目的正文。' },
		]);
	});

	it('returns nothing for a body without clauses', () => {
		expect(extractClauseTexts('')).toEqual([]);
		expect(extractClauseTexts('只有正文。\n\n# 标题')).toEqual([]);
	});
});
