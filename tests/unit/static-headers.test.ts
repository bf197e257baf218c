import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/static-headers.ts';

describe('parseHeadersFile / headersFor', () => {
	const rules = parseHeadersFile(
		['# comment', '/*', '  X-A: 1', '  X-B: two words', '', '/en/*', '  X-A: 2', '/:lang/search/', '  X-C: c'].join('\n'),
	);

	it('applies every matching rule in order, a later value replacing an earlier one', () => {
		expect(headersFor(rules, '/')).toEqual({ 'x-a': '1', 'x-b': 'two words' });
		expect(headersFor(rules, '/en/standards/')).toEqual({ 'x-a': '2', 'x-b': 'two words' });
		expect(headersFor(rules, '/en/search/')).toEqual({ 'x-a': '2', 'x-b': 'two words', 'x-c': 'c' });
	});

	it('stops on a line it cannot read, naming the line', () => {
		expect(() => parseHeadersFile('/*\n  no colon here')).toThrow('_headers:2: expected "Name: value" under a path, got "no colon here"');
		expect(() => parseHeadersFile('  X-A: 1')).toThrow('_headers:1: expected "Name: value" under a path');
		expect(() => parseHeadersFile('*.js\n  X: 1', 'public/_headers')).toThrow('public/_headers:1: expected a path starting with "/"');
	});

	it('the shipped file gives every path the strict policy of the issue and the usual headers', () => {
		const shipped = headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/standards/sc-01/');
		expect(shipped['content-security-policy']).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
		);
		expect(shipped['x-content-type-options']).toBe('nosniff');
		expect(Object.keys(shipped)).toEqual(expect.arrayContaining(['referrer-policy', 'x-frame-options', 'permissions-policy']));
	});
});
