/**
 * Content rendered once for every UI language (standards, rendered in the content layer) links to
 * root-relative URLs; an English page shows the same HTML with those links moved under `/en/`, so a
 * reader following a reference stays in their language. Works on the serializer's output, where a
 * link's `href` is always its first attribute.
 */

/** Puts `prefix` (e.g. `/en`) before every root-relative link target; protocol-relative `//…` links are left alone. */
export function prefixRootLinks(html: string, prefix: string): string {
	if (!prefix) return html;
	return html.replace(/<a href="\/(?!\/)/g, `<a href="${prefix}/`);
}
