/** "Did you mean": edit distance and the closest known word. */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/lib/suggest.ts';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
		expect(editDistance('std', 'std')).toBe(0);
		expect(editDistance('sdt', 'std')).toBe(1);
		expect(editDistance('reviewby', 'reviewBy')).toBe(1);
		expect(editDistance('effectve', 'effective')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('closest / didYouMean', () => {
	it('suggests a near word, case-insensitively, and nothing for a far one', () => {
		expect(closest('reviewby', ['effective', 'reviewBy'])).toBe('reviewBy');
		expect(closest('colour', ['code', 'title'])).toBeUndefined();
		expect(didYouMean('stauts', ['status', 'stages'])).toBe(' Did you mean "status"?');
		expect(didYouMean('zzz', ['status'])).toBe('');
	});
});
