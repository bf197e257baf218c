/**
 * Astro empties the output folder before every build; at 10,000 standards that was 46 s of deleting
 * files, and then 15 s of copying back the pages the incremental build reuses. The build keeps the
 * folder instead (`vite.build.emptyOutDir: false`: a reused page is simply left where it is), and
 * this integration removes what an earlier build left behind: every file that is neither the output
 * of one of this build's routes nor written since the build started (a page of a removed standard, an
 * old script bundle). It runs after the redirect pages are written and before the search index reads
 * the folder, so no page of an earlier build can reach the index. `npm run bench:build -- <N> --rebuild --verify` checks
 * that a rebuilt folder holds exactly the files of a cold build.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The output files of this build's routes (rendered or reused), as absolute paths. */
export function routeOutputs(assets: ReadonlyMap<string, readonly URL[]>): Set<string> {
	return new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
}

/**
 * Removes the files under `siteDir` last written before `since` (ms) that `keep` does not name, and
 * the folders that leaves empty; returns how many files went. `whole` names folders (relative to
 * `siteDir`) this build wrote whole, left unread.
 */
export function removeStaleFiles(siteDir: string, keep: ReadonlySet<string>, since: number, whole: readonly string[] = []): number {
	let removed = 0;
	const skipped = new Set(whole.map((folder) => join(siteDir, folder)));
	const sweep = (dir: string): boolean => {
		let empty = true;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (skipped.has(path)) empty = false;
			else if (entry.isDirectory()) {
				if (sweep(path)) rmdirSync(path);
				else empty = false;
			} else if (!keep.has(path) && statSync(path).mtimeMs < since) {
				rmSync(path, { force: true });
				removed += 1;
			} else empty = false;
		}
		return empty;
	};
	sweep(siteDir);
	return removed;
}

/**
 * Options: `keep`, files integrations wrote or kept in this build that are not route outputs (the
 * redirect pages); `whole`, folders an integration replaces whole each build (the search index).
 */
export function staleOutput(options: { keep?: ReadonlySet<string>; whole?: readonly string[] } = {}): AstroIntegration {
	let started = 0;
	return {
		name: 'processbook:stale-output',
		hooks: {
			'astro:build:start': () => {
				started = Date.now();
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const keep = new Set([...routeOutputs(assets), ...(options.keep ?? [])]);
				const removed = removeStaleFiles(fileURLToPath(dir), keep, started, options.whole);
				if (removed > 0) logger.info(`${removed} file(s) an earlier build left in the output folder removed`);
			},
		},
	};
}
