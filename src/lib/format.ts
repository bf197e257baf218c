/** Small text helpers shared by the client elements; none of them throws on odd input. */

/** Fills `{name}` placeholders of a UI string; unknown names (inherited ones too) become empty. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : ''));
}

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
