/** An onboarding path (`content/paths/<role-id>.yaml`): ordered steps for a role's new hires. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { slug, text } from './fields.ts';

export const STEP_KINDS = ['read', 'checklist', 'quiz', 'assessment'] as const;

export const pathSchema = strictObject({
	role: slug.describe('Role (handbook id) the path is for.'),
	title: text('a title'),
	description: text('a one-sentence description'),
	steps: z
		.array(
			strictObject({
				kind: z
					.enum(STEP_KINDS, { error: expected(`one of ${STEP_KINDS.join(', ')}`) })
					.describe('`read` a standard, complete a `checklist`, pass a `quiz`, do an `assessment`.'),
				target: slug.describe('Id of the standard, checklist, quiz or assessment.'),
				note: z
					.string({ error: expected('a note (text)') })
					.optional()
					.describe('Why this step matters for the role, shown beside it.'),
			}),
			{ error: expected('a list of steps') },
		)
		.min(1, { error: expected('at least one step') })
		.describe('The steps in the order a new hire takes them.'),
});

export type PathData = z.infer<typeof pathSchema>;
