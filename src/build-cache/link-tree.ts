/**
 * Copies a folder tree by hard links: the search index moves between the build's staging folder,
 * the cache kept for the next build and the output, 12,400 files at 10,000 standards, and copying
 * them took 0.6–1.3 s each time against 0.07 s to link them. Where a link cannot be made (another
 * file system, one without hard links) the file is copied. Linked files share their contents, so
 * a caller must never write into a file of either tree in place: replace it (remove, then write).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface LinkTreeOptions {
	/** Whether to take a file or folder, by its path relative to `from` ('/'-separated). */
	filter?: (relativePath: string) => boolean;
	/** Makes the link; a test passes one that fails, to check the copy. */
	link?: (existing: string, created: string) => void;
}

/** Recreates the tree of `from` at `to` (created if missing) with every file linked or copied. */
export function linkTree(from: string, to: string, options: LinkTreeOptions = {}, prefix = ''): void {
	const { filter = () => true, link = linkSync } = options;
	mkdirSync(join(to, prefix), { recursive: true });
	for (const entry of readdirSync(join(from, prefix), { withFileTypes: true })) {
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (!filter(relative)) continue;
		if (entry.isDirectory()) {
			linkTree(from, to, options, relative);
			continue;
		}
		const source = join(from, relative);
		const target = join(to, relative);
		// A file already at the target is replaced, never written through: it may be linked elsewhere.
		rmSync(target, { force: true });
		try {
			link(source, target);
		} catch {
			copyFileSync(source, target);
		}
	}
}
