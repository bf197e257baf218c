/** An onboarding path (`content/paths/<role-id>.yaml`): ordered steps for a role's new hires. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { slug, text } from './fields.ts';

export const STEP_KINDS = ['read', 'checklist', 'quiz', 'assessment'] as const;

export const pathSchema = strictObject({
	/** Role (handbook id) the path is for. */
	role: slug,
	title: text('a title'),
	description: text('a one-sentence description'),
	steps: z
		.array(
			strictObject({
				/** `read` a standard (target: standard id), complete a `checklist`, pass a `quiz`, do an `assessment`. */
				kind: z.enum(STEP_KINDS, { error: expected(`one of ${STEP_KINDS.join(', ')}`) }),
				target: slug,
				/** Why this step matters for the role, shown beside it. */
				note: z.string({ error: expected('a note (text)') }).optional(),
			}),
			{ error: expected('a list of steps') },
		)
		.min(1, { error: expected('at least one step') }),
});

export type PathData = z.infer<typeof pathSchema>;
