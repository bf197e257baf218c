/**
 * Ranking for people looking up rules. Pagefind scores pages by how often and where a word
 * occurs, so a short checklist or a quiz title that mentions a word often outranked the standard
 * whose clause is about it (需求确认 put SC-01, whose §2.4 is 需求确认, fifth). The search page
 * therefore puts first the standards with a clause whose heading holds the query, and keeps
 * Pagefind's order for everything else. The page asks Pagefind for the matching standards
 * separately (a `type` filter), so a standard far down the list is still seen.
 */
import type { PagefindFragment } from './search-results.ts';
import { joinWords } from './search-words.ts';

/** Standards whose clause headings are checked per query: the best-scored few are enough. */
export const CLAUSE_CHECK_LIMIT = 8;

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
