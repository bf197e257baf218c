/**
 * One syntax cites a clause everywhere: `std:sc-01#c-2-3` as a Markdown link target,
 * `sc-01#c-2-3` in YAML, `std:sc-01@1.0.0#c-5-3` to pin a version. `term:smart` links a glossary
 * term. Resolution is pure: it takes the content index and returns the URL and label, or a message
 * saying what is missing. A released version resolves against the cited standards as they stood
 * on its effective date, so a later version that removes or renumbers a clause never breaks it:
 * its link goes to the version that had the clause. Current content resolves against current versions.
 */
import { clauseLabel, extractClauseTexts } from './clauses.ts';
import type { ContentIndex, IndexedStandard, IndexedVersion } from './content-index.ts';
import { similarity } from './version-diff.ts';
import { compareVersions, currentVersion } from './versions.ts';

export interface ResolvedReference {
	/** Root-relative URL in the default locale; pages add the locale prefix. */
	href: string;
	/** Short label readers cite, e.g. "SC-01 §2.3". */
	label: string;
	/** Longer description for a tooltip, e.g. the clause or term title. */
	title: string;
}

export type Resolution = { ok: true; value: ResolvedReference } | { ok: false; message: string };

export interface ResolveOptions {
	/** Resolve against the versions in force on this day (YYYY-MM-DD): a released version's effective date. */
	asOf?: string | undefined;
	/**
	 * The citing file is frozen (a locked release) and cannot be fixed: a clause missing on `asOf`
	 * resolves to the version that had it instead of failing.
	 */
	lenient?: boolean | undefined;
}

export function isReference(url: string): boolean {
	return url.startsWith('std:') || url.startsWith('term:');
}

/** `sc-01@1.0.0#c-5-3` → its parts; the version and clause are optional. */
export function parseClauseRef(ref: string): { standardId: string; pin?: string | undefined; clauseId?: string | undefined } {
	const match = /^([^@#]*)(?:@([^#]*))?(?:#(.*))?$/.exec(ref);
	return { standardId: match?.[1] ?? ref, pin: match?.[2], clauseId: match?.[3] };
}

/** Page of one version: the canonical page for the current one, its own page for any other. */
export function versionHref(standard: IndexedStandard, version: IndexedVersion): string {
	return version === standard.current ? `/standards/${standard.id}/` : `/standards/${standard.id}/${version.version}/`;
}

/** The version of `standard` in force on `asOf`; the current version when no day is given. */
export function versionAsOf(standard: IndexedStandard, asOf: string | undefined): IndexedVersion {
	if (asOf === undefined) return standard.current;
	return currentVersion(standard.versions, asOf) ?? standard.current;
}

/** Released versions that have the clause, oldest first. */
function holdersOf(standard: IndexedStandard, clauseId: string): IndexedVersion[] {
	return standard.versions
		.filter((v) => v.status !== 'draft' && v.clauses.some((c) => c.id === clauseId))
		.sort((a, b) => compareVersions(a.version, b.version));
}

/** The clause of `version` whose title and text are closest to the removed one, when any is close. */
function closestClause(removedFrom: IndexedVersion, clauseId: string, version: IndexedVersion): string | undefined {
	const old = extractClauseTexts(removedFrom.body).find((c) => c.id === clauseId);
	if (!old) return undefined;
	const scored = extractClauseTexts(version.body)
		.map((c) => ({ c, score: similarity(`${old.title}\n${old.text}`, `${c.title}\n${c.text}`) }))
		.sort((a, b) => b.score - a.score)[0];
	return scored && scored.score >= 0.3 ? `${scored.c.id} (${clauseLabel(scored.c.number)} ${scored.c.title})` : undefined;
}

/** Resolves a `sc-01#c-2-3`, `sc-01@1.0.0#c-2-3` or `sc-01` clause reference. */
export function resolveClauseRef(index: ContentIndex, ref: string, options: ResolveOptions = {}): Resolution {
	const { standardId, pin, clauseId } = parseClauseRef(ref);
	const standard = index.standards.get(standardId);
	if (!standard) {
		const known = [...index.standards.keys()].join(', ') || 'none';
		return { ok: false, message: `unknown standard "${standardId}" in reference "${ref}" (known standards: ${known})` };
	}
	let target = versionAsOf(standard, options.asOf);
	if (pin !== undefined) {
		const pinned = standard.versions.find((v) => v.version === pin && v.status !== 'draft');
		if (!pinned) {
			const known = standard.versions.filter((v) => v.status !== 'draft').map((v) => v.version).join(', ');
			return { ok: false, message: `unknown version "${pin}" of standard "${standardId}" in reference "${ref}" (released versions: ${known})` };
		}
		target = pinned;
	}
	const versionNote = (v: IndexedVersion) => (v === standard.current ? '' : ` ${v.version}`);
	if (!clauseId) return { ok: true, value: { href: versionHref(standard, target), label: `${standard.code}${pin ? ` ${pin}` : ''}`, title: standard.title } };
	const resolved = (v: IndexedVersion): Resolution => {
		const clause = v.clauses.find((c) => c.id === clauseId)!;
		return {
			ok: true,
			value: { href: `${versionHref(standard, v)}#${clause.id}`, label: `${standard.code} ${clauseLabel(clause.number)}`, title: `${clause.title}${versionNote(v) ? ` (${standard.code}${versionNote(v)})` : ''}` },
		};
	};
	if (target.clauses.some((c) => c.id === clauseId)) return resolved(target);
	const holders = holdersOf(standard, clauseId);
	const lastHolder = holders.at(-1);
	if (lastHolder && options.lenient && pin === undefined) {
		// The newest version up to the one in force that had the clause, else the oldest later one.
		const earlier = holders.filter((v) => compareVersions(v.version, target.version) <= 0).at(-1);
		return resolved(earlier ?? holders[0]!);
	}
	if (lastHolder && pin === undefined && compareVersions(lastHolder.version, target.version) < 0) {
		const removedIn = standard.versions
			.filter((v) => v.status !== 'draft' && compareVersions(v.version, lastHolder.version) > 0)
			.sort((a, b) => compareVersions(a.version, b.version))[0];
		const clause = lastHolder.clauses.find((c) => c.id === clauseId)!;
		const closest = closestClause(lastHolder, clauseId, target);
		return {
			ok: false,
			message:
				`clause "${clauseId}" (${clauseLabel(clause.number)} ${clause.title}) was removed in ${standard.code} ${removedIn?.version ?? target.version} (reference "${ref}"); ` +
				`cite ${closest ? `${standardId}#${closest} of ${target.version}` : `a clause of ${target.version}`} instead, or pin the old text with "${standardId}@${lastHolder.version}#${clauseId}"`,
		};
	}
	return {
		ok: false,
		message: `unknown clause "${clauseId}" in standard "${standardId}" ${target.version} (reference "${ref}"; its clauses run ${target.clauses[0]?.id ?? '-'} … ${target.clauses.at(-1)?.id ?? '-'})`,
	};
}

/** Resolves a `std:…` or `term:…` link target. */
export function resolveReference(index: ContentIndex, url: string, options: ResolveOptions = {}): Resolution {
	if (url.startsWith('std:')) return resolveClauseRef(index, url.slice(4), options);
	const termId = url.slice(5);
	const term = index.terms.get(termId);
	if (!term) return { ok: false, message: `unknown glossary term "${termId}" in link "${url}"` };
	return { ok: true, value: { href: `/glossary/#${term.id}`, label: term.term, title: term.definition } };
}

/**
 * How references in a file resolve: a released standard version as of its effective date (leniently
 * when it is locked, since it can no longer be edited); everything else against current versions.
 */
export function referenceContext(index: ContentIndex, file: string): ResolveOptions {
	for (const standard of index.standards.values()) {
		const version = standard.versions.find((v) => v.file === file);
		if (version) return version.status === 'draft' ? {} : { asOf: version.effective, lenient: version.locked === true };
	}
	return {};
}
