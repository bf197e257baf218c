/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * template code are both unchanged since the last build is copied from that build instead of being
 * rendered again. Standards make up nearly every page of a large library, and a merged pull request
 * usually changes one or two of them.
 *
 * A key must change whenever anything its page shows does, so it is a digest of all of it: the
 * build day (in-force versions, overdue banners, the footer date), the site's version and the
 * settings from the environment (repository and branch of the edit links, origin, drafts); every
 * version of the standard (its file, its content digest, which covers the clauses and terms it
 * cites, and its last-updated date); the names of the roles it names; the checklists and case studies that
 * cite it; and its change notes with their resolved clause links. Template and translation changes
 * are Astro's part (the route's module hash). `npm run bench:build -- <N> --rebuild --verify`
 * compares a rebuild with a cold build of the same content, file by file.
 */
import { createHash } from 'node:crypto';
import { siteConfig } from '../config.ts';
import { LOCALES } from '../i18n/index.ts';
import { buildInfo } from './build-info.ts';
import { entryFile, type Catalog, type Standard } from './catalog.ts';
import { lastUpdated } from './last-updated.ts';
import { changeNotes } from './standard-changes.ts';

const keys = new WeakMap<Standard, string>();

/** The key of every page of `standard` (its canonical page, version pages and history page, in both locales). */
export function standardPagesKey(catalog: Catalog, standard: Standard): string {
	const known = keys.get(standard);
	if (known) return known;
	const roles = new Set(standard.versions.flatMap((v) => [v.data.owner, ...v.data.audience]));
	const citing = (entries: readonly { id: string; data: { standards: string[] } }[]) =>
		entries.filter((entry) => entry.data.standards.includes(standard.id));
	const inputs = {
		// Edit links, canonical URLs and drafts come from the environment, which Astro's own config hash does not see.
		site: [siteConfig.today, buildInfo.version, siteConfig.preview, siteConfig.repository, siteConfig.branch, siteConfig.origin],
		current: standard.current.data.version,
		versions: standard.versions.map((v) => [
			v.id,
			entryFile(v),
			String(v.digest),
			lastUpdated(entryFile(v)).toISOString(),
			LOCALES.map((locale) => changeNotes(standard, v, locale)),
		]),
		roles: [...roles].sort().map((id) => [id, catalog.handbooksById.get(id)?.data.title, catalog.handbooksById.get(id)?.data.titleEn]),
		checklists: citing(catalog.checklists).map((c) => [c.id, c.data]),
		cases: citing(catalog.cases).map((c) => [c.id, c.data]),
	};
	const key = createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
	keys.set(standard, key);
	return key;
}
