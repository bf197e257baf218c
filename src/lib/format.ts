/**
 * The one `{name}` template helper: UI strings (src/i18n/) and client elements fill their placeholders here.
 * A name with no value renders `missing(name)`: empty by default; the translation helper keeps `{name}`
 * visible so a forgotten value shows in review instead of vanishing. Only own values count: a
 * placeholder named `constructor` or `toString` is missing, never Object's.
 */
export function fill(template: string, values: Record<string, string | number>, missing: (name: string) => string = () => ''): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : missing(name)));
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The template of the plural form a count takes in a locale, by `Intl.PluralRules` (`one`, `other`, …),
 * falling back to `other`: English says "1 clause" and "2 clauses"; Chinese has one form (`other`).
 */
export function pluralTemplate(locale: string, count: number, forms: PluralForms): string {
	return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}

/** A UI message as the dictionaries hold it: a template, or its plural forms (see src/i18n/message.ts). */
export type MessageTemplate = string | PluralForms;

/**
 * The text of a message: the plural form `values.count` takes in the locale, its placeholders filled.
 * A placeholder with no value stays visible as `{name}`, so a forgotten value shows in review. The server's
 * `useTranslations` and the browser's `readStrings` both format through here, so they cannot disagree.
 */
export function formatMessage(locale: string, message: MessageTemplate, values?: Record<string, string | number>): string {
	const template = typeof message === 'string' ? message : pluralTemplate(locale, Number(values?.count ?? 0), message);
	return values ? fill(template, values, (name) => `{${name}}`) : template;
}

/**
 * A translation function over a known set of UI keys. src/lib may not import src/i18n, so a builder here
 * names the i18n keys it uses as a string union (and a `…_KEYS` list) and takes a `Translator` of them;
 * the caller passes its real `t`, and the compiler checks there that every key is an i18n key.
 */
export type Translator<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/**
 * A stored time in the reader's language. Stored data is validated as ISO date-times, but a
 * renderer must never throw on odd data: a value that is no date is shown as it is.
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions): string {
	const time = Date.parse(iso);
	if (!Number.isFinite(time)) return String(iso);
	try {
		return new Intl.DateTimeFormat(locale, options).format(new Date(time));
	} catch {
		return new Date(time).toISOString();
	}
}
