import { describe, expect, it } from 'vitest';
import { stage, stages, STAGES } from '../../schemas/stage.ts';
import { issuesOf } from './schema-test-helpers.ts';

const ONE_OF = 'one of needs-analysis, planning, execution, quality-control, evaluation, cross-cutting';

describe('stage', () => {
	it('lists the five stages plus cross-cutting', () => {
		expect(STAGES).toEqual(['needs-analysis', 'planning', 'execution', 'quality-control', 'evaluation', 'cross-cutting']);
		expect(stage.parse('planning')).toBe('planning');
	});

	it('names the allowed values', () => {
		expect(issuesOf(stage.safeParse('Planning'))).toEqual([['', `expected ${ONE_OF}, got the text "Planning"`]]);
		expect(issuesOf(stage.safeParse(undefined))).toEqual([['', `required field is missing: expected ${ONE_OF}`]]);
	});
});

describe('stages', () => {
	it('needs at least one valid stage', () => {
		expect(stages.parse(['planning', 'execution'])).toEqual(['planning', 'execution']);
		expect(issuesOf(stages.safeParse([]))).toEqual([['', 'expected at least one stage, got a list of 0 item(s)']]);
		expect(issuesOf(stages.safeParse('planning'))).toEqual([['', 'expected a list of stages, got the text "planning"']]);
		expect(issuesOf(stages.safeParse(['planning', 'review']))).toEqual([['1', `expected ${ONE_OF}, got the text "review"`]]);
	});
});
