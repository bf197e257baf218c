import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, questionSchema, quizSchema } from '../../schemas/quiz.ts';
import { issuesOf } from './schema-test-helpers.ts';

const common = (id: string) => ({ id, prompt: `题目 ${id}`, ref: 'sc-01#c-1-2', explanation: '解析。' });

const single = {
	...common('q1'),
	type: 'single',
	options: [
		{ id: 'a', text: '需求确认' },
		{ id: 'b', text: '风险预案', feedback: '不是必备项。' },
	],
	answer: 'a',
};
const multiple = {
	...common('q2'),
	type: 'multiple',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' },
		{ id: 'c', text: 'C' },
	],
	answer: ['a', 'c'],
};
const trueFalse = { ...common('q3'), type: 'true-false', answer: false, feedback: { true: '质量控制与执行同步。' } };
const ordering = {
	...common('q4'),
	type: 'ordering',
	items: [
		{ id: 's1', text: '需求分析' },
		{ id: 's2', text: '协作计划制定' },
		{ id: 's3', text: '执行与沟通' },
	],
};
const matching = {
	...common('q5'),
	type: 'matching',
	pairs: [
		{ id: 'p1', prompt: '需求分析', match: '需求确认书' },
		{ id: 'p2', prompt: '协作计划制定', match: '协作计划' },
	],
};

const valid = {
	title: '服务协作五步流程',
	description: '检验对 SC-01 总则的掌握。',
	standards: ['sc-01'],
	passMark: 0.8,
	draw: 4,
	questions: [single, multiple, trueFalse, ordering, matching],
};

describe('quizSchema: valid quizzes', () => {
	it('parses a quiz with all five question types and defaults partial credit to proportional', () => {
		expect(quizSchema.parse(valid)).toEqual({ ...valid, partialCredit: 'proportional' });
		expect(QUESTION_TYPES).toEqual(['single', 'multiple', 'true-false', 'ordering', 'matching']);
	});

	it('keeps an explicit partial-credit setting, and draw is optional', () => {
		const { draw: _draw, ...noDraw } = valid;
		expect(quizSchema.parse({ ...noDraw, partialCredit: 'none' })).toEqual({ ...noDraw, partialCredit: 'none' });
	});

	it('accepts draw equal to the pool and pass marks at the bounds', () => {
		expect(quizSchema.safeParse({ ...valid, draw: 5 }).success).toBe(true);
		expect(quizSchema.safeParse({ ...valid, passMark: 0.1 }).success).toBe(true);
		expect(quizSchema.safeParse({ ...valid, passMark: 1 }).success).toBe(true);
	});

	it('trims text fields', () => {
		const parsed = quizSchema.parse({
			...valid,
			draw: 1,
			title: '  标题  ',
			questions: [
				{
					...single,
					prompt: ' 题目 ',
					options: [
						{ id: 'a', text: ' A ' },
						{ id: 'b', text: 'B' },
					],
				},
			],
		});
		expect(parsed.title).toBe('标题');
		expect(parsed.questions[0]).toEqual({
			...single,
			prompt: '题目',
			options: [
				{ id: 'a', text: 'A' },
				{ id: 'b', text: 'B' },
			],
		});
	});
});

describe('quizSchema: cross-checks name the question and the field', () => {
	it('a single-choice answer that is not among the options', () => {
		expect(issuesOf(quizSchema.safeParse({ ...valid, draw: 2, questions: [{ ...single, answer: 'c' }, multiple] }))).toEqual([
			['questions.0.answer', 'question "q1": answer "c" is not among the options (a, b)'],
		]);
	});

	it('each multiple-choice answer that is not among the options', () => {
		expect(issuesOf(quizSchema.safeParse({ ...valid, draw: 2, questions: [single, { ...multiple, answer: ['a', 'x', 'y'] }] }))).toEqual([
			['questions.1.answer', 'question "q2": answer "x" is not among the options (a, b, c)'],
			['questions.1.answer', 'question "q2": answer "y" is not among the options (a, b, c)'],
		]);
	});

	it('a duplicate option id', () => {
		const dup = {
			...single,
			options: [
				{ id: 'a', text: 'A' },
				{ id: 'a', text: 'A again' },
			],
		};
		expect(issuesOf(quizSchema.safeParse({ ...valid, draw: 1, questions: [dup] }))).toEqual([
			['questions.0.options', 'question "q1": option id "a" is used twice'],
		]);
	});

	it('an ordering with a duplicate item id or item text', () => {
		const dupId = {
			...ordering,
			items: [
				{ id: 's1', text: '一' },
				{ id: 's2', text: '二' },
				{ id: 's1', text: '三' },
			],
		};
		expect(issuesOf(quizSchema.safeParse({ ...valid, questions: [single, multiple, trueFalse, dupId, matching] }))).toEqual([
			['questions.3.items', 'question "q4": ordering item "s1" appears twice'],
		]);
		const dupText = {
			...ordering,
			items: [
				{ id: 's1', text: '一' },
				{ id: 's2', text: '二' },
				{ id: 's3', text: '一' },
			],
		};
		expect(issuesOf(quizSchema.safeParse({ ...valid, questions: [single, multiple, trueFalse, dupText, matching] }))).toEqual([
			['questions.3.items', 'question "q4": ordering item text "一" appears twice'],
		]);
	});

	it('a matching question with duplicate matches (ambiguous) or duplicate pair ids', () => {
		const dupMatch = {
			...matching,
			pairs: [
				{ id: 'p1', prompt: '甲', match: '同一产出' },
				{ id: 'p2', prompt: '乙', match: '同一产出' },
			],
		};
		expect(issuesOf(quizSchema.safeParse({ ...valid, questions: [single, multiple, trueFalse, ordering, dupMatch] }))).toEqual([
			['questions.4.pairs', 'question "q5": match "同一产出" appears twice, so the pairing is ambiguous'],
		]);
		const dupId = {
			...matching,
			pairs: [
				{ id: 'p1', prompt: '甲', match: '一' },
				{ id: 'p1', prompt: '乙', match: '二' },
			],
		};
		expect(issuesOf(quizSchema.safeParse({ ...valid, questions: [single, multiple, trueFalse, ordering, dupId] }))).toEqual([
			['questions.4.pairs', 'question "q5": pair id "p1" is used twice'],
		]);
	});

	it('duplicate question ids', () => {
		expect(issuesOf(quizSchema.safeParse({ ...valid, draw: 3, questions: [single, multiple, { ...trueFalse, id: 'q1' }] }))).toEqual([
			['questions', 'question id "q1" is used twice; expected unique ids'],
		]);
	});

	it('draw larger than the pool', () => {
		expect(issuesOf(quizSchema.safeParse({ ...valid, draw: 6 }))).toEqual([
			['draw', 'expected at most 5 (the number of questions), got 6'],
		]);
	});

	it('reports every cross-check problem at once', () => {
		const questions = [
			{ ...single, answer: 'z' },
			{ ...multiple, id: 'q1' },
		];
		expect(issuesOf(quizSchema.safeParse({ ...valid, draw: 3, questions }))).toEqual([
			['questions', 'question id "q1" is used twice; expected unique ids'],
			['draw', 'expected at most 2 (the number of questions), got 3'],
			['questions.0.answer', 'question "q1": answer "z" is not among the options (a, b)'],
		]);
	});
});

describe('quizSchema: field errors', () => {
	it('an unknown question type names the types and the value found', () => {
		expect(issuesOf(quizSchema.safeParse({ ...valid, questions: [single, { ...common('q9'), type: 'weird' }] }))).toEqual([
			['questions.1.type', 'type: expected one of single, multiple, true-false, ordering, matching, got "weird"'],
		]);
		const { type: _type, ...untyped } = single;
		expect(issuesOf(questionSchema.safeParse(untyped))).toEqual([
			['type', 'type: expected one of single, multiple, true-false, ordering, matching, got nothing'],
		]);
	});

	it('quiz-level fields', () => {
		expect(issuesOf(quizSchema.safeParse({ ...valid, standards: [], passMark: 0.05, draw: 0, partialCredit: 'some' }))).toEqual([
			['standards', 'expected at least one standard id, got a list of 0 item(s)'],
			['passMark', 'expected a number between 0 and 1, e.g. 0.8, got number 0.05'],
			['draw', 'expected a whole number of questions, got number 0'],
			['partialCredit', 'expected none or proportional, got the text "some"'],
		]);
		expect(issuesOf(quizSchema.safeParse({ ...valid, passMark: 80, draw: 1.5, questions: [] }))).toEqual([
			['passMark', 'expected a number between 0 and 1, e.g. 0.8, got number 80'],
			['draw', 'expected a whole number of questions, got number 1.5'],
			['questions', 'expected at least one question, got a list of 0 item(s)'],
		]);
		expect(issuesOf(quizSchema.safeParse({ ...valid, passMark: '0.8', questions: 'q1' }))).toEqual([
			['passMark', 'expected a number between 0 and 1, e.g. 0.8, got the text "0.8"'],
			['questions', 'expected a list of questions, got the text "q1"'],
		]);
	});

	it('question-level fields', () => {
		expect(issuesOf(questionSchema.safeParse({ ...trueFalse, ref: 'sc-01', answer: 'yes' }))).toEqual([
			[
				'ref',
				'expected a clause reference like "sc-01#c-2-3", got the text "sc-01". Hint: standard id, "#", then the clause anchor (or sc-01@1.0.0#c-2-3 for one version)',
			],
			['answer', 'expected true or false, got the text "yes"'],
		]);
		expect(
			issuesOf(
				questionSchema.safeParse({
					...single,
					prompt: ' ',
					explanation: undefined,
					options: [
						{ id: 'a', text: 'A', feedback: 3 },
						{ id: 'b', text: 'B' },
					],
				}),
			),
		).toEqual([
			['prompt', 'expected the question, got the text ""'],
			['explanation', 'required field is missing: expected an explanation of the right answer'],
			['options.0.feedback', 'expected feedback text, got number 3'],
		]);
		expect(issuesOf(questionSchema.safeParse({ ...multiple, answer: 'a' }))).toEqual([
			['answer', 'expected a list of option ids, got the text "a"'],
		]);
		expect(issuesOf(questionSchema.safeParse({ ...multiple, options: [{ id: 'a', text: 'A' }], answer: [] }))).toEqual([
			['options', 'expected at least two options, got a list of 1 item(s)'],
			['answer', 'expected at least one correct option, got a list of 0 item(s)'],
		]);
		expect(
			issuesOf(
				questionSchema.safeParse({
					...ordering,
					items: [
						{ id: 's1', text: '一' },
						{ id: 's2', text: ' ' },
					],
				}),
			),
		).toEqual([
			['items.1.text', 'expected the option text, got the text ""'],
			['items', 'expected at least three items to order, got a list of 2 item(s)'],
		]);
		expect(issuesOf(questionSchema.safeParse({ ...matching, pairs: [matching.pairs[0]] }))).toEqual([
			['pairs', 'expected at least two pairs, got a list of 1 item(s)'],
		]);
		expect(issuesOf(questionSchema.safeParse({ ...single, id: 'Q1' }))).toEqual([
			['id', 'expected a lower-case id such as "sc-01", got the text "Q1". Hint: use a-z, 0-9 and single hyphens'],
		]);
	});
});
