/**
 * Schema pieces shared by every learner-data store: stored data is validated completely, and a time
 * must be a real ISO 8601 date-time (an imported `at: "yesterday"` would otherwise break every page
 * that formats it).
 */
import * as z from 'zod/mini';

/** `2026-03-01T09:30:00.000Z` (or with an offset), and a date that exists. */
export const isoDateTime = z.iso.datetime({ offset: true }).check(z.refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO date-time'));

/** A version number `major.minor.patch`. */
export const versionNumber = z.string().check(z.regex(/^\d+\.\d+\.\d+$/));

/** A finite number (no NaN or Infinity) at least 0. */
export const count = z.number().check(z.minimum(0));
