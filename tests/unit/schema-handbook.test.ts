import { describe, expect, it } from 'vitest';
import { handbookSchema } from '../../schemas/handbook.ts';
import { issuesOf } from './schema-test-helpers.ts';

const valid = {
	title: '项目负责人',
	titleEn: 'Project lead',
	purpose: '对项目结果负责。',
	responsibilities: [{ stage: 'planning', duties: ['制定计划'] }],
};

describe('handbookSchema', () => {
	it('parses a valid handbook and fills defaults', () => {
		expect(handbookSchema.parse(valid)).toEqual({ ...valid, clauses: [], worksWith: [], tags: [] });
	});

	it('checks each stage block', () => {
		const input = {
			...valid,
			responsibilities: [
				{ stage: 'planning', duties: [] },
				{ stage: 'x', duties: ['d'] },
			],
			clauses: ['sc-01'],
		};
		expect(issuesOf(handbookSchema.safeParse(input))).toEqual([
			['responsibilities.0.duties', 'expected at least one duty, got a list of 0 item(s)'],
			[
				'responsibilities.1.stage',
				'expected one of needs-analysis, planning, execution, quality-control, evaluation, cross-cutting, got the text "x"',
			],
			[
				'clauses.0',
				'expected a clause reference like "sc-01#c-2-3", got the text "sc-01". Hint: standard id, "#", then the clause anchor (or sc-01@1.0.0#c-2-3 for one version)',
			],
		]);
	});

	it('needs at least one block of responsibilities and says what is missing', () => {
		expect(issuesOf(handbookSchema.safeParse({ ...valid, responsibilities: [] }))).toEqual([
			['responsibilities', 'expected at least one stage of responsibilities, got a list of 0 item(s)'],
		]);
		expect(issuesOf(handbookSchema.safeParse({ title: '项目负责人' }))).toEqual([
			['titleEn', 'required field is missing: expected the role name in English'],
			['purpose', 'required field is missing: expected the purpose of the role'],
			['responsibilities', 'required field is missing: expected a list of { stage, duties }'],
		]);
	});
});
