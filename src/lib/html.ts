/**
 * The one way this project builds HTML as a string (client elements, the feed, generated markup):
 * every interpolated value is escaped unless it is itself markup made here. `html\`<p>${text}</p>\``
 * cannot inject, because `text` is escaped; `html` results nest without double escaping; `raw()` marks
 * markup that was built elsewhere on purpose (rare, and visible in review).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup that is already safe: made by `html`, or marked with `raw()`. */
export class SafeHtml {
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString(): string {
		return this.value;
	}
}

/** Marks a string as markup, unescaped. Use only for markup this code built. */
export function raw(markup: string): SafeHtml {
	return new SafeHtml(markup);
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
	if (value === null || value === undefined || value === false) return '';
	if (value instanceof SafeHtml) return value.value;
	if (Array.isArray(value)) return value.map(render).join('');
	return escapeHtml(String(value));
}

/** Tagged template: escapes every interpolation; arrays are joined; null, undefined and false render nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
	let out = strings[0] ?? '';
	values.forEach((value, i) => {
		out += render(value) + (strings[i + 1] ?? '');
	});
	return new SafeHtml(out);
}
