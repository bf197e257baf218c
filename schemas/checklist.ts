/** A checklist: a GFM task list in MDX whose ticks a reader keeps in the browser. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { slug, tags, text } from './fields.ts';
import { stages } from './stage.ts';

export const checklistSchema = strictObject({
	title: text('a title'),
	summary: text('a one-sentence summary'),
	roles: z
		.array(slug, { error: expected('a list of role ids') })
		.min(1, { error: expected('at least one role id') })
		.describe('Roles (handbook ids) that use the checklist.'),
	stages: stages.describe('Process stages the checklist is used in.'),
	standards: z
		.array(slug, { error: expected('a list of standard ids') })
		.default([])
		.describe('Standards (ids) the items come from.'),
	tags,
});

export type ChecklistData = z.infer<typeof checklistSchema>;
