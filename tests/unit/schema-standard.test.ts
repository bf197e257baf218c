import { describe, expect, it } from 'vitest';
import { standardSchema, STATUSES } from '../../schemas/standard.ts';
import { issuesOf } from './schema-test-helpers.ts';

const valid = {
	code: 'SC-01',
	title: '服务协作标准',
	version: '1.0.0',
	status: 'active',
	effective: new Date('2026-01-01T00:00:00Z'),
	reviewBy: '2027-01-01',
	owner: 'team-lead',
	stages: ['planning'],
	summary: '一句话摘要。',
	changes: ['首次发布'],
};

describe('standardSchema', () => {
	it('parses a valid standard and fills defaults', () => {
		expect(standardSchema.parse(valid)).toEqual({
			...valid,
			reviewBy: new Date('2027-01-01T00:00:00Z'),
			audience: [],
			tags: [],
		});
		expect(STATUSES).toEqual(['draft', 'active', 'superseded', 'retired']);
	});

	it('gives friendly messages for bad values', () => {
		const input = {
			...valid,
			code: 'sc-1',
			version: '1.0',
			status: 'live',
			owner: 'Team Lead',
			stages: [],
			changes: [' '],
			audience: ['ok', 3],
		};
		expect(issuesOf(standardSchema.safeParse(input))).toEqual([
			['code', 'expected a code like "SC-01", got the text "sc-1". Hint: capital letters, a hyphen, two or three digits'],
			['version', 'expected a version like "1.0.0", got the text "1.0". Hint: three numbers separated by dots'],
			['status', 'expected one of draft, active, superseded, retired, got the text "live"'],
			['owner', 'expected a lower-case id such as "sc-01", got the text "Team Lead". Hint: use a-z, 0-9 and single hyphens'],
			['stages', 'expected at least one stage, got a list of 0 item(s)'],
			['changes.0', 'expected a change description, got the text ""'],
			['audience.1', 'expected a lower-case id such as "sc-01", got number 3'],
		]);
	});

	it('says which required fields are missing', () => {
		const { title: _title, version: _version, status: _status, changes: _changes, ...rest } = valid;
		expect(issuesOf(standardSchema.safeParse(rest))).toEqual([
			['title', 'required field is missing: expected a title'],
			['version', 'required field is missing: expected a version like "1.0.0"'],
			['status', 'required field is missing: expected one of draft, active, superseded, retired'],
			['changes', 'required field is missing: expected a list of changes'],
		]);
	});

	it('needs at least one change entry', () => {
		expect(issuesOf(standardSchema.safeParse({ ...valid, changes: [] }))).toEqual([
			['changes', 'expected at least one change entry, got a list of 0 item(s)'],
		]);
	});

	it('reports a version written as a YAML number', () => {
		expect(issuesOf(standardSchema.safeParse({ ...valid, version: 1.1 }))).toEqual([
			['version', 'expected a version like "1.0.0", got number 1.1'],
		]);
	});

	it('accepts two- and three-digit codes with 2–5 letters', () => {
		expect(standardSchema.parse({ ...valid, code: 'QUAL-123' }).code).toBe('QUAL-123');
		expect(issuesOf(standardSchema.safeParse({ ...valid, code: 'SC-1234' }))).toEqual([
			['code', 'expected a code like "SC-01", got the text "SC-1234". Hint: capital letters, a hyphen, two or three digits'],
		]);
	});

	it('says a missing effective date is required', () => {
		const { effective: _effective, ...rest } = valid;
		expect(issuesOf(standardSchema.safeParse(rest))).toEqual([['effective', 'required field is missing: expected a date like 2026-01-15']]);
	});

	it('rejects an unknown or mistyped key, suggesting the known one', () => {
		expect(issuesOf(standardSchema.safeParse({ ...valid, reviewby: '2027-01-01' }))).toEqual([
			['', expect.stringMatching(/^unknown key "reviewby"\. Did you mean "reviewBy"\? Expected only: code, title, version, /)],
		]);
		expect(issuesOf(standardSchema.safeParse({ ...valid, colour: 'red' }))[0]?.[1]).toMatch(/^unknown key "colour"\. Expected only: /);
	});

	it('wants the review date after the effective date', () => {
		expect(issuesOf(standardSchema.safeParse({ ...valid, reviewBy: '2025-12-31' }))).toEqual([
			['reviewBy', 'expected a day after effective (2026-01-01), got 2025-12-31'],
		]);
	});
});
