/**
 * `<pb-search>`: runs the search page over Pagefind. The URL holds the state (query and filters;
 * `src/lib/search-state.ts`), so reloading, sharing and the back button all give the same results.
 * The index (src/client/search-pool.ts: Pagefind on worker threads) is opened when the reader
 * focuses the box, types, arrives with a query, or the browser is first idle on this page: reading
 * pages never load it. Results are built from text nodes (`src/lib/search-results.ts`); strings
 * come from `data-strings` (src/client/strings.ts).
 */
import { clauseCitation, matchClauses, parseClauseQuery, type ClauseEntry } from '../lib/search-clauses.ts';
import { clauseCandidates, hasMatchingClause, promote, promoteAsChecked } from '../lib/search-ranking.ts';
import { localizeResultUrl, shapeResult, type ExcerptPart, type PagefindFragment, type SearchHit } from '../lib/search-results.ts';
import { type FACETS, hasFilters, pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../lib/search-state.ts';
import { queryWords } from '../lib/search-words.ts';
import { openSearchIndex, type SearchIndex, type SearchResponse, type SearchResult } from './search-pool.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

/** The site's own index folder; a large site's further shards are listed in `SHARDS_URL`. */
const INDEX_URL = '/pagefind/';
/** The index shards after the first (src/search/search-index.ts): an empty list for most sites. */
const SHARDS_URL = '/pagefind/shards.json';
const CLAUSES_URL = '/search/clauses.json';
const PAGE_SIZE = 10;
/** Short enough to feel instant, long enough not to search for every pinyin letter of a fast typist. */
const TYPING_DELAY_MS = 120;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

const excerpt = (parts: ExcerptPart[]) => parts.map((part) => (part.mark ? el('mark', {}, part.text) : part.text));

export class SearchElement extends HTMLElement {
	#t!: Translator<ElementKey<'pb-search'>>;
	#locale = 'zh-CN';
	#api: Promise<SearchIndex> | undefined;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#clear!: HTMLButtonElement;
	#results: SearchResult[] = [];
	/** The state (as in the URL) of the latest search. */
	#searched: string | undefined;
	/** True once the filter values nothing in the index has are hidden. */
	#filtersChecked = false;
	/** The page fragments fetched for the current search's results, by result id. */
	#fragments = new Map<string, Promise<PagefindFragment>>();
	#directory: Promise<ClauseEntry[]> | undefined;
	#shown = 0;
	/** Sequence number of the latest search; an answer to an older one is dropped. */
	#run = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** True while a burst of typing owns the current history entry (it is replaced, not pushed). */
	#typing = false;

	get #boxes(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')];
	}

	connectedCallback() {
		this.#t = readStrings(this.dataset.strings);
		this.#locale = this.dataset.locale ?? 'zh-CN';
		this.#input = this.querySelector('#search-query')!;
		this.#status = this.querySelector('[data-search-status]')!;
		this.#list = this.querySelector('[data-search-results]')!;
		this.#more = this.querySelector('[data-search-more]')!;
		this.#clear = this.querySelector('[data-clear-filters]')!;

		this.querySelector('form')?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#typing = false;
			this.#commit('push');
		});
		this.#input.addEventListener('input', (event) => {
			if ((event as InputEvent).isComposing) return;
			this.#schedule();
			this.#preload();
		});
		// Pagefind's code and wasm load while the reader starts typing, not after the first pause.
		this.#input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });
		// An input method fires `input` while composing pinyin and none of it is searched. Choosing the
		// characters is the reader's last keystroke, so the search starts at once, without the typing pause.
		this.#input.addEventListener('compositionend', () => {
			this.#preload();
			this.#searchNow();
		});
		this.#input.addEventListener('blur', () => (this.#typing = false));
		this.#input.addEventListener('keydown', (event) => {
			if (event.key !== 'ArrowDown') return;
			const first = this.#list.querySelector('a');
			if (first) {
				event.preventDefault();
				first.focus();
			}
		});
		for (const box of this.#boxes) box.addEventListener('change', () => this.#commit('push'));
		this.#clear.addEventListener('click', () => {
			for (const box of this.#boxes) box.checked = false;
			this.#commit('push');
			this.#input.focus();
		});
		this.#more.addEventListener('click', () => void this.#showMore(this.#run, true));
		window.addEventListener('popstate', this.#onPopState);
		const initial = readSearchState(location.search);
		const filters = this.querySelector<HTMLDetailsElement>('details[data-search-filters]');
		if (filters && (matchMedia('(min-width: 60rem)').matches || hasFilters(initial))) filters.open = true;
		this.#show(initial);
		// Whoever opens the search page came to search: the index loads while they reach for the box.
		const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
		idle(() => void this.#load().catch(() => undefined), { timeout: 1000 });
	}

	disconnectedCallback() {
		window.removeEventListener('popstate', this.#onPopState);
	}

	#onPopState = () => {
		this.#typing = false;
		this.#show(readSearchState(location.search));
	};

	#schedule() {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#searchNow(), TYPING_DELAY_MS);
	}

	/** Searches for what the box holds, unless that is what the results already answer (an input after `compositionend`). */
	#searchNow() {
		clearTimeout(this.#timer);
		if (writeSearchState(this.#controlsState()) === this.#searched) return;
		this.#commit(this.#typing ? 'replace' : 'push');
		this.#typing = true;
	}

	/**
	 * While typing, fetches the word-index chunks the query will need, so the search after the pause
	 * finds them loaded: on a large index those fetches are most of the wait.
	 */
	#preload() {
		const query = this.#input.value.trim();
		if (!query) return;
		void this.#load()
			.then((api) => api.preload(queryWords(query)))
			.catch(() => undefined);
	}

	#controlsState(): SearchState {
		const state = readSearchState('');
		state.query = this.#input.value;
		for (const box of this.#boxes) if (box.checked) state.filters[box.dataset.facet as (typeof FACETS)[number]].push(box.value);
		return readSearchState(writeSearchState(state));
	}

	/** Writes the controls' state to the URL (a new history entry or the current one) and searches. */
	#commit(mode: 'push' | 'replace') {
		clearTimeout(this.#timer);
		const state = this.#controlsState();
		this.#headerBox(state.query);
		const search = writeSearchState(state);
		if (search !== writeSearchState(readSearchState(location.search))) {
			const url = `${location.pathname}${search}`;
			if (mode === 'push') history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		}
		void this.#search(state);
	}

	/** Puts a state (from the URL) into the controls and searches for it. */
	#show(state: SearchState) {
		this.#input.value = state.query;
		this.#headerBox(state.query);
		for (const box of this.#boxes) box.checked = state.filters[box.dataset.facet as (typeof FACETS)[number]].includes(box.value);
		void this.#search(state);
	}

	/** The header's search box shows the query being answered, as on any search site. */
	#headerBox(query: string) {
		const box = document.querySelector<HTMLInputElement>('#site-search');
		if (box && box !== document.activeElement) box.value = query;
	}

	/** The clause directory, fetched the first time a query cites a clause. */
	#clauseDirectory(): Promise<ClauseEntry[]> {
		this.#directory ??= fetch(CLAUSES_URL).then((response) => (response.ok ? (response.json() as Promise<ClauseEntry[]>) : []));
		this.#directory.catch(() => (this.#directory = undefined));
		return this.#directory;
	}

	/** Loads Pagefind once per page; a failed load (a network hiccup) is retried once before search says it is unavailable. */
	#load(): Promise<SearchIndex> {
		if (!this.#api) {
			this.#api = this.#open().catch(() => new Promise((resolve) => setTimeout(resolve, 300)).then(() => this.#open()));
			this.#api.catch(() => (this.#api = undefined));
		}
		return this.#api;
	}

	async #open(): Promise<SearchIndex> {
		const shards = await fetch(SHARDS_URL).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
		return openSearchIndex([INDEX_URL, ...shards]);
	}

	/**
	 * Hides the filter values nothing in the index has (a collection whose pages are not built yet).
	 * Every filter's values are loaded for it (four files a shard), so it waits until the first results
	 * are shown: run while the reader types, it delayed the first query's own index chunks by a second
	 * at 10,000 pages.
	 */
	#hideEmptyFilters() {
		if (this.#filtersChecked || !this.#api) return;
		this.#filtersChecked = true;
		void this.#api
			.then((index) => index.filters())
			.then((inIndex) => {
				for (const box of this.#boxes) {
					if (!inIndex[box.dataset.facet ?? '']?.[box.value] && !box.checked) box.closest('label')?.setAttribute('hidden', '');
				}
			})
			.catch(() => (this.#filtersChecked = false));
	}

	/** A result's page fragment, fetched once per search however often it is asked for. */
	#fragment(result: SearchResult): Promise<PagefindFragment> {
		let fragment = this.#fragments.get(result.id);
		if (!fragment) {
			fragment = result.data();
			this.#fragments.set(result.id, fragment);
		}
		return fragment;
	}

	async #search(state: SearchState) {
		const run = ++this.#run;
		this.#searched = writeSearchState(state);
		this.#clear.hidden = !hasFilters(state);
		if (!state.query && !hasFilters(state)) {
			this.#render(run, state.query, undefined, [], this.#t('search.empty'));
			return;
		}
		this.dataset.state = 'loading';
		let response: SearchResponse;
		let results: SearchResult[];
		let order: AsyncGenerator<SearchResult, void, undefined>;
		let cited: ClauseEntry[] = [];
		try {
			if (!this.#api) this.#status.textContent = this.#t('search.loading');
			const api = await this.#load();
			const citation = state.query ? parseClauseQuery(state.query) : null;
			if (citation) cited = matchClauses(await this.#clauseDirectory().catch(() => []), citation);
			// A cited clause leads; the rest of the query (or the clause's title) finds related pages.
			const text = cited.length > 0 ? citation!.rest || cited[0]!.title : state.query;
			// The query is cut into words as the indexed text was (src/lib/search-words.ts).
			const words = text ? queryWords(text) : null;
			response = await api.search(words, { filters: pagefindFilters(state) });
			results = response.results;
			if (run !== this.#run) return;
			this.#fragments = new Map();
			// Standards with a clause headed by the query come before lists and training items.
			// Ranking is an improvement, never a requirement: if it fails, Pagefind's own order stands.
			const candidates = words ? clauseCandidates(results) : [];
			// The first page as it will be if every candidate has such a clause (the usual case) is fetched
			// while they are checked, so the results shown need no second round of fetches.
			const likely = promote(results, new Set(candidates.map((result) => result.id))).slice(0, PAGE_SIZE);
			for (const result of likely) void this.#fragment(result).catch(() => undefined);
			// Each result is shown as soon as its place is certain: the first once the first candidate is checked.
			order = promoteAsChecked(results, candidates, (candidate) =>
				this.#fragment(candidate).then((fragment) => hasMatchingClause(fragment, words!)),
			);
		} catch {
			// The next search opens the index again: a search thread that failed is not used twice.
			this.#api?.then((index) => index.close()).catch(() => undefined);
			this.#api = undefined;
			if (run === this.#run) this.#render(run, state.query, undefined, [], this.#t('search.unavailable'), 'error');
			return;
		}
		if (run !== this.#run) return;
		this.#counts(response.totalFilters);
		const total = results.length + cited.length;
		let message = this.#t('search.count', { count: total });
		if (total === 0)
			message =
				hasFilters(state) && response.unfilteredResultCount > 0
					? this.#t('search.noneFiltered', { count: response.unfilteredResultCount })
					: this.#t('search.none', { query: state.query });
		this.#render(run, state.query, results.length > 0 ? order : undefined, cited, message);
	}

	/**
	 * Shows a search's results (`order`: in the order to show; none without it). The last results
	 * stay until the first new one can be shown; the others follow in order as their fragments
	 * arrive. `data-query` says which query the list answers, `data-state` how far: `showing` while
	 * the first page fills, then `ready` (or `error` when a result's fragment could not be fetched).
	 */
	#render(
		run: number,
		query: string,
		order: AsyncGenerator<SearchResult, void, undefined> | undefined,
		cited: ClauseEntry[],
		message: string,
		state = 'ready',
	) {
		this.#results = [];
		this.#shown = 0;
		this.#more.hidden = true;
		const replace = (first: HTMLLIElement[]) => {
			this.#list.replaceChildren(...cited.map((entry) => this.#clauseItem(entry)), ...first);
			this.#status.textContent = message;
			this.dataset.query = query;
		};
		if (!order) {
			this.#counts({});
			replace([]);
			this.dataset.state = state;
			this.#hideEmptyFilters();
			return;
		}
		this.#showFirst(run, order, replace).then(
			() => {
				if (run !== this.#run) return;
				this.dataset.state = state;
				this.#hideEmptyFilters();
			},
			() => {
				if (run !== this.#run) return;
				replace([]);
				this.#status.textContent = this.#t('search.unavailable');
				this.dataset.state = 'error';
			},
		);
	}

	/**
	 * The first page of a new search: each result shown (the first in place of the last search's
	 * list) as soon as its place in `order` and its fragment are known, while the next are ordered
	 * and fetched. The rest of the order is kept for "more".
	 */
	async #showFirst(run: number, order: AsyncGenerator<SearchResult, void, undefined>, replace: (items: HTMLLIElement[]) => void) {
		const page: SearchResult[] = [];
		let shown: Promise<void> = Promise.resolve();
		while (page.length < PAGE_SIZE) {
			const next = await order.next();
			if (run !== this.#run) return;
			if (next.done) break;
			const first = page.push(next.value) === 1;
			const fragment = this.#fragment(next.value);
			fragment.catch(() => undefined);
			shown = shown.then(async () => {
				const item = this.#item(shapeResult(await fragment, this.#locale));
				if (run !== this.#run) return;
				if (first) {
					replace([item]);
					this.dataset.state = 'showing';
				} else this.#list.append(item);
			});
		}
		await shown;
		if (run !== this.#run) return;
		const results = [...page];
		for await (const result of order) results.push(result);
		if (run !== this.#run) return;
		this.#results = results;
		this.#shown = page.length;
		this.#more.hidden = this.#shown >= results.length;
	}

	/** Appends the next page of results ("more"). */
	async #showMore(run: number, focus: boolean) {
		const page = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
		const fragments = await Promise.all(page.map((result) => this.#fragment(result)));
		if (run !== this.#run) return;
		const items = fragments.map((fragment) => this.#item(shapeResult(fragment, this.#locale)));
		this.#list.append(...items);
		this.#shown += page.length;
		this.#more.hidden = this.#shown >= this.#results.length;
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	/** A clause the query cites by number: `SC-01 §2.4 需求确认`, linking to its anchor. */
	#clauseItem(entry: ClauseEntry): HTMLLIElement {
		return el(
			'li',
			{ className: 'result cited' },
			el('h3', {}, el('a', { href: localizeResultUrl(entry.url, this.#locale), lang: 'zh-CN' }, clauseCitation(entry))),
			el(
				'p',
				{ className: 'result-meta' },
				[this.#t('search.clause'), entry.code, this.#t('search.version', { version: entry.version })].join(' · '),
			),
		);
	}

	#item(hit: SearchHit): HTMLLIElement {
		const facts = [
			hit.type ? this.#t(`search.type.${hit.type}`) : undefined,
			hit.code,
			hit.version ? this.#t('search.version', { version: hit.version }) : undefined,
		];
		const item = el(
			'li',
			{ className: 'result' },
			el('h3', {}, el('a', { href: hit.url, lang: 'zh-CN' }, hit.title)),
			el('p', { className: 'result-meta' }, facts.filter(Boolean).join(' · ')),
			el('p', { className: 'excerpt', lang: 'zh-CN' }, ...excerpt(hit.excerpt)),
		);
		if (hit.clauses.length > 0) {
			const clauses = el('ul', { className: 'clauses' });
			clauses.setAttribute('aria-label', this.#t('search.clauses'));
			for (const clause of hit.clauses) {
				clauses.append(
					el(
						'li',
						{ lang: 'zh-CN' },
						el('a', { href: clause.url }, clause.title),
						' ',
						el('span', { className: 'muted' }, ...excerpt(clause.excerpt)),
					),
				);
			}
			item.append(clauses);
		}
		return item;
	}

	/** How many results each filter value has for the query (before filtering). */
	#counts(totals: Record<string, Record<string, number>>) {
		for (const span of this.querySelectorAll<HTMLElement>('[data-count]')) {
			const [facet = '', value = ''] = (span.dataset.count ?? '').split(':');
			const count = totals[facet]?.[value];
			span.textContent = count === undefined ? '' : String(count);
		}
	}
}

customElements.define('pb-search', SearchElement);
