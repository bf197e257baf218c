/**
 * What the search index holds, decided in one place, once per build:
 *
 * - Pages (`pageEntries`): the canonical page of each standard's current version, every handbook,
 *   checklist and case study. `BaseLayout` looks its own path up here; a page found here gets
 *   `data-pagefind-body` on `<main>` and its filters and meta in `<head>` (`SearchMeta.astro`).
 *   Any other page (older versions at /standards/<id>/<version>/, drafts in a preview build, index
 *   pages, the English UI) has no `data-pagefind-body`, and Pagefind leaves such pages out.
 * - Records (`searchRecords`): entries without a page of their own, or whose page must not be
 *   indexed whole. Glossary terms, one record each, linking to the term's anchor. Quizzes and
 *   assessments with their title and description as the only content: they are never in
 *   `pageEntries`, so their pages carry no `data-pagefind-body`, and questions, options, answers
 *   and explanations cannot reach the index. A record whose page was not built is left out with a
 *   warning (src/integrations/pagefind.ts).
 *
 * Only the zh-CN pages are indexed: the English UI shows the same Chinese content, and indexing it
 * twice would return every result twice. The search page moves result links under `/en/` for
 * readers of the English UI (`src/lib/search-results.ts`).
 */
import { getContentIndex } from '../content-source/content-source.ts';
import { getCatalog, type Catalog } from '../data/catalog.ts';
import type { ClauseEntry } from '../lib/search-clauses.ts';
import type { ContentIndex } from '../lib/content-index.ts';
import { CLAUSE_META_FIELD } from '../lib/search-ranking.ts';
import { STAGES, type Stage } from '../../schemas/stage.ts';
import { STATUSES } from '../../schemas/standard.ts';
import { SEARCH_TYPES, type Facet, type SearchType } from '../lib/search-state.ts';

export interface SearchEntry {
	/** Root-relative path of the zh-CN page, with the trailing slash. */
	path: string;
	type: SearchType;
	title: string;
	filters: Partial<Record<Facet, string[]>>;
	/**
	 * Shown with the result: a standard's code and version. Not shown: a standard's clause headings,
	 * one a line, which tell the search page which standards have a heading with a word of the
	 * query (src/lib/search-ranking.ts).
	 */
	meta: { code?: string; version?: string; [CLAUSE_META_FIELD]?: string };
}

/** A Pagefind custom record (`addCustomRecord`); the index sets its language (`src/search/search-index.ts`). */
export interface SearchRecord {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

type Status = (typeof STATUSES)[number];

const unique = (values: readonly string[]) => [...new Set(values)];

/** The clause headings of a standard's version, one a line (`SearchEntry.meta.clauses`). */
function clauseHeadings(index: ContentIndex | undefined, id: string, version: string): string | undefined {
	const clauses = index?.standards.get(id)?.versions.find((v) => v.version === version)?.clauses ?? [];
	return clauses.length > 0 ? clauses.map((clause) => clause.title).join('\n') : undefined;
}

export function pageEntries(catalog: Catalog, index?: ContentIndex): SearchEntry[] {
	const standards = catalog.standards.map(({ id, current: { data } }): SearchEntry => ({
		path: `/standards/${id}/`,
		type: 'standard',
		title: data.title,
		filters: { status: [data.status], stage: [...data.stages], role: unique([data.owner, ...data.audience]) },
		meta: { code: data.code, version: data.version, [CLAUSE_META_FIELD]: clauseHeadings(index, id, data.version) },
	}));
	const handbooks = catalog.handbooks.map(({ id, data }): SearchEntry => ({
		path: `/handbooks/${id}/`,
		type: 'handbook',
		title: data.title,
		filters: { role: [id], stage: unique(data.responsibilities.map((r) => r.stage)) },
		meta: {},
	}));
	const checklists = catalog.checklists.map(({ id, data }): SearchEntry => ({
		path: `/checklists/${id}/`,
		type: 'checklist',
		title: data.title,
		filters: { role: [...data.roles], stage: [...data.stages] },
		meta: {},
	}));
	const cases = catalog.cases.map(({ id, data }): SearchEntry => ({
		path: `/cases/${id}/`,
		type: 'case',
		title: data.title,
		filters: { role: [...data.roles], stage: [...data.stages] },
		meta: {},
	}));
	return [...standards, ...handbooks, ...checklists, ...cases];
}

export function searchRecords(catalog: Catalog): SearchRecord[] {
	const terms = catalog.glossary.map(({ id, data }): SearchRecord => ({
		url: `/glossary/#${id}`,
		// The term leads, so a query for it matches the start of the record as well as the title;
		// the English form makes "WBS" or "milestone" find the Chinese term.
		content: [data.term, data.english, data.definition].filter(Boolean).join('\n'),
		meta: { title: data.term, type: 'term' },
		filters: { type: ['term'] },
	}));
	// Title and description only: questions, options, answers and explanations stay out.
	const described =
		(type: 'quiz' | 'assessment', path: string) =>
		({ id, data }: { id: string; data: { title: string; description: string } }): SearchRecord => ({
			url: `/${path}/${id}/`,
			content: [data.title, data.description].join('\n'),
			meta: { title: data.title, type },
			filters: { type: [type] },
		});
	return [
		...terms,
		...catalog.quizzes.map(described('quiz', 'quizzes')),
		...catalog.assessments.map(described('assessment', 'assessments')),
	];
}

/**
 * Every clause of each indexed (current) standard version, for looking a clause up by its citation
 * (`SC-01 2.4`; `src/lib/search-clauses.ts`). The search page fetches it only for such a query.
 */
export function clauseDirectory(catalog: Catalog, index: ContentIndex): ClauseEntry[] {
	return catalog.standards.flatMap(({ id, current: { data } }) => {
		const version = index.standards.get(id)?.versions.find((v) => v.version === data.version);
		return (version?.clauses ?? []).map((clause) => ({
			code: data.code,
			number: clause.number,
			title: clause.title,
			version: data.version,
			url: `/standards/${id}/#${clause.id}`,
		}));
	});
}

/**
 * The values each facet takes in the index, in a reading order (types and stages in their defined
 * order, roles as the handbooks are sorted), for the search page's filter controls.
 */
export interface FacetValues {
	type: SearchType[];
	role: string[];
	stage: Stage[];
	status: Status[];
}

export function facetValues(catalog: Catalog): FacetValues {
	const pages = pageEntries(catalog);
	const types = new Set<string>([...pages.map((p) => p.type), ...searchRecords(catalog).flatMap((r) => r.filters.type ?? [])]);
	const used = (facet: Facet) => new Set(pages.flatMap((p) => p.filters[facet] ?? []));
	const roles = used('role');
	const stages = used('stage');
	const statuses = used('status');
	return {
		type: SEARCH_TYPES.filter((t) => types.has(t)),
		role: catalog.handbooks.map((h) => h.id).filter((id) => roles.has(id)),
		stage: STAGES.filter((s) => stages.has(s)),
		status: STATUSES.filter((s) => statuses.has(s)),
	};
}

let entries: Promise<Map<string, SearchEntry>> | undefined;

/** The entry of the page at `path`, if that page is indexed. Computed once per build. */
export async function searchEntryFor(path: string): Promise<SearchEntry | undefined> {
	const load = async () => new Map(pageEntries(await getCatalog(), getContentIndex()).map((entry) => [entry.path, entry]));
	if (!import.meta.env.PROD) return (await load()).get(path);
	entries ??= load();
	return (await entries).get(path);
}
