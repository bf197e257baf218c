/**
 * The state of the search page (query and ticked filters) and its URL form. The URL is the only
 * place the state lives, so a search can be shared, bookmarked and walked back with the back button.
 * Filter values are ids (role ids, stage ids, statuses), never labels, so one URL works in both UI
 * languages.
 */

/** Facets a result can be filtered by; each is a `data-pagefind-filter` key on the indexed pages. */
export const FACETS = ['type', 'role', 'stage', 'status'] as const;
export type Facet = (typeof FACETS)[number];

/** Kinds of indexed entry (the `type` facet and meta). Quizzes and assessments are indexed by title and description only. */
export const SEARCH_TYPES = ['standard', 'handbook', 'checklist', 'case', 'term', 'quiz', 'assessment'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchState {
	query: string;
	filters: Record<Facet, string[]>;
}

/** The URL parameter of each facet; the query is `q`, as in the header's plain GET form. */
const QUERY_PARAM = 'q';

export function emptySearchState(): SearchState {
	return { query: '', filters: { type: [], role: [], stage: [], status: [] } };
}

/** Reads `?q=…&type=…&type=…`; unknown parameters are ignored, repeated values kept once, in order. */
export function readSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const state = emptySearchState();
	state.query = normalizeQuery(params.get(QUERY_PARAM) ?? '');
	for (const facet of FACETS) {
		state.filters[facet] = unique(
			params
				.getAll(facet)
				.map((v) => v.trim())
				.filter(Boolean),
		);
	}
	return state;
}

/** The query string of a state, `?`-prefixed, or `''` for the empty state. Facets in a fixed order. */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	const query = normalizeQuery(state.query);
	if (query) params.set(QUERY_PARAM, query);
	for (const facet of FACETS) {
		for (const value of unique(state.filters[facet])) params.append(facet, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
	return writeSearchState(a) === writeSearchState(b);
}

export function hasFilters(state: SearchState): boolean {
	return FACETS.some((facet) => state.filters[facet].length > 0);
}

/**
 * Pagefind's filter object: values of one facet are alternatives (any), facets combine (all),
 * which is what a row of checkboxes per facet means to a reader.
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const facet of FACETS) {
		if (state.filters[facet].length > 0) filters[facet] = { any: [...state.filters[facet]] };
	}
	return filters;
}

/**
 * Longest query searched, in characters: far beyond any real query (a clause heading is under 40),
 * and short enough that a pasted page of text cannot block the page while it is cut into words
 * and searched (a 50 kB query took 13.6 s before the cap).
 */
export const MAX_QUERY_LENGTH = 200;

/** Collapses runs of whitespace (including the ideographic space U+3000), trims, and caps the length (whole characters). */
export function normalizeQuery(query: string): string {
	const head = query.length > MAX_QUERY_LENGTH * 8 ? query.slice(0, MAX_QUERY_LENGTH * 8) : query;
	const collapsed = head.replace(/[\s\u3000]+/g, ' ').trim();
	const chars = Array.from(collapsed);
	return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : collapsed;
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}
