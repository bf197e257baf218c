/** Fills `{name}` placeholders of a UI string; unknown names become empty. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
