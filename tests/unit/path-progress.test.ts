import { describe, expect, it } from 'vitest';
import type { PathData } from '../../schemas/path.ts';
import { pathProgress, stepState, type LearnerData, type PathContext } from '../../src/lib/path-progress.ts';
import type { Attempt } from '../../src/lib/quiz-history.ts';

type Step = PathData['steps'][number];

const context: PathContext = {
	standards: { 'sc-01': '1.1.0', 'cq-01': '2.0.0' },
	checklists: { 'needs-analysis': ['i-1', 'i-2', 'i-3'], empty: [] },
	quizzes: { 'sc-01-basics': { 'sc-01': '1.1.0' }, 'cq-quiz': { 'cq-01': '2.0.0' } },
};

const receipt = (version: string) => ({ version, readAt: '2026-02-01T09:00:00.000Z' });
const ticked = (...ids: string[]) => ({ ticked: ids, updated: '2026-02-01T09:00:00.000Z' });

function attempt(quiz: string, minute: number, passed: boolean, versions: Record<string, string>): Attempt {
	return {
		quiz,
		at: `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
		seed: 1,
		questions: ['q1'],
		order: {},
		answers: {},
		score: passed ? 1 : 0,
		max: 1,
		percent: passed ? 100 : 0,
		passed,
		versions,
	};
}

const empty = (): LearnerData => ({
	receipts: { standards: {} },
	checklists: { lists: {} },
	quizzes: { attempts: [] },
	assessments: { results: [], drafts: {} },
});
const with_ = (extra: Partial<LearnerData>): LearnerData => ({ ...empty(), ...extra });

const read = (target: string): Step => ({ kind: 'read', target });
const checklist = (target: string): Step => ({ kind: 'checklist', target });
const quiz = (target: string): Step => ({ kind: 'quiz', target });
const assessment = (target: string): Step => ({ kind: 'assessment', target });

describe('stepState: read', () => {
	it('todo when the standard was never marked read', () => {
		expect(stepState(read('sc-01'), empty(), context)).toBe('todo');
		expect(stepState(read('sc-01'), with_({ receipts: { standards: { 'cq-01': receipt('2.0.0') } } }), context)).toBe('todo');
	});

	it('done when the current version (or a newer one) was read', () => {
		expect(stepState(read('sc-01'), with_({ receipts: { standards: { 'sc-01': receipt('1.1.0') } } }), context)).toBe('done');
		expect(stepState(read('sc-01'), with_({ receipts: { standards: { 'sc-01': receipt('1.2.0') } } }), context)).toBe('done');
	});

	it('stale when an older version was read', () => {
		expect(stepState(read('sc-01'), with_({ receipts: { standards: { 'sc-01': receipt('1.0.0') } } }), context)).toBe('stale');
		expect(stepState(read('cq-01'), with_({ receipts: { standards: { 'cq-01': receipt('1.9.9') } } }), context)).toBe('stale');
	});

	it('done for any receipt when the standard has no known current version', () => {
		expect(stepState(read('gone'), with_({ receipts: { standards: { gone: receipt('0.1.0') } } }), context)).toBe('done');
		expect(stepState(read('gone'), empty(), context)).toBe('todo');
	});
});

describe('stepState: checklist', () => {
	const lists = (...ids: string[]) => with_({ checklists: { lists: { 'needs-analysis': ticked(...ids) } } });

	it('todo with nothing ticked', () => {
		expect(stepState(checklist('needs-analysis'), empty(), context)).toBe('todo');
		expect(stepState(checklist('needs-analysis'), lists(), context)).toBe('todo');
	});

	it('in-progress with some items ticked', () => {
		expect(stepState(checklist('needs-analysis'), lists('i-2'), context)).toBe('in-progress');
		expect(stepState(checklist('needs-analysis'), lists('i-1', 'i-3'), context)).toBe('in-progress');
	});

	it('done with every current item ticked, whatever else is ticked', () => {
		expect(stepState(checklist('needs-analysis'), lists('i-3', 'i-1', 'i-2'), context)).toBe('done');
		expect(stepState(checklist('needs-analysis'), lists('i-1', 'i-2', 'i-3', 'i-old'), context)).toBe('done');
	});

	it('ticks of items that no longer exist do not count', () => {
		expect(stepState(checklist('needs-analysis'), lists('i-old', 'i-older'), context)).toBe('todo');
	});

	it('never done for a checklist without items or one the context does not know', () => {
		expect(stepState(checklist('empty'), with_({ checklists: { lists: { empty: ticked('i-1') } } }), context)).toBe('todo');
		expect(stepState(checklist('unknown'), with_({ checklists: { lists: { unknown: ticked('i-1') } } }), context)).toBe('todo');
	});
});

describe('stepState: quiz', () => {
	it('todo when not taken or only failed', () => {
		expect(stepState(quiz('sc-01-basics'), empty(), context)).toBe('todo');
		expect(
			stepState(quiz('sc-01-basics'), with_({ quizzes: { attempts: [attempt('sc-01-basics', 1, false, { 'sc-01': '1.1.0' })] } }), context),
		).toBe('todo');
	});

	it('done when passed against the current versions, even after a later failed attempt', () => {
		const attempts = [attempt('sc-01-basics', 1, true, { 'sc-01': '1.1.0' }), attempt('sc-01-basics', 2, false, { 'sc-01': '1.1.0' })];
		expect(stepState(quiz('sc-01-basics'), with_({ quizzes: { attempts } }), context)).toBe('done');
	});

	it('stale when passed before a covered standard changed', () => {
		expect(
			stepState(quiz('sc-01-basics'), with_({ quizzes: { attempts: [attempt('sc-01-basics', 1, true, { 'sc-01': '1.0.0' })] } }), context),
		).toBe('stale');
	});

	it('done again once passed against the new version', () => {
		const attempts = [attempt('sc-01-basics', 1, true, { 'sc-01': '1.0.0' }), attempt('sc-01-basics', 5, true, { 'sc-01': '1.1.0' })];
		expect(stepState(quiz('sc-01-basics'), with_({ quizzes: { attempts } }), context)).toBe('done');
	});

	it('only counts attempts at the step’s quiz', () => {
		expect(
			stepState(quiz('cq-quiz'), with_({ quizzes: { attempts: [attempt('sc-01-basics', 1, true, { 'sc-01': '1.1.0' })] } }), context),
		).toBe('todo');
	});

	it('a quiz the context does not know is done once passed (no standards to go stale)', () => {
		expect(stepState(quiz('other'), with_({ quizzes: { attempts: [attempt('other', 1, true, { 'sc-01': '1.0.0' })] } }), context)).toBe(
			'done',
		);
	});
});

describe('stepState: assessment', () => {
	it('done once the self-assessment has a result; a draft alone is todo', () => {
		expect(stepState(assessment('consultant-skills'), empty(), context)).toBe('todo');
		expect(
			stepState(
				assessment('consultant-skills'),
				with_({ assessments: { results: [], drafts: { 'consultant-skills': { s1: 3 } } } }),
				context,
			),
		).toBe('todo');
		expect(
			stepState(
				assessment('consultant-skills'),
				with_({ assessments: { results: [{ assessment: 'other', at: '2026-02-01T00:00:00.000Z', answers: {} }], drafts: {} } }),
				context,
			),
		).toBe('todo');
		expect(
			stepState(
				assessment('consultant-skills'),
				with_({
					assessments: { results: [{ assessment: 'consultant-skills', at: '2026-02-01T00:00:00.000Z', answers: { s1: 5 } }], drafts: {} },
				}),
				context,
			),
		).toBe('done');
	});
});

describe('pathProgress', () => {
	const steps: Step[] = [read('sc-01'), checklist('needs-analysis'), quiz('sc-01-basics'), read('cq-01')];

	it('nothing done: every step todo, next is the first', () => {
		expect(pathProgress(steps, empty(), context)).toEqual({ states: ['todo', 'todo', 'todo', 'todo'], done: 0, total: 4, next: 0 });
	});

	it('next is the first step not done, whether todo, stale or in progress', () => {
		const data = with_({
			receipts: { standards: { 'sc-01': receipt('1.1.0'), 'cq-01': receipt('2.0.0') } },
			checklists: { lists: { 'needs-analysis': ticked('i-1') } },
			quizzes: { attempts: [attempt('sc-01-basics', 1, true, { 'sc-01': '1.1.0' })] },
		});
		expect(pathProgress(steps, data, context)).toEqual({ states: ['done', 'in-progress', 'done', 'done'], done: 3, total: 4, next: 1 });

		const stale = with_({
			receipts: { standards: { 'sc-01': receipt('1.1.0'), 'cq-01': receipt('2.0.0') } },
			checklists: { lists: { 'needs-analysis': ticked('i-1', 'i-2', 'i-3') } },
			quizzes: { attempts: [attempt('sc-01-basics', 1, true, { 'sc-01': '1.0.0' })] },
		});
		expect(pathProgress(steps, stale, context)).toEqual({ states: ['done', 'done', 'stale', 'done'], done: 3, total: 4, next: 2 });
	});

	it('a stale first step is next even when later steps are done', () => {
		const data = with_({ receipts: { standards: { 'sc-01': receipt('1.0.0'), 'cq-01': receipt('2.0.0') } } });
		expect(pathProgress(steps, data, context)).toEqual({ states: ['stale', 'todo', 'todo', 'done'], done: 1, total: 4, next: 0 });
	});

	it('next is -1 when the path is complete', () => {
		const data = with_({
			receipts: { standards: { 'sc-01': receipt('1.1.0'), 'cq-01': receipt('2.1.0') } },
			checklists: { lists: { 'needs-analysis': ticked('i-1', 'i-2', 'i-3') } },
			quizzes: { attempts: [attempt('sc-01-basics', 1, true, { 'sc-01': '1.1.0' })] },
		});
		expect(pathProgress(steps, data, context)).toEqual({ states: ['done', 'done', 'done', 'done'], done: 4, total: 4, next: -1 });
	});

	it('an empty path is complete', () => {
		expect(pathProgress([], empty(), context)).toEqual({ states: [], done: 0, total: 0, next: -1 });
	});
});

describe('staleChange', () => {
	it('names the standard, the version read or passed and the current one, for stale steps only', async () => {
		const { staleChange } = await import('../../src/lib/path-progress.ts');
		const context = { standards: { 'sc-01': '1.1.0' }, checklists: {}, quizzes: { q: { 'sc-01': '1.1.0' } } };
		const data = {
			receipts: { standards: { 'sc-01': { version: '1.0.0', readAt: '2025-01-01T00:00:00.000Z' } } },
			checklists: { lists: {} },
			quizzes: {
				attempts: [
					{
						quiz: 'q',
						at: '2025-01-01T00:00:00.000Z',
						seed: 1,
						questions: [],
						order: {},
						answers: {},
						score: 1,
						max: 1,
						percent: 100,
						passed: true,
						versions: { 'sc-01': '1.0.0' },
					},
				],
			},
			assessments: { results: [], drafts: {} },
		};
		expect(staleChange({ kind: 'read', target: 'sc-01' }, data, context)).toEqual({ standard: 'sc-01', from: '1.0.0', to: '1.1.0' });
		expect(staleChange({ kind: 'quiz', target: 'q' }, data, context)).toEqual({ standard: 'sc-01', from: '1.0.0', to: '1.1.0' });
		expect(staleChange({ kind: 'checklist', target: 'x' }, data, context)).toBeUndefined();
	});
});
