/**
 * Marks the searched words in a page reached from the search page. `<pb-reading>` adds this script
 * (a self-contained bundle) only for such a visit, so it costs ordinary visits nothing; it then
 * reads the query from the referrer and marks the reading page's article. The words and their
 * positions come from `src/lib/search-highlight.ts`; this module only wraps them in `<mark>`.
 */
import { highlightRanges, highlightWords } from '../lib/search-highlight.ts';
import { searchQueryFrom } from '../lib/search-referrer.ts';

/** Wraps each occurrence of the query's words in text under `root` in `<mark class="search-hit">`; returns how many. */
export function markWords(root: Element, query: string): number {
	const words = highlightWords(query);
	if (words.length === 0) return 0;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark, button, nav, .no-print') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	let count = 0;
	for (const node of nodes) {
		const ranges = highlightRanges(node.data, words);
		if (ranges.length === 0) continue;
		const parts: (Node | string)[] = [];
		let at = 0;
		for (const [start, end] of ranges) {
			parts.push(
				node.data.slice(at, start),
				Object.assign(document.createElement('mark'), { className: 'search-hit', textContent: node.data.slice(start, end) }),
			);
			at = end;
		}
		parts.push(node.data.slice(at));
		node.replaceWith(...parts.filter((p) => p !== ''));
		count += ranges.length;
	}
	root.toggleAttribute('data-search-marked', count > 0);
	return count;
}

const query = searchQueryFrom(document.referrer, location.origin);
const article = document.querySelector('pb-reading article');
if (query && article) markWords(article, query);
