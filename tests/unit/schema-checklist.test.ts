import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../schemas/checklist.ts';
import { issuesOf } from './schema-test-helpers.ts';

const valid = { title: '需求分析检查清单', summary: '需求阶段的检查项。', roles: ['consultant'], stages: ['needs-analysis'] };

describe('checklistSchema', () => {
	it('parses a valid checklist and fills defaults', () => {
		expect(checklistSchema.parse(valid)).toEqual({ ...valid, standards: [], tags: [] });
	});

	it('needs at least one role', () => {
		expect(issuesOf(checklistSchema.safeParse({ ...valid, roles: [] }))).toEqual([
			['roles', 'expected at least one role id, got a list of 0 item(s)'],
		]);
		expect(issuesOf(checklistSchema.safeParse({ ...valid, roles: undefined }))).toEqual([
			['roles', 'required field is missing: expected a list of role ids'],
		]);
	});

	it('checks standard ids', () => {
		expect(issuesOf(checklistSchema.safeParse({ ...valid, standards: ['SC-01'] }))).toEqual([
			['standards.0', 'expected a lower-case id such as "sc-01", got the text "SC-01". Hint: use a-z, 0-9 and single hyphens'],
		]);
	});
});
