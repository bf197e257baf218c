/**
 * Which words of a page to mark when the reader arrives from a search, and where. The marking
 * code (`src/client/search-highlight-dom.ts`) loads only for a visit from the search page
 * (`search-referrer.ts`), so an ordinary visit pays nothing for it.
 */
import { queryWords } from './search-words.ts';

/**
 * The words to mark for a query: separated as the search separated them, quotes dropped, and single
 * Latin letters or digits left out (they would mark half the page); the words together as well.
 * Longest first, so 需求确认 is marked whole before 需求.
 */
export function highlightWords(query: string): string[] {
	const words = queryWords(query.replace(/["“”]/g, ' '))
		.split(/\s+/u)
		.filter((w) => w && !/^[\p{P}\p{S}]+$/u.test(w) && !/^[a-z0-9]$/i.test(w));
	// The words as typed together (需求确认) are marked whole where they occur whole.
	const whole = words.length > 1 ? [words.join('')] : [];
	return [...new Set([...whole, ...words])].sort((a, b) => b.length - a.length);
}

/** Start and end offsets of every occurrence of the words in `text`, without overlaps, in order; case-insensitive. */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
	const lower = text.toLowerCase();
	const ranges: [number, number][] = [];
	for (const word of words.map((w) => w.toLowerCase()).filter(Boolean)) {
		for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
			const end = at + word.length;
			if (!ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
		}
	}
	return ranges.sort((a, b) => a[0] - b[0]);
}
