/** Field types shared by every content schema: ids, versions, dates, references. */
import { z } from 'astro/zod';
import { expected } from './errors.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable id: lower-case letters, digits and single hyphens. Never changes once published. */
export const slug = z
	.string({ error: expected('a lower-case id such as "sc-01"') })
	.regex(SLUG_PATTERN, { error: expected('a lower-case id such as "sc-01"', 'use a-z, 0-9 and single hyphens') })
	.describe('A stable lower-case id (a-z, 0-9, single hyphens) that never changes once published.');

/** A semantic version, e.g. `1.2.0`. */
export const semver = z
	.string({ error: expected('a version like "1.0.0"') })
	.regex(/^\d+\.\d+\.\d+$/, { error: expected('a version like "1.0.0"', 'three numbers separated by dots') })
	.describe('A semantic version such as 1.2.0.');

/** Written as a day that the calendar does not have (2026-02-30): kept so the message can quote it. */
type NotADay = Date & { written: string };

/**
 * A calendar date. YAML dates (`2026-01-15`) arrive as Date or as text; either is accepted, but
 * only as a real day: 2026-02-30 is an error, never 2 March. Nothing else is coerced, so an empty
 * value or a number is an error, not 1970.
 */
export const date = z
	.preprocess(
		(value) => {
			if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
			const day = new Date(`${value}T00:00:00Z`);
			return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value
				? day
				: Object.assign(new Date(Number.NaN), { written: value });
		},
		z.date({
			error: (issue) => {
				const written = (issue.input as Partial<NotADay> | undefined)?.written;
				if (written) return `expected a real calendar date like 2026-01-15, got "${written}", a day the calendar does not have`;
				return expected('a date like 2026-01-15')(issue);
			},
		}),
	)
	.describe('A calendar date such as 2026-01-15.');

/** Title or summary text that must not be empty. */
export const text = (what: string) =>
	z
		.string({ error: expected(what) })
		.trim()
		.min(1, { error: expected(what) })
		.describe(`${what.charAt(0).toUpperCase()}${what.slice(1)} (text, not empty).`);

/**
 * A clause reference in YAML: `sc-01#c-2-3` (standard id, then the clause anchor), or
 * `sc-01@1.0.0#c-5-3` to cite the text of one version (a clause removed later).
 */
export const clauseRef = z
	.string({ error: expected('a clause reference like "sc-01#c-2-3"') })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:@\d+\.\d+\.\d+)?#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: expected(
			'a clause reference like "sc-01#c-2-3"',
			'standard id, "#", then the clause anchor (or sc-01@1.0.0#c-2-3 for one version)',
		),
	})
	.describe('A clause reference: standard id, "#", clause anchor, e.g. sc-01#c-2-3; sc-01@1.0.0#c-2-3 cites one version.');

/** Free-form keywords for grouping and search. */
export const tags = z
	.array(z.string({ error: expected('a tag (text)') }), { error: expected('a list of tags') })
	.default([])
	.describe('Free-form keywords for grouping and search.');
