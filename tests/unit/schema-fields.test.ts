import { describe, expect, it } from 'vitest';
import { clauseRef, date, semver, slug, SLUG_PATTERN, tags, text } from '../../schemas/fields.ts';
import { issuesOf } from './schema-test-helpers.ts';

describe('slug', () => {
	it('accepts lower-case ids with single hyphens', () => {
		expect(slug.parse('sc-01')).toBe('sc-01');
		expect(slug.parse('a1')).toBe('a1');
		expect(SLUG_PATTERN.test('a--b')).toBe(false);
	});

	it.each([
		['SC-01', 'expected a lower-case id such as "sc-01", got the text "SC-01". Hint: use a-z, 0-9 and single hyphens'],
		['sc--01', 'expected a lower-case id such as "sc-01", got the text "sc--01". Hint: use a-z, 0-9 and single hyphens'],
		['-sc', 'expected a lower-case id such as "sc-01", got the text "-sc". Hint: use a-z, 0-9 and single hyphens'],
		['', 'expected a lower-case id such as "sc-01", got the text "". Hint: use a-z, 0-9 and single hyphens'],
		[12, 'expected a lower-case id such as "sc-01", got number 12'],
		[undefined, 'required field is missing: expected a lower-case id such as "sc-01"'],
	])('rejects %j', (input, message) => {
		expect(issuesOf(slug.safeParse(input))).toEqual([['', message]]);
	});
});

describe('semver', () => {
	it('accepts x.y.z', () => {
		expect(semver.parse('1.10.0')).toBe('1.10.0');
	});

	it.each([
		['1.0', 'expected a version like "1.0.0", got the text "1.0". Hint: three numbers separated by dots'],
		['v1.0.0', 'expected a version like "1.0.0", got the text "v1.0.0". Hint: three numbers separated by dots'],
		['1.0.0-rc.1', 'expected a version like "1.0.0", got the text "1.0.0-rc.1". Hint: three numbers separated by dots'],
		[1, 'expected a version like "1.0.0", got number 1'],
		[undefined, 'required field is missing: expected a version like "1.0.0"'],
	])('rejects %j', (input, message) => {
		expect(issuesOf(semver.safeParse(input))).toEqual([['', message]]);
	});
});

describe('date', () => {
	it('accepts YAML dates and date strings', () => {
		expect(date.parse(new Date('2026-01-15T00:00:00Z'))).toEqual(new Date('2026-01-15T00:00:00Z'));
		expect(date.parse('2026-01-15')).toEqual(new Date('2026-01-15T00:00:00Z'));
	});

	it('rejects text that is not a date', () => {
		expect(issuesOf(date.safeParse('soon'))).toEqual([['', 'expected a date like 2026-01-15, got the text "soon"']]);
		expect(issuesOf(date.safeParse('2026-13-45'))).toEqual([
			['', 'expected a real calendar date like 2026-01-15, got "2026-13-45", a day the calendar does not have'],
		]);
	});

	it('rejects a day the calendar does not have instead of rolling it over, and accepts 29 February in a leap year', () => {
		expect(issuesOf(date.safeParse('2026-02-30'))).toEqual([
			['', 'expected a real calendar date like 2026-01-15, got "2026-02-30", a day the calendar does not have'],
		]);
		expect(issuesOf(date.safeParse('2026-04-31'))).toHaveLength(1);
		expect(date.safeParse('2028-02-29')).toMatchObject({ success: true, data: new Date('2028-02-29T00:00:00Z') });
	});

	it('says a missing date is required', () => {
		expect(issuesOf(date.safeParse(undefined))).toEqual([['', 'required field is missing: expected a date like 2026-01-15']]);
	});

	it.each([null, true, 0])('rejects the non-date %j', (input) => {
		expect(date.safeParse(input).success).toBe(false);
	});
});

describe('text', () => {
	it('trims and accepts non-empty text', () => {
		expect(text('a title').parse('  标题 ')).toBe('标题');
	});

	it('rejects blank, missing and non-text values', () => {
		expect(issuesOf(text('a title').safeParse('   '))).toEqual([['', 'expected a title, got the text ""']]);
		expect(issuesOf(text('a title').safeParse(undefined))).toEqual([['', 'required field is missing: expected a title']]);
		expect(issuesOf(text('a title').safeParse(null))).toEqual([['', 'expected a title, got an empty value']]);
		expect(issuesOf(text('a title').safeParse(['a']))).toEqual([['', 'expected a title, got a list of 1 item(s)']]);
	});
});

describe('clauseRef', () => {
	it('accepts standard#anchor', () => {
		expect(clauseRef.parse('sc-01#c-2-3')).toBe('sc-01#c-2-3');
	});

	it.each(['sc-01', 'std:sc-01#c-2', 'sc-01#', 'SC-01#c-1', 'sc-01#c-1#x'])('rejects %j', (input) => {
		expect(issuesOf(clauseRef.safeParse(input))).toEqual([
			[
				'',
				`expected a clause reference like "sc-01#c-2-3", got the text "${input}". Hint: standard id, "#", then the clause anchor (or sc-01@1.0.0#c-2-3 for one version)`,
			],
		]);
	});
});

describe('tags', () => {
	it('defaults to an empty list', () => {
		expect(tags.parse(undefined)).toEqual([]);
		expect(tags.parse(['a', 'b'])).toEqual(['a', 'b']);
	});

	it('rejects a single text and non-text items', () => {
		expect(issuesOf(tags.safeParse('a, b'))).toEqual([['', 'expected a list of tags, got the text "a, b"']]);
		expect(issuesOf(tags.safeParse(['a', 2]))).toEqual([['1', 'expected a tag (text), got number 2']]);
	});
});
