import { describe, expect, it } from 'vitest';
import { CASE_KINDS, caseStudySchema } from '../../schemas/case-study.ts';
import { issuesOf } from './schema-test-helpers.ts';

const valid = { title: '沟通不畅', summary: '从症状到对策。', kind: 'diagnosis', stages: ['execution'] };

describe('caseStudySchema', () => {
	it('parses a valid case and fills defaults', () => {
		expect(CASE_KINDS).toEqual(['example', 'diagnosis']);
		expect(caseStudySchema.parse(valid)).toEqual({ ...valid, roles: [], standards: [], tags: [] });
	});

	it('names the allowed kinds', () => {
		expect(issuesOf(caseStudySchema.safeParse({ ...valid, kind: 'story' }))).toEqual([
			['kind', 'expected one of example, diagnosis, got the text "story"'],
		]);
		expect(issuesOf(caseStudySchema.safeParse({ ...valid, kind: undefined }))).toEqual([
			['kind', 'required field is missing: expected one of example, diagnosis'],
		]);
	});

	it('says which fields are missing', () => {
		expect(issuesOf(caseStudySchema.safeParse({}))).toEqual([
			['title', 'required field is missing: expected a title'],
			['summary', 'required field is missing: expected a one-sentence summary'],
			['kind', 'required field is missing: expected one of example, diagnosis'],
			['stages', 'required field is missing: expected a list of stages'],
		]);
	});
});
