/** Rules on raw content files: layout, encoding, body scanning, near-miss references, repeated ids, status history. */
import { describe, expect, it } from 'vitest';
import { checkStatusHistory, classify, decodeText, duplicateIds, nearMissReference, scanBody } from '../../src/lib/content-rules.ts';

describe('classify', () => {
	it('knows every kind by its place', () => {
		expect(classify('standards/sc-01/1.2.0.mdx')).toEqual({ kind: 'standard', id: 'sc-01' });
		expect(classify('quizzes/basics.yaml')).toEqual({ kind: 'quiz', id: 'basics' });
		expect(classify('glossary.yaml')).toEqual({ kind: 'glossary', id: 'glossary.yaml' });
	});

	it('reports files in the wrong place, with another extension or a non-slug name', () => {
		expect(classify('handbooks/lead.md')).toEqual({ problem: 'file name: expected <id>.mdx in handbooks/, got "lead.md"' });
		expect(classify('handbooks/Team Lead.mdx')).toMatchObject({ problem: expect.stringContaining('expected a lower-case id') });
		expect(classify('checklist/a.mdx')).toMatchObject({ problem: expect.stringContaining('Did you mean "checklists/"?') });
		expect(classify('standards/sc-01/draft.mdx')).toMatchObject({
			problem: 'file name: expected a version like 1.0.0.mdx, got "draft.mdx"',
		});
		expect(classify('standards/sc-01.mdx')).toMatchObject({ problem: 'unexpected location: expected standards/<id>/<version>.mdx' });
		expect(classify('quizzes/old/a.yaml')).toMatchObject({ problem: expect.stringContaining('without subfolders') });
	});
});

describe('decodeText', () => {
	it('accepts UTF-8 with a BOM and CRLF, giving LF text', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb')]))).toEqual({ text: 'a\nb' });
	});

	it('names a legacy encoding and the line of the first bad byte', () => {
		const gbk = new Uint8Array([...new TextEncoder().encode('title: ok\n'), 0xb2, 0xe2, 0xca, 0xd4, 0x0a]);
		expect(decodeText(gbk)).toEqual({
			problem: '2: not UTF-8 text (perhaps GBK or another legacy encoding); expected the file saved as UTF-8',
		});
	});
});

describe('nearMissReference', () => {
	it('names what a mistyped reference meant', () => {
		expect(nearMissReference('sdt:sc-01#c-1')).toBe('std:sc-01#c-1');
		expect(nearMissReference('std;sc-01#c-1')).toBe('std:sc-01#c-1');
		expect(nearMissReference('STD:sc-01')).toBe('std:sc-01');
		expect(nearMissReference('trem:smart')).toBe('term:smart');
		expect(nearMissReference('sc-01#c-2-3')).toBe('std:sc-01#c-2-3');
	});

	it('leaves real references and ordinary links alone', () => {
		for (const target of ['std:sc-01#c-1', 'term:smart', 'https://example.com', 'mailto:a@b.c', '/standards/', '#c-1', 'site:x']) {
			expect(nearMissReference(target)).toBeUndefined();
		}
	});
});

describe('scanBody', () => {
	it('collects inline links, definitions and autolinks with their file lines, skipping code', () => {
		const body = [
			'见 [a](std:sc-01#c-1 "t") 与 `[b](std:x)`。',
			'',
			'[r]: <std:sc-01#c-2>',
			'```',
			'[c](std:y)',
			'```',
			'<std:sc-01#c-3>',
		].join('\n');
		expect(scanBody(body, 10).links).toEqual([
			{ target: 'std:sc-01#c-1', line: 10, form: 'inline' },
			{ target: 'std:sc-01#c-2', line: 12, form: 'definition' },
			{ target: 'std:sc-01#c-3', line: 16, form: 'autolink' },
		]);
	});

	it('reports scripts, handlers, javascript: URLs, MDX expressions and ESM, but not inside code', () => {
		const body = [
			'<script>x()</script>',
			'<img src="a" onerror="x()">',
			'[a](javascript:x())',
			'写 {name}',
			'import X from "y"',
			'`<script>` 与 \\{ 字面量',
			'~~~',
			'<iframe>',
			'~~~',
		].join('\n');
		expect(scanBody(body, 1).problems.map((p) => `${p.line}: ${p.message.split(' is not')[0]?.split(':')[0]}`)).toEqual([
			'1: a <script> element',
			'2: an on…= event handler',
			'3: a javascript',
			'4: MDX expression "{name}"',
			'5: import/export statement',
		]);
	});

	it('reports a code block that is never closed, at the line that opens it', () => {
		const body = ['- [ ] 第一项', '~~~', '- [ ] 第二项 [](std:sc-01#c-1)', '```', '仍是代码'].join('\n');
		expect(scanBody(body, 20).problems).toEqual([
			{
				line: 21,
				message:
					'code block opened with ~~~ is never closed: expected a line of ~~~ after the code (everything below it would be shown as code)',
			},
		]);
		expect(scanBody(['```', 'a', '```', '~~~', 'b', '~~~'].join('\n'), 1).problems).toEqual([]);
	});
});

describe('duplicateIds', () => {
	it('reports a repeated id or value in any list, with its path', () => {
		const data = {
			steps: [{ id: 'a' }, { id: 'b' }, { id: 'a' }],
			tags: ['x', 'y', 'x'],
			nested: { list: [{ id: 'q', options: [{ id: 'o' }, { id: 'o' }] }] },
		};
		expect(duplicateIds(data)).toEqual([
			'steps[2]: id "a" repeats steps[0]; expected each id once in the list',
			'tags[2]: "x" repeats tags[0]; expected each value once in the list',
			'nested.list[0].options[1]: id "o" repeats nested.list[0].options[0]; expected each id once in the list',
		]);
		expect(duplicateIds({ steps: [{ id: 'a' }, { id: 'b' }], tags: ['x'] })).toEqual([]);
	});
});

describe('checkStatusHistory', () => {
	const v = (version: string, status: string, effective: string) => ({ version, status, effective, file: `s/${version}.mdx` });

	it('accepts a plain history', () => {
		expect(
			checkStatusHistory([v('1.0.0', 'superseded', '2026-01-01'), v('1.1.0', 'active', '2026-03-01'), v('2.0.0', 'draft', '2025-01-01')]),
		).toEqual([]);
	});

	it('reports dates out of order, a superseded version with nothing newer, an older active one, and life after retirement', () => {
		expect(checkStatusHistory([v('1.0.0', 'active', '2026-01-01'), v('1.1.0', 'superseded', '2025-12-01')])).toEqual([
			's/1.0.0.mdx: status: active, but the newer 1.1.0 is superseded; expected superseded (an older version cannot stay in force over a newer one)',
			's/1.1.0.mdx: effective: expected a day on or after 2026-01-01 (when 1.0.0, the version it follows, took effect), got 2025-12-01',
			's/1.1.0.mdx: status: superseded, but no newer released version supersedes it; expected active (or retired)',
		]);
		expect(checkStatusHistory([v('1.0.0', 'retired', '2026-01-01'), v('1.1.0', 'active', '2026-02-01')])).toEqual([
			's/1.1.0.mdx: status: active after 1.0.0 was retired; expected retired (retiring ends the standard; start a new standard instead)',
		]);
	});
});
