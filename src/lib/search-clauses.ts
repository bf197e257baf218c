/**
 * Looking a clause up by its citation. Staff search the way they cite: `SC-01 2.4`, `sc-01 §5.3`,
 * `5.3 不合格处理`. A full-text index cannot tell a clause number from any other number, so the
 * search page recognises such a query here and puts the clause it names first, from a small
 * directory of the current versions' clauses written at build time (`/search/clauses.json`).
 */

/** One clause of a standard's current version, as the directory lists it. */
export interface ClauseEntry {
	/** Standard code as written, e.g. `SC-01`. */
	code: string;
	/** Dotted clause number, e.g. `2.4`. */
	number: string;
	title: string;
	version: string;
	/** Root-relative zh-CN URL with the clause anchor, e.g. `/standards/sc-01/#c-2-4`. */
	url: string;
}

export interface ClauseQuery {
	/** Standard code, upper-cased, when the query names one. */
	code?: string | undefined;
	number: string;
	/** The rest of the query (a clause title or words to look for), trimmed. */
	rest: string;
}

const CODE = '[A-Za-z]{1,8}-\\d{1,4}';
const NUMBER = '\\d+(?:\\.\\d+)*';
/** `[code] [§]number [rest]`; a code is never cut inside its digits (`AB-01` alone is no citation). */
const CLAUSE_QUERY = new RegExp(`^\\s*(?:(${CODE})(?!\\d)\\s*)?(§\\s*)?(${NUMBER})(?=$|[\\s\\p{Script=Han}])\\s*(.*)$`, 'u');

/**
 * The citation in a query, or `null` when there is none. A bare number counts only when it has a
 * dot (`5.3`), a `§`, or a standard code before it, so `5 个工作日` stays a plain search.
 */
export function parseClauseQuery(query: string): ClauseQuery | null {
	const match = CLAUSE_QUERY.exec(query.normalize('NFKC'));
	if (!match) return null;
	const [, code, section, number = '', rest = ''] = match;
	if (!code && !section && !number.includes('.')) return null;
	return { code: code?.toUpperCase(), number, rest: rest.trim() };
}

const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The clauses a citation names, best first. With a code, that standard's clause; without, every
 * standard's clause of that number. When the query also gives words, clauses whose title holds
 * them (or is held by them) come first, and if any does, only those are kept: `5.3 不合格处理`
 * means the 5.3 about non-conformities, not every 5.3.
 */
export function matchClauses(entries: readonly ClauseEntry[], query: ClauseQuery): ClauseEntry[] {
	const numbered = entries.filter((e) => e.number === query.number && (!query.code || e.code.toUpperCase() === query.code));
	const rest = compact(query.rest.replace(/^[-:：·]\s*/, ''));
	if (!rest) return numbered;
	const titled = numbered.filter((e) => {
		const title = compact(e.title);
		return title.includes(rest) || rest.includes(title);
	});
	return titled.length > 0 ? titled : query.code ? numbered : [];
}

/** How a clause result is titled: `SC-01 §2.4 需求确认`. */
export function clauseCitation(entry: Pick<ClauseEntry, 'code' | 'number' | 'title'>): string {
	return `${entry.code} §${entry.number} ${entry.title}`;
}
