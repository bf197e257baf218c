/** The glossary: one YAML list under `content/glossary.yaml`, one entry per term. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { clauseRef, slug, text } from './fields.ts';

export const glossaryTermSchema = strictObject({
	id: slug.describe('Stable anchor on the glossary page and target of `term:<id>` links.'),
	term: text('the term'),
	english: z
		.string({ error: expected('the English form (text)') })
		.optional()
		.describe('English or original form, e.g. "Work Breakdown Structure".'),
	definition: text('a definition'),
	related: z
		.array(slug, { error: expected('a list of term ids') })
		.default([])
		.describe('Other terms (ids) worth reading next.'),
	refs: z
		.array(clauseRef, { error: expected('a list of clause references') })
		.default([])
		.describe('Clauses where the term matters most.'),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
