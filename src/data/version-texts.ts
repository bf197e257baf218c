/**
 * Clause texts of every version of a standard, for the history and diff page, and the changes between
 * two versions. Read from the content index (computed once per build); reference links read as their
 * labels ("SC-01 §2.3").
 */
import { extractClauseTexts, type ClauseText } from '../lib/clauses.ts';
import { diffVersions, type ClauseChange } from '../lib/version-diff.ts';
import { referenceContext, resolveReference } from '../lib/references.ts';
import { getContentIndex } from '../content-source/content-source.ts';

const cache = new Map<string, Map<string, ClauseText[]>>();

/** Computed once per standard per build (both locales' pages share it); the dev server recomputes. */
export function versionClauseTexts(standardId: string): Map<string, ClauseText[]> {
	const cached = import.meta.env.PROD ? cache.get(standardId) : undefined;
	if (cached) return cached;
	const index = getContentIndex();
	const standard = index.standards.get(standardId);
	// Each version's links read as they resolve in that version (as of its effective date).
	const label = (file: string) => (target: string) => {
		const resolved = resolveReference(index, target, { ...referenceContext(index, file), lenient: true });
		return resolved.ok ? resolved.value.label : target;
	};
	const texts = new Map((standard?.versions ?? []).map((v) => [v.version, extractClauseTexts(v.body, label(v.file))]));
	cache.set(standardId, texts);
	return texts;
}

const changesCache = new WeakMap<readonly ClauseText[], WeakMap<readonly ClauseText[], ClauseChange[]>>();

/**
 * The clause changes between two versions' texts (as `versionClauseTexts` returns them), computed once
 * per pair: both UI languages' history pages show the same comparison, and the diff is the costliest
 * part of rendering them.
 */
export function versionChanges(from: readonly ClauseText[], to: readonly ClauseText[]): ClauseChange[] {
	let byTo = changesCache.get(from);
	if (!byTo) changesCache.set(from, (byTo = new WeakMap()));
	let changes = byTo.get(to);
	if (!changes) byTo.set(to, (changes = diffVersions(from, to)));
	return changes;
}
