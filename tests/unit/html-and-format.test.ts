import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from '../../src/lib/html.ts';
import { fill, pluralTemplate } from '../../src/lib/format.ts';

describe('escapeHtml', () => {
	it('escapes the five characters that change meaning in content and quoted attributes', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
	});
});

describe('html', () => {
	it('escapes interpolated text but not nested html results', () => {
		const inner = html`<b>${'<i>'}</b>`;
		expect(String(html`<p title="${'"x"'}">${inner}${'<script>'}</p>`)).toBe(
			'<p title="&quot;x&quot;">' + '<b>&lt;i&gt;</b>&lt;script&gt;</p>',
		);
	});

	it('joins arrays and drops null, undefined and false', () => {
		expect(String(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${null}${undefined}${false}${0}`)).toBe(
			'<ul><li>a</li><li>b</li></ul>0',
		);
	});

	it('passes raw() markup through unchanged', () => {
		expect(String(html`<div>${raw('<hr>')}</div>`)).toBe('<div><hr></div>');
	});
});

describe('fill', () => {
	it('fills named placeholders literally, without $-patterns or recursion', () => {
		expect(fill('{a} and {b}', { a: '$&', b: '{a}' })).toBe('$& and {a}');
	});

	it('renders a missing name with the given fallback, empty by default', () => {
		expect(fill('x{gone}y', {})).toBe('xy');
		expect(fill('x{gone}y', {}, (name) => `{${name}}`)).toBe('x{gone}y');
	});
});

describe('pluralTemplate', () => {
	it('chooses the Intl.PluralRules form of the locale, falling back to other', () => {
		const forms = { one: '{count} clause', other: '{count} clauses' };
		expect(pluralTemplate('en', 1, forms)).toBe('{count} clause');
		expect(pluralTemplate('en', 5, forms)).toBe('{count} clauses');
		expect(pluralTemplate('zh-CN', 1, { one: 'never', other: '{count} 条' })).toBe('{count} 条');
	});
});
