/**
 * Friendly zod messages for content authors: "expected X, got Y", with a hint where one helps.
 * Astro prefixes each message with the field path and names the file, so messages here only
 * say what was expected and what was found.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../src/lib/suggest.ts';

/** Describes a value the way an author would recognise it in their front matter. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'an empty value';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
	if (Array.isArray(value)) return `a list of ${value.length} item(s)`;
	if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === 'object') return 'a nested object';
	return `${typeof value} ${String(value)}`;
}

/**
 * Builds a zod `error` option: `expected(...)` is what a valid value looks like.
 * Works for type, format and enum issues alike, so a field needs only one.
 */
export function expected(what: string, hint?: string) {
	return (issue: z.core.$ZodRawIssue): string => {
		const found = describeValue(issue.input);
		const base = issue.input === undefined ? `required field is missing: expected ${what}` : `expected ${what}, got ${found}`;
		return hint ? `${base}. Hint: ${hint}` : base;
	};
}

/**
 * An object that rejects keys it does not define, naming each unknown key, the closest known one
 * ("did you mean") and the keys it accepts: a mistyped key is never silently dropped.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
	const known = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return undefined;
			return issue.keys.map((key) => `unknown key "${key}".${didYouMean(key, known)} Expected only: ${known.join(', ')}`).join('; ');
		},
	});
}
