/**
 * Schema pieces shared by every learner-data store: stored data is validated completely, and a time
 * must be a real ISO 8601 date-time (an imported `at: "yesterday"` would otherwise break every page
 * that formats it). The date-time check is a small function rather than zod's ISO format, which
 * would add about a kilobyte to every reading page's script budget.
 */
import * as z from 'zod/mini';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** `2026-03-01T09:30:00.000Z` or with an offset, on a day that exists. */
export function isIsoDateTime(value: string): boolean {
	const match = ISO_DATE_TIME.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return month >= 1 && month <= 12 && day >= 1 && day <= days && Number.isFinite(Date.parse(value));
}

export const isoDateTime = z.string().check(z.refine(isIsoDateTime, 'expected an ISO date-time'));

/** A version number `major.minor.patch`. */
export const versionNumber = z.string().check(z.regex(/^\d+\.\d+\.\d+$/));

/** A finite number (no NaN or Infinity) at least 0. */
export const count = z.number().check(z.minimum(0));
