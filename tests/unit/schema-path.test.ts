import { describe, expect, it } from 'vitest';
import { pathSchema, STEP_KINDS } from '../../schemas/path.ts';
import { issuesOf } from './schema-test-helpers.ts';

const valid = {
	role: 'consultant',
	title: '咨询顾问入职路径',
	description: '帮助新任咨询顾问掌握质量要求。',
	steps: [
		{ kind: 'read', target: 'cq-01', note: '归口岗位。' },
		{ kind: 'checklist', target: 'needs-analysis' },
		{ kind: 'quiz', target: 'needs-analysis-smart' },
		{ kind: 'assessment', target: 'consultant-skills' },
	],
};

describe('pathSchema', () => {
	it('parses a valid path with every step kind', () => {
		expect(pathSchema.parse(valid)).toEqual(valid);
		expect(STEP_KINDS).toEqual(['read', 'checklist', 'quiz', 'assessment']);
	});

	it('gives friendly messages for bad fields', () => {
		expect(
			issuesOf(
				pathSchema.safeParse({
					role: 'Consultant',
					title: ' ',
					steps: [
						{ kind: 'watch', target: 'a' },
						{ kind: 'read', target: 'SC 01', note: 5 },
					],
				}),
			),
		).toEqual([
			['role', 'expected a lower-case id such as "sc-01", got the text "Consultant". Hint: use a-z, 0-9 and single hyphens'],
			['title', 'expected a title, got the text ""'],
			['description', 'required field is missing: expected a one-sentence description'],
			['steps.0.kind', 'expected one of read, checklist, quiz, assessment, got the text "watch"'],
			['steps.1.target', 'expected a lower-case id such as "sc-01", got the text "SC 01". Hint: use a-z, 0-9 and single hyphens'],
			['steps.1.note', 'expected a note (text), got number 5'],
		]);
	});

	it('needs at least one step, as a list', () => {
		expect(issuesOf(pathSchema.safeParse({ ...valid, steps: [] }))).toEqual([
			['steps', 'expected at least one step, got a list of 0 item(s)'],
		]);
		expect(issuesOf(pathSchema.safeParse({ ...valid, steps: undefined }))).toEqual([
			['steps', 'required field is missing: expected a list of steps'],
		]);
		expect(issuesOf(pathSchema.safeParse({ ...valid, steps: 'read sc-01' }))).toEqual([
			['steps', 'expected a list of steps, got the text "read sc-01"'],
		]);
	});
});
