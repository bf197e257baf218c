import { describe, expect, it } from 'vitest';
import type { Question } from '../../schemas/quiz.ts';
import type { AttemptPlan } from '../../src/lib/quiz-attempt.ts';
import { gradeAttempt, gradeQuestion, isAnswered, unansweredPositions, type Answer } from '../../src/lib/quiz-grading.ts';

const common = { prompt: '题目', ref: 'sc-01#c-1-1', explanation: '解析' };
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));
const single: Question = { ...common, id: 'single', type: 'single', options: opts('a', 'b', 'c'), answer: 'b' };
const multiple: Question = { ...common, id: 'multiple', type: 'multiple', options: opts('a', 'b', 'c', 'd', 'e'), answer: ['a', 'b', 'c'] };
const trueFalse: Question = { ...common, id: 'tf', type: 'true-false', answer: false };
const ordering: Question = { ...common, id: 'ordering', type: 'ordering', items: opts('s1', 's2', 's3', 's4') };
const matching: Question = {
	...common,
	id: 'matching',
	type: 'matching',
	pairs: [
		{ id: 'p1', prompt: 'L1', match: 'R1' },
		{ id: 'p2', prompt: 'L2', match: 'R2' },
		{ id: 'p3', prompt: 'L3', match: 'R3' },
		{ id: 'p4', prompt: 'L4', match: 'R4' },
	],
};

const ans = {
	single: (choice: string | null): Answer => ({ type: 'single', choice }),
	multiple: (...choices: string[]): Answer => ({ type: 'multiple', choices }),
	tf: (choice: boolean | null): Answer => ({ type: 'true-false', choice }),
	ordering: (...order: string[]): Answer => ({ type: 'ordering', order }),
	matching: (matches: Record<string, string | null>): Answer => ({ type: 'matching', matches }),
};

describe('gradeQuestion: single choice and true/false (all or nothing)', () => {
	it('scores the right choice 1 and anything else 0, with either partial-credit setting', () => {
		for (const pc of ['proportional', 'none'] as const) {
			expect(gradeQuestion(single, ans.single('b'), pc)).toEqual({ id: 'single', score: 1, correct: true });
			expect(gradeQuestion(single, ans.single('a'), pc)).toEqual({ id: 'single', score: 0, correct: false });
			expect(gradeQuestion(single, ans.single(null), pc)).toEqual({ id: 'single', score: 0, correct: false });
			expect(gradeQuestion(trueFalse, ans.tf(false), pc)).toEqual({ id: 'tf', score: 1, correct: true });
			expect(gradeQuestion(trueFalse, ans.tf(true), pc)).toEqual({ id: 'tf', score: 0, correct: false });
			expect(gradeQuestion(trueFalse, ans.tf(null), pc)).toEqual({ id: 'tf', score: 0, correct: false });
		}
	});

	it('does not treat an unanswered true/false (null) as false', () => {
		expect(gradeQuestion(trueFalse, ans.tf(null), 'proportional').correct).toBe(false);
	});
});

describe('gradeQuestion: unanswered or mismatched answers', () => {
	it('scores 0 for a missing answer or an answer of another type', () => {
		for (const q of [single, multiple, trueFalse, ordering, matching]) {
			expect(gradeQuestion(q, undefined, 'proportional')).toEqual({ id: q.id, score: 0, correct: false });
		}
		expect(gradeQuestion(single, ans.multiple('b'), 'proportional')).toEqual({ id: 'single', score: 0, correct: false });
		expect(gradeQuestion(multiple, ans.single('a'), 'proportional')).toEqual({ id: 'multiple', score: 0, correct: false });
		expect(gradeQuestion(ordering, ans.matching({}), 'proportional')).toEqual({ id: 'ordering', score: 0, correct: false });
		expect(gradeQuestion(matching, ans.ordering('p1', 'p2', 'p3', 'p4'), 'proportional')).toEqual({
			id: 'matching',
			score: 0,
			correct: false,
		});
		expect(gradeQuestion(trueFalse, ans.single('false'), 'proportional')).toEqual({ id: 'tf', score: 0, correct: false });
	});
});

describe('gradeQuestion: multiple choice', () => {
	it('proportional: (right picks − wrong picks) ÷ correct options', () => {
		const grade = (...choices: string[]) => gradeQuestion(multiple, ans.multiple(...choices), 'proportional');
		expect(grade('a', 'b', 'c')).toEqual({ id: 'multiple', score: 1, correct: true });
		expect(grade('c', 'a', 'b')).toEqual({ id: 'multiple', score: 1, correct: true });
		expect(grade('a', 'b')).toEqual({ id: 'multiple', score: 2 / 3, correct: false });
		expect(grade('a')).toEqual({ id: 'multiple', score: 1 / 3, correct: false });
		expect(grade('a', 'b', 'd')).toEqual({ id: 'multiple', score: 1 / 3, correct: false });
		expect(grade('a', 'b', 'c', 'd')).toEqual({ id: 'multiple', score: 2 / 3, correct: false });
		expect(grade('a', 'd')).toEqual({ id: 'multiple', score: 0, correct: false });
		expect(grade()).toEqual({ id: 'multiple', score: 0, correct: false });
	});

	it('proportional: never below 0', () => {
		expect(gradeQuestion(multiple, ans.multiple('a', 'd', 'e'), 'proportional')).toEqual({ id: 'multiple', score: 0, correct: false });
		expect(gradeQuestion(multiple, ans.multiple('d', 'e'), 'proportional')).toEqual({ id: 'multiple', score: 0, correct: false });
	});

	it('picking every option is not full marks', () => {
		expect(gradeQuestion(multiple, ans.multiple('a', 'b', 'c', 'd', 'e'), 'proportional')).toEqual({
			id: 'multiple',
			score: 1 / 3,
			correct: false,
		});
	});

	it('counts a repeated pick once', () => {
		expect(gradeQuestion(multiple, ans.multiple('a', 'a', 'a'), 'proportional')).toEqual({ id: 'multiple', score: 1 / 3, correct: false });
		expect(gradeQuestion(multiple, ans.multiple('a', 'b', 'c', 'c'), 'proportional')).toEqual({ id: 'multiple', score: 1, correct: true });
	});

	it('none: 1 only when exactly the correct options are picked', () => {
		expect(gradeQuestion(multiple, ans.multiple('a', 'b', 'c'), 'none')).toEqual({ id: 'multiple', score: 1, correct: true });
		expect(gradeQuestion(multiple, ans.multiple('a', 'b'), 'none')).toEqual({ id: 'multiple', score: 0, correct: false });
		expect(gradeQuestion(multiple, ans.multiple('a', 'b', 'c', 'd'), 'none')).toEqual({ id: 'multiple', score: 0, correct: false });
	});
});

describe('gradeQuestion: ordering', () => {
	it('proportional: share of items in their right position', () => {
		const grade = (...order: string[]) => gradeQuestion(ordering, ans.ordering(...order), 'proportional');
		expect(grade('s1', 's2', 's3', 's4')).toEqual({ id: 'ordering', score: 1, correct: true });
		expect(grade('s1', 's2', 's4', 's3')).toEqual({ id: 'ordering', score: 0.5, correct: false });
		expect(grade('s1', 's3', 's2', 's4')).toEqual({ id: 'ordering', score: 0.5, correct: false });
		expect(grade('s4', 's2', 's3', 's1')).toEqual({ id: 'ordering', score: 0.5, correct: false });
		expect(grade('s1', 's3', 's4', 's2')).toEqual({ id: 'ordering', score: 0.25, correct: false });
		// Shifted by one: every item is out of place, even though the relative order is mostly right.
		expect(grade('s4', 's1', 's2', 's3')).toEqual({ id: 'ordering', score: 0, correct: false });
		expect(grade('s2', 's1', 's4', 's3')).toEqual({ id: 'ordering', score: 0, correct: false });
	});

	it('proportional: a short or empty order only counts the positions given', () => {
		expect(gradeQuestion(ordering, ans.ordering('s1', 's2'), 'proportional')).toEqual({ id: 'ordering', score: 0.5, correct: false });
		expect(gradeQuestion(ordering, ans.ordering(), 'proportional')).toEqual({ id: 'ordering', score: 0, correct: false });
	});

	it('none: 1 only when fully in order', () => {
		expect(gradeQuestion(ordering, ans.ordering('s1', 's2', 's3', 's4'), 'none')).toEqual({ id: 'ordering', score: 1, correct: true });
		expect(gradeQuestion(ordering, ans.ordering('s1', 's2', 's4', 's3'), 'none')).toEqual({ id: 'ordering', score: 0, correct: false });
	});
});

describe('gradeQuestion: matching', () => {
	it('proportional: share of pairs matched', () => {
		const grade = (matches: Record<string, string | null>) => gradeQuestion(matching, ans.matching(matches), 'proportional');
		expect(grade({ p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' })).toEqual({ id: 'matching', score: 1, correct: true });
		expect(grade({ p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' })).toEqual({ id: 'matching', score: 0.5, correct: false });
		expect(grade({ p1: 'p1', p2: 'p2', p3: 'p3', p4: null })).toEqual({ id: 'matching', score: 0.75, correct: false });
		expect(grade({ p1: 'p1' })).toEqual({ id: 'matching', score: 0.25, correct: false });
		expect(grade({ p1: 'p2', p2: 'p1', p3: 'p4', p4: 'p3' })).toEqual({ id: 'matching', score: 0, correct: false });
		// Choosing the same match everywhere earns only the one pair it belongs to.
		expect(grade({ p1: 'p1', p2: 'p1', p3: 'p1', p4: 'p1' })).toEqual({ id: 'matching', score: 0.25, correct: false });
		expect(grade({})).toEqual({ id: 'matching', score: 0, correct: false });
	});

	it('none: 1 only when every pair is matched', () => {
		expect(gradeQuestion(matching, ans.matching({ p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }), 'none')).toEqual({
			id: 'matching',
			score: 1,
			correct: true,
		});
		expect(gradeQuestion(matching, ans.matching({ p1: 'p1', p2: 'p2', p3: 'p3', p4: null }), 'none')).toEqual({
			id: 'matching',
			score: 0,
			correct: false,
		});
	});
});

describe('gradeAttempt', () => {
	const plan = (...questions: string[]): AttemptPlan => ({ seed: 1, questions, order: {} });
	const ordered = (n: number, id: string): Question => ({
		...common,
		id,
		type: 'ordering',
		items: Array.from({ length: n }, (_, i) => ({ id: `i${i + 1}`, text: `item ${i + 1}` })),
	});
	const orderingAnswer = (...positions: number[]): Answer => ({ type: 'ordering', order: positions.map((n) => `i${n}`) });
	const quiz = (passMark: number, partialCredit: 'none' | 'proportional' = 'proportional') => ({
		questions: [single, multiple, trueFalse, ordering, matching],
		passMark,
		partialCredit,
	});
	const allRight: Record<string, Answer> = {
		single: ans.single('b'),
		multiple: ans.multiple('a', 'b', 'c'),
		tf: ans.tf(false),
		ordering: ans.ordering('s1', 's2', 's3', 's4'),
		matching: ans.matching({ p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }),
	};

	it('grades the planned questions in plan order and sums the points', () => {
		const answers = { ...allRight, multiple: ans.multiple('a', 'b'), ordering: ans.ordering('s1', 's2', 's4', 's3') };
		expect(gradeAttempt(quiz(0.8), plan('ordering', 'single', 'multiple', 'tf', 'matching'), answers)).toEqual({
			questions: [
				{ id: 'ordering', score: 0.5, correct: false },
				{ id: 'single', score: 1, correct: true },
				{ id: 'multiple', score: 2 / 3, correct: false },
				{ id: 'tf', score: 1, correct: true },
				{ id: 'matching', score: 1, correct: true },
			],
			score: 4.17,
			max: 5,
			percent: 83,
			passed: true,
		});
	});

	it('with partial credit `none` the same answers score whole points only', () => {
		const answers = { ...allRight, multiple: ans.multiple('a', 'b'), ordering: ans.ordering('s1', 's2', 's4', 's3') };
		expect(gradeAttempt(quiz(0.8, 'none'), plan('ordering', 'single', 'multiple', 'tf', 'matching'), answers)).toEqual({
			questions: [
				{ id: 'ordering', score: 0, correct: false },
				{ id: 'single', score: 1, correct: true },
				{ id: 'multiple', score: 0, correct: false },
				{ id: 'tf', score: 1, correct: true },
				{ id: 'matching', score: 1, correct: true },
			],
			score: 3,
			max: 5,
			percent: 60,
			passed: false,
		});
	});

	it('passes exactly at the pass mark and fails just below it', () => {
		const fourOfFive = { ...allRight, tf: ans.tf(true) };
		expect(gradeAttempt(quiz(0.8), plan('single', 'multiple', 'tf', 'ordering', 'matching'), fourOfFive)).toMatchObject({
			score: 4,
			max: 5,
			percent: 80,
			passed: true,
		});
		const justBelow = { ...allRight, tf: ans.tf(true), ordering: ans.ordering('s1', 's2', 's3', 's3') }; // 3.75 / 5
		expect(gradeAttempt(quiz(0.8), plan('single', 'multiple', 'tf', 'ordering', 'matching'), justBelow)).toMatchObject({
			score: 3.75,
			max: 5,
			percent: 75,
			passed: false,
		});
		expect(gradeAttempt(quiz(0.75), plan('single', 'multiple', 'tf', 'ordering', 'matching'), justBelow)).toMatchObject({
			score: 3.75,
			max: 5,
			percent: 75,
			passed: true,
		});
		expect(gradeAttempt(quiz(1), plan('single', 'multiple', 'tf', 'ordering', 'matching'), allRight)).toMatchObject({
			score: 5,
			max: 5,
			percent: 100,
			passed: true,
		});
		expect(gradeAttempt(quiz(1), plan('single', 'multiple', 'tf', 'ordering', 'matching'), justBelow)).toMatchObject({
			percent: 75,
			passed: false,
		});
	});

	it('sums thirds without floating-point drift: 2/3 + 1/3 + 2 reaches a 75% pass mark', () => {
		const thirds: Question = { ...multiple, id: 'thirds' };
		const q = { questions: [single, trueFalse, multiple, thirds], passMark: 0.75, partialCredit: 'proportional' as const };
		const answers = { single: ans.single('b'), tf: ans.tf(false), multiple: ans.multiple('a', 'b'), thirds: ans.multiple('c') };
		expect(gradeAttempt(q, plan('single', 'tf', 'multiple', 'thirds'), answers)).toMatchObject({
			score: 3,
			max: 4,
			percent: 75,
			passed: true,
		});
		const short = { ...answers, thirds: ans.multiple() };
		expect(gradeAttempt(q, plan('single', 'tf', 'multiple', 'thirds'), short)).toMatchObject({
			score: 2.67,
			max: 4,
			percent: 66,
			passed: false,
		});
	});

	it('rounds the score to two decimals and the percent down, without 56.999… becoming 56', () => {
		// 1 + 5/7 = 1.714… → 1.71; 1.71 / 3 × 100 is 56.999… in floating point.
		const seven = ordered(7, 'seven');
		const q = { questions: [single, seven, trueFalse], passMark: 0.57, partialCredit: 'proportional' as const };
		const answers = { single: ans.single('b'), seven: orderingAnswer(1, 2, 3, 4, 5, 7, 6), tf: ans.tf(true) };
		expect(gradeAttempt(q, plan('single', 'seven', 'tf'), answers)).toEqual({
			questions: [
				{ id: 'single', score: 1, correct: true },
				{ id: 'seven', score: 5 / 7, correct: false },
				{ id: 'tf', score: 0, correct: false },
			],
			score: 1.71,
			max: 3,
			percent: 57,
			passed: true,
		});
	});

	it('does not round a score below the pass mark up to a pass', () => {
		const q = {
			questions: [ordered(5, 'five'), ordered(6, 'six'), ordered(7, 'seven')],
			passMark: 0.5,
			partialCredit: 'proportional' as const,
		};
		const answers = {
			five: orderingAnswer(1, 2, 4, 5, 3), // 2 of 5 in place
			six: orderingAnswer(1, 2, 3, 4, 6, 5), // 4 of 6
			seven: orderingAnswer(1, 2, 3, 5, 6, 7, 4), // 3 of 7
		};
		const result = gradeAttempt(q, plan('five', 'six', 'seven'), answers);
		expect(result.questions.map((r) => r.score)).toEqual([2 / 5, 4 / 6, 3 / 7]);
		expect(result).toMatchObject({ max: 3, percent: 49, passed: false });
	});

	it('skips planned ids that are not in the quiz and grades unanswered questions 0', () => {
		expect(gradeAttempt(quiz(0.5), plan('single', 'removed', 'tf'), { single: ans.single('b') })).toEqual({
			questions: [
				{ id: 'single', score: 1, correct: true },
				{ id: 'tf', score: 0, correct: false },
			],
			score: 1,
			max: 2,
			percent: 50,
			passed: true,
		});
	});

	it('an empty plan scores 0 of 0 and fails', () => {
		expect(gradeAttempt(quiz(0.1), plan(), {})).toEqual({ questions: [], score: 0, max: 0, percent: 0, passed: false });
	});

	it('only grades the drawn questions: answers to others are ignored', () => {
		expect(gradeAttempt(quiz(0.8), plan('single'), allRight)).toEqual({
			questions: [{ id: 'single', score: 1, correct: true }],
			score: 1,
			max: 1,
			percent: 100,
			passed: true,
		});
	});
});

describe('unanswered questions', () => {
	const pool: Question[] = [
		{
			id: 'a',
			type: 'single',
			prompt: 'A',
			ref: 'sc-01#c-1',
			explanation: 'x',
			options: [
				{ id: 'p', text: 'P' },
				{ id: 'q', text: 'Q' },
			],
			answer: 'p',
		},
		{
			id: 'b',
			type: 'multiple',
			prompt: 'B',
			ref: 'sc-01#c-1',
			explanation: 'x',
			options: [
				{ id: 'p', text: 'P' },
				{ id: 'q', text: 'Q' },
			],
			answer: ['p'],
		},
		{ id: 'c', type: 'true-false', prompt: 'C', ref: 'sc-01#c-1', explanation: 'x', answer: true },
		{
			id: 'd',
			type: 'ordering',
			prompt: 'D',
			ref: 'sc-01#c-1',
			explanation: 'x',
			items: [
				{ id: '1', text: '1' },
				{ id: '2', text: '2' },
				{ id: '3', text: '3' },
			],
		},
		{
			id: 'e',
			type: 'matching',
			prompt: 'E',
			ref: 'sc-01#c-1',
			explanation: 'x',
			pairs: [
				{ id: 'm', prompt: 'M', match: 'm' },
				{ id: 'n', prompt: 'N', match: 'n' },
			],
		},
	];
	const plan = { questions: ['e', 'd', 'c', 'b', 'a'] };

	it('lists every question of an empty submit by its shown position', () => {
		expect(unansweredPositions(pool, plan, {}, new Set())).toEqual([1, 2, 3, 4, 5]);
	});

	it('counts a matching question as answered only when every item has a match, and an ordering once it was rearranged', () => {
		const answers: Record<string, Answer> = {
			a: { type: 'single', choice: 'q' },
			b: { type: 'multiple', choices: [] },
			c: { type: 'true-false', choice: false },
			d: { type: 'ordering', order: ['2', '1', '3'] },
			e: { type: 'matching', matches: { m: 'n', n: null } },
		};
		expect(unansweredPositions(pool, plan, answers, new Set())).toEqual([1, 2, 4]);
		expect(unansweredPositions(pool, plan, answers, new Set(['d']))).toEqual([1, 4]);
		expect(isAnswered(pool[4]!, { type: 'matching', matches: { m: 'n', n: 'm' } })).toBe(true);
		expect(isAnswered(pool[0]!, { type: 'true-false', choice: true })).toBe(false);
	});
});
