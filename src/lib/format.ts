/**
 * The one `{name}` template helper: UI strings (src/i18n/) and client elements fill their placeholders here.
 * A name with no value renders `missing(name)`: empty by default; the translation helper keeps `{name}`
 * visible so a forgotten value shows in review instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>, missing: (name: string) => string = () => ''): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : missing(name)));
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The template of the plural form a count takes in a locale, by `Intl.PluralRules` (`one`, `other`, …),
 * falling back to `other`: English says "1 clause" and "2 clauses"; Chinese has one form (`other`).
 */
export function pluralTemplate(locale: string, count: number, forms: PluralForms): string {
	return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}
