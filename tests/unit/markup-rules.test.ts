/**
 * The markup a content body may carry, parsed as the site renders it: standards as Markdown,
 * handbooks, checklists and cases as MDX. Each mistake is named with its file line and what to
 * write instead; plain Markdown, autolinks and a literal "<" in a standard pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markupProblems } from '../../src/lib/markup-rules.ts';

const messages = (body: string, syntax: 'markdown' | 'mdx', firstLine = 10) =>
	markupProblems(body, firstLine, syntax).map((p) => `${p.line}: ${p.message}`);

describe('markupProblems', () => {
	it('passes plain Markdown in both syntaxes', () => {
		const body =
			'## 1 计划\n\n计划须经**审批**，见 [](std:ab-01#c-1)。\\\n换行。\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n- [ ] 项目\n\n```html\n<div>代码里的标签不算</div>\n```\n\n`<b>` 也不算。\n';
		expect(markupProblems(body, 1, 'markdown')).toEqual([]);
		expect(markupProblems(body, 1, 'mdx')).toEqual([]);
	});

	it('lets a standard (Markdown) keep autolinks and a literal "<"', () => {
		expect(markupProblems('见 <https://example.com/a> 与 <std:ab-01#c-1>。\n\n当 a<b 时，或 x < 5 时。\n', 1, 'markdown')).toEqual([]);
	});

	it('names raw HTML in a standard at its file line, with what to write instead', () => {
		const body = '## 1 计划\n\n<div>计划须经审批 [](std:ab-01#c-1)。\n\n答复，<br>逾期视为同意。\n\n<table><tr><td>x</td></tr></table>\n';
		expect(messages(body, 'markdown')).toEqual([
			'12: raw HTML element <div>: expected plain Markdown; remove the tag: Markdown needs none',
			'14: raw HTML element <br>: expected plain Markdown; for a line break, end the line with a backslash (\\)',
			'16: raw HTML element <table>: expected plain Markdown; write a Markdown table (| a | b |)',
		]);
	});

	it('names a closing tag once, with its opening tag', () => {
		expect(messages('<div>\n\n文字\n\n</div>\n', 'markdown')).toEqual([
			'10: raw HTML element <div>: expected plain Markdown; remove the tag: Markdown needs none',
		]);
		expect(messages('文字\n\n</section>\n', 'markdown')).toEqual([
			'12: raw HTML element <section>: expected plain Markdown; remove the tag: Markdown needs none',
		]);
	});

	it('names HTML comments, components and images in both syntaxes', () => {
		for (const syntax of ['markdown', 'mdx'] as const) {
			expect(messages('<!-- 备注 -->\n\n文字\n', syntax)).toEqual([
				'10: an HTML comment (<!-- … -->): expected plain Markdown; remove it (a comment would be published in the page)',
			]);
			expect(messages('文字\n\n<Callout>注意</Callout>\n', syntax)[0]).toBe(
				'12: a component <Callout>: expected plain Markdown; content may not use components; the site adds its own interactive elements',
			);
			expect(messages('见图 ![流程](./flow.png)\n\n![][ref]\n\n[ref]: ./a.png\n', syntax)).toEqual([
				expect.stringMatching(/^10: an image: content does not carry images/),
				expect.stringMatching(/^12: an image: content does not carry images/),
			]);
		}
	});

	it('names what the MDX compiler would reject, at the file line, without body-relative positions', () => {
		expect(messages('第一段\n\n<div>没有闭合\n', 'mdx')).toEqual([
			'12: raw HTML element <div>: expected plain Markdown; remove the tag: Markdown needs none',
		]);
		const [lt] = messages('第一段\n\n当 a<b 时\n', 'mdx');
		expect(lt).toMatch(/^12: not valid MDX: .+; expected plain Markdown \(write \\< for a literal "<", \\{ for a literal brace\)$/);
		expect(lt).not.toMatch(/\(\d+:\d+/);
	});

	it('leaves to the line scan what it names already: script, iframe, links, expressions, imports', () => {
		expect(markupProblems('<script>x</script>\n\n<a href="https://example.com">x</a>\n', 1, 'markdown')).toEqual([]);
		expect(markupProblems('值为 {1+1}。\n', 1, 'mdx')).toEqual([]);
		expect(markupProblems("import X from './x.js'\n\n文字\n", 1, 'mdx')).toEqual([]);
	});

	it('never throws, and every problem names a line inside the body', () => {
		const piece = fc.constantFrom(
			'文字',
			'<',
			'>',
			'{',
			'}',
			'<div>',
			'</div>',
			'<!--',
			'-->',
			'![a](b)',
			'[x](std:ab-01)',
			'\n',
			'\n\n',
			' ',
			'`',
			'```',
			'#',
			'- ',
			'|',
			'\\',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('markdown' as const, 'mdx' as const), (pieces, syntax) => {
				const body = pieces.join('');
				const lines = body.split('\n').length;
				for (const problem of markupProblems(body, 5, syntax)) {
					expect(problem.line).toBeGreaterThanOrEqual(5);
					expect(problem.line).toBeLessThanOrEqual(5 + lines - 1);
				}
			}),
		);
	});
});
