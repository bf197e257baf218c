/**
 * Where each clause came from (`content/traceability.yaml`): standard id → chapter or clause anchor
 * → the source section it was written from. A chapter entry (`c-2`) covers its sections; a section
 * entry overrides it. Read by `npm run report:traceability` and the change report.
 */
import { z } from 'astro/zod';
import { expected } from './errors.ts';
import { slug, text } from './fields.ts';

const anchor = z
	.string({ error: expected('a clause anchor such as "c-2-3"') })
	.regex(/^c-[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: expected('a clause anchor such as "c-2-3"') })
	.describe('A chapter (c-2) or clause (c-2-3) anchor of the standard.');

export const traceabilitySchema = z
	.record(
		slug.describe('A standard id.'),
		z
			.record(anchor, text('the source section').describe('The source document and section the clause restates, or why it has none.'), {
				error: expected('a map of clause anchor → source section'),
			})
			.describe('Source sections of the standard, by chapter or clause anchor.'),
		{ error: expected('a map of standard id → clause anchors') },
	)
	.describe('Source section of each standard chapter or clause.');

export type TraceabilityData = z.infer<typeof traceabilitySchema>;
