/**
 * Finds the clauses a line of prose names by number, so the page can link them: a version's
 * `changes` say "4.3 问题升级…" or "按 TC-01 §1.1 处理", and a reader wants to jump there. A bare
 * number counts only with a dot (`4.3`) or a `§`, so "15 个工作日" stays text; a number the
 * resolver does not know (a deleted clause, a version number) stays text too.
 */

export type MentionPart = { text: string; href?: undefined } | { text: string; href: string };

/** The URL of clause `number` of the standard with `code` (or of the page's own standard), if it exists. */
export type ClauseResolver = (code: string | undefined, number: string) => string | undefined;

const MENTION = /(?<![\w.§-])(?:([A-Za-z]{1,8}-\d{1,4})\s*)?(§\s*)?(\d+(?:\.\d+)*)(?![\w.]*\d)/g;

export function linkClauseMentions(text: string, resolve: ClauseResolver): MentionPart[] {
	const parts: MentionPart[] = [];
	let at = 0;
	for (const match of text.matchAll(MENTION)) {
		const [whole, code, section, number = ''] = match;
		if (!code && !section && !number.includes('.')) continue;
		const href = resolve(code?.toUpperCase(), number);
		if (!href) continue;
		if (match.index > at) parts.push({ text: text.slice(at, match.index) });
		parts.push({ text: whole, href });
		at = match.index + whole.length;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}
