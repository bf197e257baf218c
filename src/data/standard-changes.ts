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
import type { ContentIndex, IndexedStandard } from '../lib/content-index.ts';
import type { Standard, StandardVersion } from './catalog.ts';

/** Standards by upper-case code, once per index: a mention was a scan of every standard, per version, page and key. */
const byCode = new WeakMap<ContentIndex, Map<string, IndexedStandard>>();
function standardByCode(index: ContentIndex, code: string): IndexedStandard | undefined {
	let codes = byCode.get(index);
	if (!codes) {
		codes = new Map();
		// The first standard with a code, as a scan would find it (a code used twice stops the content check anyway).
		for (const s of index.standards.values()) if (!codes.has(s.code.toUpperCase())) codes.set(s.code.toUpperCase(), s);
		byCode.set(index, codes);
	}
	return codes.get(code);
}

export function changeNotes(standard: Standard, version: StandardVersion, locale: Locale): MentionPart[][] {
	const { data } = version;
	const index = getContentIndex();
	const own = index.standards.get(standard.id)?.versions.find((v) => v.version === data.version);
	const resolveClause = (code: string | undefined, number: string) => {
		if (!code || code === data.code.toUpperCase()) {
			const clause = own?.clauses.find((c) => c.number === number);
			return clause ? `#${clause.id}` : undefined;
		}
		const other = standardByCode(index, code);
		if (!other) return undefined;
		const then = versionAsOf(other, own?.status === 'draft' ? undefined : own?.effective);
		const clause = then.clauses.find((c) => c.number === number);
		return clause ? localePath(locale, `${versionHref(other, then)}#${clause.id}`) : undefined;
	};
	return data.changes.map((change) => linkClauseMentions(change, resolveClause));
}
