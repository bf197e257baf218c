/**
 * Turns Pagefind's result fragments into what the search page lists: title, type, standard code
 * and version, an excerpt, and the clauses (sub-results) that matched, each linking to its anchor.
 * Only the zh-CN pages are indexed; a reader of the English UI gets the same result with its links
 * moved under `/en/`, so a result never drops them out of their interface language. The index
 * holds Chinese text with its words separated (`search-words.ts`); shown text is joined again.
 */
import { SEARCH_TYPES, type SearchType } from './search-state.ts';
import { joinWords } from './search-words.ts';

/** The parts of Pagefind's `PagefindSubResult` the page reads. */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	/** Absent for the text before the page's first heading with an id. */
	anchor?: { element: string; id: string } | undefined;
	locations?: number[] | undefined;
}

/** The parts of Pagefind's `PagefindSearchFragment` (what `result.data()` resolves to) the page reads. */
export interface PagefindFragment {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: PagefindSubResult[] | undefined;
}

/** A run of excerpt text; `mark` when Pagefind highlighted it as a match. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export interface SearchClause {
	title: string;
	url: string;
	excerpt: ExcerptPart[];
}

export interface SearchHit {
	url: string;
	title: string;
	type: SearchType | undefined;
	code: string | undefined;
	version: string | undefined;
	excerpt: ExcerptPart[];
	/** Matching sections with a heading anchor, best first (most matches), at most `MAX_CLAUSES`. */
	clauses: SearchClause[];
}

export const MAX_CLAUSES = 3;

export function shapeResult(fragment: PagefindFragment, locale: string): SearchHit {
	const { meta } = fragment;
	const type = SEARCH_TYPES.find((t) => t === meta.type);
	const clauses = (fragment.sub_results ?? [])
		.map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
		.filter(({ sub }) => sub.anchor !== undefined && sub.url !== fragment.url)
		.sort((a, b) => b.hits - a.hits || a.order - b.order)
		.slice(0, MAX_CLAUSES)
		.map(({ sub }) => {
			const title = joinWords(sub.title);
			return {
				title,
				url: localizeResultUrl(sub.url, locale),
				excerpt: withoutLeading(excerptParts(joinWords(sub.excerpt)), title, title.replace(/^[\d.]+\s*/, '')),
			};
		});
	const title = joinWords(meta.title?.trim() ?? '');
	return {
		url: localizeResultUrl(fragment.url, locale),
		title: title || fragment.url,
		type,
		code: meta.code || undefined,
		version: meta.version || undefined,
		excerpt: withoutLeading(excerptParts(joinWords(fragment.excerpt)), title),
		clauses,
	};
}

/** `/standards/sc-01/#c-2-3` → `/en/standards/sc-01/#c-2-3` for the English UI; other URLs as they are. */
export function localizeResultUrl(url: string, locale: string): string {
	if (locale !== 'en' || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === '/en' || url.startsWith('/en/')) return url;
	return `/en${url}`;
}

/**
 * Drops the first of `texts` the excerpt starts with (and the punctuation after it): the excerpt
 * of a section begins with its heading, which the result already shows as its link.
 */
export function withoutLeading(parts: ExcerptPart[], ...texts: string[]): ExcerptPart[] {
	const plain = parts.map((p) => p.text).join('');
	const pattern = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s.。:：]*`);
	const match = texts
		.filter(Boolean)
		.map((text) => plain.match(pattern(text)))
		.find(Boolean);
	if (!match || match[0].length === plain.length) return parts;
	let drop = match[0].length;
	const rest: ExcerptPart[] = [];
	for (const part of parts) {
		if (drop >= part.text.length) drop -= part.text.length;
		else {
			rest.push({ ...part, text: part.text.slice(drop) });
			drop = 0;
		}
	}
	return rest;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits Pagefind's excerpt HTML (text with `<`/`>` escaped, matches wrapped in `<mark>`) into
 * plain-text runs, so the page can build it with text nodes and never parses result HTML.
 */
export function excerptParts(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const piece of html.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else if (piece) {
			const text = piece.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
			const last = parts.at(-1);
			if (last && last.mark === mark) last.text += text;
			else parts.push({ text, mark });
		}
	}
	return parts;
}
