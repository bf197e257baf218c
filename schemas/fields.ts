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

/**
 * A calendar date. YAML dates (`2026-01-15`) arrive as Date already; a quoted "2026-01-15" is
 * accepted too. Nothing else is coerced, so an empty value or a number is an error, not 1970.
 */
export const date = z.preprocess(
	(value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
	z.date({ error: expected('a date like 2026-01-15') }),
).describe('A calendar date such as 2026-01-15.');

/** Title or summary text that must not be empty. */
export const text = (what: string) =>
	z
		.string({ error: expected(what) })
		.trim()
		.min(1, { error: expected(what) })
		.describe(`${what.charAt(0).toUpperCase()}${what.slice(1)} (text, not empty).`);

/** A clause reference in YAML: `sc-01#c-2-3` (standard id, then the clause anchor). */
export const clauseRef = z
	.string({ error: expected('a clause reference like "sc-01#c-2-3"') })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: expected('a clause reference like "sc-01#c-2-3"', 'standard id, "#", then the clause anchor'),
	})
	.describe('A clause reference: standard id, "#", clause anchor, e.g. sc-01#c-2-3.');

/** Free-form keywords for grouping and search. */
export const tags = z
	.array(z.string({ error: expected('a tag (text)') }), { error: expected('a list of tags') })
	.default([])
	.describe('Free-form keywords for grouping and search.');
