/** A role handbook: what a role is for, what it does at each stage, and which clauses it must know. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { clauseRef, slug, tags, text } from './fields.ts';
import { stage } from './stage.ts';

export const handbookSchema = strictObject({
	/** Role name, e.g. 需求分析师. */
	title: text('the role name'),
	/** English name of the role, shown in the English UI beside the Chinese one. */
	titleEn: text('the role name in English'),
	/** Why the role exists, in one or two sentences. */
	purpose: text('the purpose of the role'),
	/** Responsibilities grouped by process stage. */
	responsibilities: z
		.array(
			strictObject({
				stage,
				duties: z.array(text('a duty'), { error: expected('a list of duties') }).min(1, { error: expected('at least one duty') }),
			}),
			{ error: expected('a list of { stage, duties }') },
		)
		.min(1, { error: expected('at least one stage of responsibilities') }),
	/** Clauses the role owns or must know, as `sc-01#c-2-3` references. */
	clauses: z.array(clauseRef, { error: expected('a list of clause references') }).default([]),
	/** Roles this one works with most (handbook ids). */
	worksWith: z.array(slug, { error: expected('a list of role ids') }).default([]),
	tags,
});

export type HandbookData = z.infer<typeof handbookSchema>;
