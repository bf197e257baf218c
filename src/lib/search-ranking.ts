/**
 * Ranking for people looking up rules. Pagefind scores pages by how often and where a word
 * occurs, so a short checklist or a quiz title that mentions a word often outranked the standard
 * whose clause is about it (需求确认 put SC-01, whose §2.4 is 需求确认, fifth). The search page
 * therefore puts first the standards with a clause whose heading holds the query, and keeps
 * Pagefind's order for everything else.
 *
 * Every standard page carries its clause headings as a meta field (`CLAUSE_META_FIELD`), weighted
 * 0 (`RANKING`) so it leaves Pagefind's scores as they are. Pagefind reports for each result which
 * meta fields hold a word of the query, so the candidates, however far down the list, are known
 * from the one search; only theirs are fetched and checked for a heading with every word.
 * (It took a second search, filtered to standards, and the fragments of its best eight: at
 * 10,000 pages that search added 25–40% to the time Pagefind spent scoring.)
 */
import type { PagefindFragment } from './search-results.ts';
import { joinWords } from './search-words.ts';

/** Standards whose clause headings are checked per query: the best-scored few are enough. */
export const CLAUSE_CHECK_LIMIT = 8;

/** The meta field holding a standard's clause headings, one a line (src/search/search-entries.ts). */
export const CLAUSE_META_FIELD = 'clauses';

/** Pagefind's ranking options for the index: the clause headings are matched, never scored. */
export const RANKING = { metaWeights: { [CLAUSE_META_FIELD]: 0 } };

/**
 * The results to check for a clause heading holding the query: those whose clause headings hold
 * at least one of its words, best first, at most `CLAUSE_CHECK_LIMIT`.
 */
export function clauseCandidates<T extends { matchedMetaFields?: readonly string[] | undefined }>(results: readonly T[]): T[] {
	const candidates: T[] = [];
	for (const result of results) {
		if (candidates.length === CLAUSE_CHECK_LIMIT) break;
		if (result.matchedMetaFields?.includes(CLAUSE_META_FIELD)) candidates.push(result);
	}
	return candidates;
}

const compact = (text: string) => joinWords(text).normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * True when one of the page's sections with an anchor (a clause) has a heading holding every
 * word of the query (`words` as sent to Pagefind, separated by spaces; quotes ignored).
 */
export function hasMatchingClause(fragment: PagefindFragment, words: string): boolean {
	const wanted = words.replace(/"/g, ' ').split(/\s+/u).map(compact).filter(Boolean);
	if (wanted.length === 0) return false;
	return (fragment.sub_results ?? []).some((sub) => {
		if (!sub.anchor || sub.url === fragment.url) return false;
		const title = compact(sub.title);
		return wanted.every((word) => title.includes(word));
	});
}

/** `results` with those whose id is in `first` moved to the front, each group in its own order. */
export function promote<T extends { id: string }>(results: readonly T[], first: ReadonlySet<string>): T[] {
	return [...results.filter((r) => first.has(r.id)), ...results.filter((r) => !first.has(r.id))];
}

/**
 * The order `promote` gives once every candidate is checked (`candidates` in the order of `results`,
 * those whose check passes moved to the front), yielded one result at a time as soon as its place
 * is certain: the first can be shown when the first candidate's check is in, not the last one's.
 * A check that fails to run counts as not passed.
 */
export async function* promoteAsChecked<T extends { id: string }>(
	results: readonly T[],
	candidates: readonly T[],
	passes: (candidate: T) => Promise<boolean>,
): AsyncGenerator<T, void, undefined> {
	const checks = candidates.map((candidate) => passes(candidate).catch(() => false));
	const promoted = new Set<string>();
	for (const [i, candidate] of candidates.entries()) {
		if (!(await checks[i])) continue;
		promoted.add(candidate.id);
		yield candidate;
	}
	for (const result of results) if (!promoted.has(result.id)) yield result;
}
