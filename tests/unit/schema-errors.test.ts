import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { describeValue, expected } from '../../schemas/errors.ts';

describe('describeValue', () => {
	it('describes values the way they look in front matter', () => {
		expect(describeValue(undefined)).toBe('nothing (the field is missing)');
		expect(describeValue(null)).toBe('an empty value');
		expect(describeValue(new Date('2026-01-15T10:00:00Z'))).toBe('the date 2026-01-15');
		expect(describeValue(new Date('nonsense'))).toBe('an invalid date');
		expect(describeValue([])).toBe('a list of 0 item(s)');
		expect(describeValue(['a', 'b'])).toBe('a list of 2 item(s)');
		expect(describeValue('1.0')).toBe('the text "1.0"');
		expect(describeValue('')).toBe('the text ""');
		expect(describeValue({ a: 1 })).toBe('a nested object');
		expect(describeValue(1.5)).toBe('number 1.5');
		expect(describeValue(true)).toBe('boolean true');
	});

	it('cuts long text at 40 characters', () => {
		expect(describeValue('x'.repeat(40))).toBe(`the text "${'x'.repeat(40)}"`);
		expect(describeValue('x'.repeat(41))).toBe(`the text "${'x'.repeat(40)}…"`);
	});
});

describe('expected', () => {
	it('says what was expected and what was found', () => {
		const message = expected('a version like "1.0.0"');
		expect(message({ code: 'invalid_type', expected: 'string', input: 3 } as never)).toBe('expected a version like "1.0.0", got number 3');
	});

	it('says a missing field is required', () => {
		expect(expected('a title')({ code: 'invalid_type', expected: 'string', input: undefined } as never)).toBe(
			'required field is missing: expected a title',
		);
	});

	it('appends a hint', () => {
		expect(expected('a code', 'use capitals')({ code: 'invalid_format', input: 'x' } as never)).toBe(
			'expected a code, got the text "x". Hint: use capitals',
		);
		expect(expected('a code', 'use capitals')({ code: 'invalid_type', input: undefined } as never)).toBe(
			'required field is missing: expected a code. Hint: use capitals',
		);
	});

	it('works as a zod error option for type, format and enum issues', () => {
		const schema = z.object({
			n: z.string({ error: expected('a name') }).regex(/^[a-z]+$/, { error: expected('a name', 'lower case') }),
			e: z.enum(['a', 'b'], { error: expected('one of a, b') }),
		});
		const result = schema.safeParse({ n: 'ABC', e: 'c' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['n', 'expected a name, got the text "ABC". Hint: lower case'],
			['e', 'expected one of a, b, got the text "c"'],
		]);
		expect(schema.safeParse({}).error?.issues.map((i) => i.message)).toEqual([
			'required field is missing: expected a name',
			'required field is missing: expected one of a, b',
		]);
	});
});
