/**
 * The one way a client element gets its UI strings. The page sends the messages of exactly the keys
 * the element lists in src/i18n/element-strings.ts (`uiStrings` in src/i18n/index.ts), as JSON in a
 * `data-strings` attribute or in its page data's `strings`; `readStrings` turns them into a `t` typed
 * over those keys, so a key the page does not send (or a typo) fails `astro check`. `t` formats like
 * the server's `useTranslations` (src/lib/format.ts `formatMessage`): `{name}` placeholders filled, the
 * plural form of `values.count` picked with `Intl.PluralRules` for the page's language. A key missing at
 * run time (an old cached page) shows as the key itself, never as an empty string, so review sees it.
 * Only types come from src/i18n/: the dictionaries stay on the server.
 */
import type { UiKey } from '../i18n/index.ts';
import { formatMessage, type MessageTemplate, type Translator } from '../lib/format.ts';

export type { Translator };
export type { ElementKey } from '../i18n/element-strings.ts';

/** Messages by key, as the page sends them. */
export type StringsJson<K extends UiKey> = Partial<Record<K, MessageTemplate>>;

function parse<K extends UiKey>(source: string | StringsJson<K> | undefined): StringsJson<K> {
	if (typeof source !== 'string') return source ?? {};
	try {
		const parsed: unknown = JSON.parse(source);
		return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as StringsJson<K>) : {};
	} catch {
		return {};
	}
}

/**
 * A `t` over the keys `K` from the JSON a page sent (or its parsed object). `locale` defaults to the
 * document's language (`<html lang>`), which is the UI locale of every page.
 */
export function readStrings<K extends UiKey>(
	source: string | StringsJson<K> | undefined,
	locale: string = globalThis.document?.documentElement.lang || 'zh-CN',
): Translator<K> {
	const strings = parse(source);
	return (key, values) => {
		const message = Object.hasOwn(strings, key) ? strings[key] : undefined;
		return message === undefined ? key : formatMessage(locale, message, values);
	};
}
