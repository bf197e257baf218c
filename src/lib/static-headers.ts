/**
 * The `_headers` file of Netlify and Cloudflare Pages (a path pattern at the start of a line, then
 * indented `Name: value` lines), parsed so the local test server sends exactly the headers a host
 * would: one file is the single source of the site's security headers.
 */

export interface HeaderRule {
	/** The pattern as written: `/*`, `/en/*`, `/search/`, `/:lang/x`. */
	pattern: string;
	headers: [name: string, value: string][];
}

/** Parses the file; a line that is neither a pattern, a header nor a comment is an error naming its line. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [i, line] of text.split(/\r?\n/).entries()) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			if (!line.startsWith('/')) throw new Error(`${file}:${i + 1}: expected a path starting with "/", got "${line}"`);
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) throw new Error(`${file}:${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
		rule.headers.push([match[1]!, match[2]!.trim()]);
	}
	return rules;
}

function patternRegex(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/** Headers for a path: every matching rule in file order; a later value of the same name replaces an earlier one. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (!patternRegex(rule.pattern).test(path)) continue;
		for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
	}
	return out;
}
