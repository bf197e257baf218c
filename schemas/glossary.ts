/** The glossary: one YAML list under `content/glossary.yaml`, one entry per term. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { clauseRef, slug, text } from './fields.ts';

export const glossaryTermSchema = strictObject({
	/** Stable anchor on the glossary page and target of `term:<id>` links. */
	id: slug,
	term: text('the term'),
	/** English or original form, e.g. "Work Breakdown Structure". */
	english: z.string({ error: expected('the English form (text)') }).optional(),
	definition: text('a definition'),
	/** Other terms (ids) worth reading next. */
	related: z.array(slug, { error: expected('a list of term ids') }).default([]),
	/** Clauses where the term matters most. */
	refs: z.array(clauseRef, { error: expected('a list of clause references') }).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
