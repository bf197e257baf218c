/**
 * A UI string, or, for a string with a `{count}`, its plural forms by `Intl.PluralRules` category: English
 * writes `{ one: '{count} clause', other: '{count} clauses' }`; Chinese has one form and writes a string.
 * Its own module so the dictionaries and the translation helper share it without importing each other.
 */
import type { PluralForms } from '../lib/format.ts';

export type Message = string | PluralForms;
