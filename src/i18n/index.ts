/**
 * UI language: zh-CN at the site root, English under `/en/`. One `t('dotted.key')` helper per
 * locale; placeholders are `{name}`.
 */
import { formatMessage, type Translator } from '../lib/format.ts';
import { en } from './en.ts';
import type { Message } from './message.ts';
import { zhCN, type UiKey } from './zh-cn.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const dictionaries: Record<Locale, Record<UiKey, Message>> = { 'zh-CN': zhCN, en };

/** URL prefix segment of a locale: none for the default. */
export function localeSegment(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

export function localeFromSegment(segment: string | undefined): Locale {
	return segment === 'en' ? 'en' : DEFAULT_LOCALE;
}

export type Translate = Translator<UiKey>;

export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, values) => formatMessage(locale, dictionary[key], values);
}

/** The messages of some UI keys, unformatted (plural forms kept): what a page sends a client element. */
export type UiStrings<K extends UiKey = UiKey> = { [P in K]: Message };

/**
 * The one way strings reach the browser: the messages of exactly `keys` (for an element, its list in
 * ./element-strings.ts), as the page's `data-strings` attribute or page data's `strings`. The element
 * reads them with `readStrings` (src/client/strings.ts), which formats them as `useTranslations` does.
 */
export function uiStrings<K extends UiKey>(locale: Locale, keys: readonly K[]): UiStrings<K> {
	const dictionary = dictionaries[locale];
	return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as UiStrings<K>;
}

/** Prefixes a root-relative path with the locale: `/standards/` → `/en/standards/`. */
export function localePath(locale: Locale, path: string): string {
	const segment = localeSegment(locale);
	return segment ? `/${segment}${path}` : path;
}

/** The same page in the other locale. */
export function switchLocalePath(path: string, to: Locale): string {
	const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
	return localePath(to, bare);
}

/** `getStaticPaths` entries for every locale; pages live under `src/pages/[...lang]/`. */
export function localeStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: localeSegment(locale) }, props: { locale } }));
}

/** Picks the singular or plural form of a UI string for `count` with the locale's plural rules. */
export function pluralKey(locale: Locale, count: number, forms: { one: UiKey; other: UiKey }): UiKey {
	return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

/** One formatter per locale: creating an Intl.DateTimeFormat per date cost 1.5 s of a 2,000-page build. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(date: Date, locale: Locale): string {
	let format = dateFormats.get(locale);
	if (!format)
		dateFormats.set(
			locale,
			(format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })),
		);
	return format.format(date);
}

export type { UiKey };

/** `getStaticPaths` entries for every locale × entry: `{ lang, id }` params, the entry under `prop`. */
export function localeEntryPaths<T extends { id: string }, K extends string>(entries: readonly T[], prop: K) {
	return localeStaticPaths().flatMap(({ params, props }) =>
		entries.map((entry) => ({
			params: { ...params, id: entry.id },
			props: { ...props, [prop]: entry } as { locale: Locale } & Record<K, T>,
		})),
	);
}
