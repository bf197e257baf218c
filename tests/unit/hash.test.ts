import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/lib/hash.ts';

describe('fnv1a', () => {
	it.each([
		// The published FNV-1a 32-bit test vectors, in base 36.
		['', 0x811c9dc5, 'ztntfp'],
		['a', 0xe40c292c, '1r9wi7g'],
		['b', 0xe70c2de5, '1s3vbad'],
		['foobar', 0xbf9cf968, '1h5yxyg'],
	])('hashes %j to the known value %d', (text, value, base36) => {
		expect(fnv1a(text)).toBe(base36);
		expect(parseInt(fnv1a(text), 36)).toBe(value);
		expect(value.toString(36)).toBe(base36);
	});

	it('is stable and sensitive to every character', () => {
		expect(fnv1a('hello')).toBe('m3bicr');
		expect(fnv1a('hello')).toBe(fnv1a('hello'));
		expect(fnv1a('hellp')).not.toBe(fnv1a('hello'));
		expect(fnv1a('team-health:50-1-')).toBe('soon7p');
	});

	it('always gives an unsigned 32-bit value in lower-case base 36 (at most 7 characters)', () => {
		for (const text of ['', 'x', '你好', 'a'.repeat(1000), '\u0000', '\uffff']) {
			const hash = fnv1a(text);
			expect(hash).toMatch(/^[0-9a-z]{1,7}$/);
			const value = parseInt(hash, 36);
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThanOrEqual(0xffffffff);
		}
	});
});
