/** A case study: a worked example or a diagnosis of a common problem, tied to the clauses it shows. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { slug, tags, text } from './fields.ts';
import { stages } from './stage.ts';

export const CASE_KINDS = ['example', 'diagnosis'] as const;

export const caseStudySchema = strictObject({
	title: text('a title'),
	summary: text('a one-sentence summary'),
	kind: z
		.enum(CASE_KINDS, { error: expected(`one of ${CASE_KINDS.join(', ')}`) })
		.describe('`example` shows a practice working; `diagnosis` walks from symptoms to remedies.'),
	stages: stages.describe('Process stages the case belongs to.'),
	roles: z
		.array(slug, { error: expected('a list of role ids') })
		.default([])
		.describe('Roles (handbook ids) the case is most useful for.'),
	standards: z
		.array(slug, { error: expected('a list of standard ids') })
		.default([])
		.describe('Standards (ids) the case illustrates.'),
	tags,
});

export type CaseStudyData = z.infer<typeof caseStudySchema>;
