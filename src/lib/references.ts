/**
 * One syntax cites a clause everywhere: `std:sc-01#c-2-3` as a Markdown link target,
 * `sc-01#c-2-3` in YAML. `term:smart` links a glossary term. Resolution is pure: it takes the
 * content index and returns the URL and label, or a message saying what is missing.
 */
import { clauseLabel } from './clauses.ts';
import type { ContentIndex } from './content-index.ts';

export interface ResolvedReference {
	/** Root-relative URL in the default locale; pages add the locale prefix. */
	href: string;
	/** Short label readers cite, e.g. "SC-01 §2.3". */
	label: string;
	/** Longer description for a tooltip, e.g. the clause or term title. */
	title: string;
}

export type Resolution = { ok: true; value: ResolvedReference } | { ok: false; message: string };

export function isReference(url: string): boolean {
	return url.startsWith('std:') || url.startsWith('term:');
}

/** Resolves a `sc-01#c-2-3` (or `sc-01`) clause reference. */
export function resolveClauseRef(index: ContentIndex, ref: string): Resolution {
	const [standardId = '', clauseId] = ref.split('#');
	const standard = index.standards.get(standardId);
	if (!standard) {
		const known = [...index.standards.keys()].join(', ') || 'none';
		return { ok: false, message: `unknown standard "${standardId}" in reference "${ref}" (known standards: ${known})` };
	}
	const href = `/standards/${standard.id}/`;
	if (!clauseId) return { ok: true, value: { href, label: standard.code, title: standard.title } };
	const clause = standard.current.clauses.find((c) => c.id === clauseId);
	if (!clause) {
		return {
			ok: false,
			message: `unknown clause "${clauseId}" in standard "${standardId}" ${standard.current.version} (reference "${ref}"; its clauses run ${standard.current.clauses[0]?.id ?? '-'} … ${standard.current.clauses.at(-1)?.id ?? '-'})`,
		};
	}
	return { ok: true, value: { href: `${href}#${clause.id}`, label: `${standard.code} ${clauseLabel(clause.number)}`, title: clause.title } };
}

/** Resolves a `std:…` or `term:…` link target. */
export function resolveReference(index: ContentIndex, url: string): Resolution {
	if (url.startsWith('std:')) return resolveClauseRef(index, url.slice(4));
	const termId = url.slice(5);
	const term = index.terms.get(termId);
	if (!term) return { ok: false, message: `unknown glossary term "${termId}" in link "${url}"` };
	return { ok: true, value: { href: `/glossary/#${term.id}`, label: term.term, title: term.definition } };
}
