/** A process standard: one MDX file per released version under `content/standards/<id>/<version>.mdx`. */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { date, semver, slug, tags, text } from './fields.ts';
import { stages } from './stage.ts';

export const STATUSES = ['draft', 'active', 'superseded', 'retired'] as const;

export const standardSchema = strictObject({
	code: z
		.string({ error: expected('a code like "SC-01"') })
		.regex(/^[A-Z]{2,5}-\d{2,3}$/, { error: expected('a code like "SC-01"', 'capital letters, a hyphen, two or three digits') })
		.describe('Human code shown beside the title, e.g. `SC-01`. Unique across standards.'),
	title: text('a title').describe('Title of the standard.'),
	version: semver.describe('Must equal the file name (`1.1.0.mdx` holds version `1.1.0`).'),
	status: z
		.enum(STATUSES, { error: expected(`one of ${STATUSES.join(', ')}`) })
		.describe('`draft` (not built unless previewing), `active`, `superseded` by a newer version, or `retired`.'),
	effective: date.describe('The day this version comes into force.'),
	reviewBy: date.describe('The day by which the owner must review the standard again.'),
	owner: slug.describe('Role (handbook id) that owns the standard; its reviewers approve changes (.github/reviewers.yaml).'),
	stages: stages.describe('Process stages the standard governs.'),
	summary: text('a one-sentence summary').describe('One sentence saying what the standard governs.'),
	changes: z
		.array(text('a change description'), { error: expected('a list of changes') })
		.min(1, { error: expected('at least one change entry') })
		.describe('What this version changed, for the version history; name every clause added, removed or moved.'),
	audience: z
		.array(slug, { error: expected('a list of role ids') })
		.default([])
		.describe('Roles (handbook ids) that must know this standard.'),
	tags,
}).superRefine((v, ctx) => {
	if (v.reviewBy.getTime() <= v.effective.getTime()) {
		const day = (d: Date) => d.toISOString().slice(0, 10);
		ctx.addIssue({
			code: 'custom',
			path: ['reviewBy'],
			message: `expected a day after effective (${day(v.effective)}), got ${day(v.reviewBy)}`,
		});
	}
});

export type StandardData = z.infer<typeof standardSchema>;
