/**
 * Keeps the last build's search index (a copy of its shards and what each holds) in the cache
 * folder, so a rebuild indexes only the shards whose pages changed (src/search/search-plan.ts):
 * Pagefind indexing is the longest step of a rebuild otherwise, 13.6 s of 30 at 1,000 standards.
 * The copy is trusted only when the code that builds the index is unchanged, and only until the
 * next build starts: a build that fails leaves no copy behind, so the next one indexes in full.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../config.ts';
import type { ShardRecord } from '../search/search-plan.ts';
import { codeStamp } from './code-stamp.ts';
import { linkTree } from './link-tree.ts';

const CACHE = join(siteConfig.cacheDir, 'processbook-search');
const MANIFEST = join(CACHE, 'manifest.json');
const COPY = join(CACHE, 'index');
/** Astro's own record of the pages it can copy (experimental.incrementalBuild). */
const ASTRO_MANIFEST = join(siteConfig.cacheDir, 'incremental-build.json');

interface Manifest {
	stamp: string;
	shards: ShardRecord[];
}

const stamp = (settings: unknown) => codeStamp(['src/search', 'src/lib/search-words.ts'], JSON.stringify(settings));

/**
 * The shards of the last build's index, when they can be reused: Astro will copy pages too (its
 * incremental manifest exists) and the index is built by the same code and `settings`. The record
 * is removed either way; `saveSearchIndex` writes the new one when this build's index is complete.
 */
export function takeLastSearchIndex(settings: unknown): ShardRecord[] | undefined {
	let manifest: Manifest | undefined;
	try {
		manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
	} catch {
		return undefined;
	}
	rmSync(MANIFEST, { force: true });
	if (manifest.stamp !== stamp(settings) || !existsSync(COPY) || !existsSync(ASTRO_MANIFEST)) return undefined;
	return manifest.shards;
}

/** The folder the last build's index is kept in. */
export const LAST_INDEX = COPY;

/** Keeps this build's complete index (the staging folder) and what each shard holds, for the next build. */
export function saveSearchIndex(staging: string, shards: readonly ShardRecord[], settings: unknown): void {
	try {
		rmSync(COPY, { recursive: true, force: true });
		mkdirSync(CACHE, { recursive: true });
		// Linked, not copied (src/build-cache/link-tree.ts): nothing writes into an index's files afterwards.
		linkTree(staging, COPY);
		writeFileSync(MANIFEST, JSON.stringify({ stamp: stamp(settings), shards: [...shards] } satisfies Manifest));
	} catch {
		// Without a copy the next build indexes every page: slower, never wrong.
		rmSync(MANIFEST, { force: true });
	}
}
