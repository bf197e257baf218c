/** Locale prefixes on rendered content links: root-relative targets only. */
import { describe, expect, it } from 'vitest';
import { prefixRootLinks } from '../../src/lib/content-links.ts';

describe('prefixRootLinks', () => {
	const html =
		'<p><a href="/standards/sc-01/#c-2-3" title="x">SC-01 §2.3</a> <a href="https://example.com/">e</a> <a href="//cdn.example.com/x">c</a> <a href="#c-1">1</a></p>';

	it('moves root-relative links under the prefix', () => {
		expect(prefixRootLinks(html, '/en')).toBe(
			'<p><a href="/en/standards/sc-01/#c-2-3" title="x">SC-01 §2.3</a> <a href="https://example.com/">e</a> <a href="//cdn.example.com/x">c</a> <a href="#c-1">1</a></p>',
		);
	});

	it('leaves the HTML as it is without a prefix', () => {
		expect(prefixRootLinks(html, '')).toBe(html);
	});
});
