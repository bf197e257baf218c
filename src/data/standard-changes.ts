/**
 * A version's change notes as its page shows them: clause numbers linked to this version's clauses,
 * or to another standard's clause as it stood when this version took effect (as references do:
 * src/lib/references.ts). Shared by the page and by its cache key (src/data/page-keys.ts), which
 * must change whenever these links do.
 */
import { localePath, type Locale } from '../i18n/index.ts';
import { linkClauseMentions, type MentionPart } from '../lib/clause-mentions.ts';
import { versionAsOf, versionHref } from '../lib/references.ts';
import { getContentIndex } from '../content-source/content-source.ts';
import type { Standard, StandardVersion } from './catalog.ts';

export function changeNotes(standard: Standard, version: StandardVersion, locale: Locale): MentionPart[][] {
	const { data } = version;
	const index = getContentIndex();
	const own = index.standards.get(standard.id)?.versions.find((v) => v.version === data.version);
	const resolveClause = (code: string | undefined, number: string) => {
		if (!code || code === data.code.toUpperCase()) {
			const clause = own?.clauses.find((c) => c.number === number);
			return clause ? `#${clause.id}` : undefined;
		}
		const other = [...index.standards.values()].find((s) => s.code.toUpperCase() === code);
		if (!other) return undefined;
		const then = versionAsOf(other, own?.status === 'draft' ? undefined : own?.effective);
		const clause = then.clauses.find((c) => c.number === number);
		return clause ? localePath(locale, `${versionHref(other, then)}#${clause.id}`) : undefined;
	};
	return data.changes.map((change) => linkClauseMentions(change, resolveClause));
}
