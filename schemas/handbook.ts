/** A role handbook: what a role is for, what it does at each stage, and which clauses it must know. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { clauseRef, slug, tags, text } from './fields.ts';
import { stage } from './stage.ts';

export const handbookSchema = strictObject({
	title: text('the role name').describe('Role name, e.g. 需求分析师.'),
	titleEn: text('the role name in English').describe('English name of the role, shown in the English UI beside the Chinese one.'),
	purpose: text('the purpose of the role').describe('Why the role exists, in one or two sentences.'),
	responsibilities: z
		.array(
			strictObject({
				stage: stage.describe('The process stage.'),
				duties: z
					.array(text('a duty'), { error: expected('a list of duties') })
					.min(1, { error: expected('at least one duty') })
					.describe('What the role does in this stage.'),
			}),
			{ error: expected('a list of { stage, duties }') },
		)
		.min(1, { error: expected('at least one stage of responsibilities') })
		.describe('Responsibilities grouped by process stage.'),
	clauses: z
		.array(clauseRef, { error: expected('a list of clause references') })
		.default([])
		.describe('Clauses the role owns or must know, as sc-01#c-2-3 references.'),
	worksWith: z
		.array(slug, { error: expected('a list of role ids') })
		.default([])
		.describe('Roles this one works with most (handbook ids).'),
	tags,
});

export type HandbookData = z.infer<typeof handbookSchema>;
