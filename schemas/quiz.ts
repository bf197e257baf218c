/**
 * A training quiz (`content/quizzes/<id>.yaml`): a pool of questions of five types, each citing
 * the clause it tests and explaining its answer. An attempt draws `draw` questions from the pool.
 */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { clauseRef, slug, text } from './fields.ts';

const option = strictObject({
	id: slug.describe('Stable within the question; answers refer to it.'),
	text: text('the option text'),
	feedback: z
		.string({ error: expected('feedback text') })
		.optional()
		.describe('Shown after submitting when this option was chosen.'),
});

const common = {
	id: slug.describe('Stable within the quiz; attempts and "retry wrong answers" refer to it.'),
	prompt: text('the question'),
	ref: clauseRef.describe('The clause the question tests, e.g. sc-01#c-2-4.'),
	explanation: text('an explanation of the right answer'),
};

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'ordering', 'matching'] as const;

const options = z
	.array(option)
	.min(2, { error: expected('at least two options') })
	.describe('The choices, in the order written; attempts shuffle them.');
const single = strictObject({
	...common,
	type: z.literal('single').describe('One right option.'),
	options,
	answer: slug.describe('Id of the right option.'),
});
const multiple = strictObject({
	...common,
	type: z.literal('multiple').describe('Several right options.'),
	options,
	answer: z
		.array(slug, { error: expected('a list of option ids') })
		.min(1, { error: expected('at least one correct option') })
		.describe('Ids of every right option.'),
});
const trueFalse = strictObject({
	...common,
	type: z.literal('true-false').describe('A statement that is true or false.'),
	answer: z.boolean({ error: expected('true or false') }).describe('Whether the statement is true.'),
	feedback: strictObject({
		true: z.string().optional().describe('Shown after answering "true".'),
		false: z.string().optional().describe('Shown after answering "false".'),
	})
		.optional()
		.describe('Feedback per answer.'),
});
/** `items` are written in the correct order; attempts shuffle them. */
const ordering = strictObject({
	...common,
	type: z.literal('ordering').describe('Put the items in order.'),
	items: z
		.array(option)
		.min(3, { error: expected('at least three items to order') })
		.describe('The items in the right order; attempts shuffle them.'),
});
/** Each pair's `prompt` must be matched with its `match`; attempts shuffle the matches. */
const matching = strictObject({
	...common,
	type: z.literal('matching').describe('Match each prompt with its match.'),
	pairs: z
		.array(
			strictObject({
				id: slug.describe('Stable within the question.'),
				prompt: text('the left-hand item'),
				match: text('the matching right-hand item'),
			}),
		)
		.min(2, { error: expected('at least two pairs') })
		.describe('Each prompt with its right match; attempts shuffle the matches.'),
});

export const questionSchema = z.discriminatedUnion('type', [single, multiple, trueFalse, ordering, matching], {
	error: (issue) => {
		const type = (issue.input as { type?: unknown } | undefined)?.type;
		return `type: expected one of ${QUESTION_TYPES.join(', ')}, got ${type === undefined ? 'nothing' : `"${String(type)}"`}`;
	},
});

function duplicates(ids: string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export const quizSchema = strictObject({
	title: text('a title'),
	description: text('a one-sentence description'),
	standards: z
		.array(slug, { error: expected('a list of standard ids') })
		.min(1, { error: expected('at least one standard id') })
		.describe('Standards (ids) the quiz covers; a new version of one makes a pass stale.'),
	passMark: z
		.number({ error: expected('a number between 0 and 1, e.g. 0.8') })
		.min(0.1)
		.max(1)
		.describe('Share of points needed to pass, 0–1 (0.8 = 80%).'),
	draw: z
		.number({ error: expected('a whole number of questions') })
		.int()
		.positive()
		.optional()
		.describe('Questions drawn per attempt; defaults to the whole pool.'),
	/**
	 * Partial credit: `multiple` scores (right picks − wrong picks) / correct options, floored at 0;
	 * `ordering` scores the share of items in their right place. `none` gives all or nothing.
	 */
	partialCredit: z
		.enum(['none', 'proportional'], { error: expected('none or proportional') })
		.default('proportional')
		.describe('`proportional`: partial credit for multiple choice, ordering and matching; `none`: all or nothing.'),
	questions: z
		.array(questionSchema, { error: expected('a list of questions') })
		.min(1, { error: expected('at least one question') })
		.describe('The question pool.'),
}).superRefine((quiz, ctx) => {
	for (const id of duplicates(quiz.questions.map((q) => q.id)))
		ctx.addIssue({ code: 'custom', path: ['questions'], message: `question id "${id}" is used twice; expected unique ids` });
	if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
		ctx.addIssue({
			code: 'custom',
			path: ['draw'],
			message: `expected at most ${quiz.questions.length} (the number of questions), got ${quiz.draw}`,
		});
	}
	quiz.questions.forEach((q, i) => {
		const where = (field: string) => ['questions', i, field];
		const name = `question "${q.id}"`;
		if (q.type === 'single' || q.type === 'multiple') {
			const ids = q.options.map((o) => o.id);
			for (const dup of duplicates(ids))
				ctx.addIssue({ code: 'custom', path: where('options'), message: `${name}: option id "${dup}" is used twice` });
			for (const answer of q.type === 'single' ? [q.answer] : q.answer) {
				if (!ids.includes(answer))
					ctx.addIssue({
						code: 'custom',
						path: where('answer'),
						message: `${name}: answer "${answer}" is not among the options (${ids.join(', ')})`,
					});
			}
		}
		if (q.type === 'ordering') {
			for (const dup of duplicates(q.items.map((o) => o.id)))
				ctx.addIssue({ code: 'custom', path: where('items'), message: `${name}: ordering item "${dup}" appears twice` });
			for (const dup of duplicates(q.items.map((o) => o.text)))
				ctx.addIssue({ code: 'custom', path: where('items'), message: `${name}: ordering item text "${dup}" appears twice` });
		}
		if (q.type === 'matching') {
			for (const dup of duplicates(q.pairs.map((p) => p.id)))
				ctx.addIssue({ code: 'custom', path: where('pairs'), message: `${name}: pair id "${dup}" is used twice` });
			for (const dup of duplicates(q.pairs.map((p) => p.match)))
				ctx.addIssue({
					code: 'custom',
					path: where('pairs'),
					message: `${name}: match "${dup}" appears twice, so the pairing is ambiguous`,
				});
		}
	});
});

export type QuizData = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
