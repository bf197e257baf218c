/**
 * Reads the content folder into the content index once per build (the dev server reads it again
 * after a content file changed). The index is kept on `globalThis` because the Astro config (which
 * hands it to the Markdown plugins) and the bundled pages load this module as separate copies: one
 * index per process, not one per copy, and no per-file work to find out whether it is still valid.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { siteConfig } from '../config.ts';
import { buildContentIndex, ContentError, type ContentIndex, type SourceFile } from '../lib/content-index.ts';
import { LOCK_FILE, type VersionLock } from '../lib/version-lock.ts';

const STORE = Symbol.for('processbook.content-index');
const store = ((globalThis as Record<symbol, unknown>)[STORE] ??= {}) as {
	index?: ContentIndex | undefined;
	root?: string;
	/** An index being built beside the build (`npm run build`'s check thread). */
	pending?: Promise<ContentIndex> | undefined;
};

function listStandardFiles(root: string): string[] {
	const dir = join(root, 'standards');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) =>
			readdirSync(join(dir, entry.name))
				.filter((name) => /\.mdx?$/.test(name))
				.map((name) => join(dir, entry.name, name)),
		)
		.sort();
}

/** The version lock; a missing file is an empty lock (every released version then reports itself). */
function readLock(path: string): VersionLock {
	if (!existsSync(path)) return {};
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as VersionLock;
	} catch (error) {
		throw new ContentError([
			`${projectPath(path)}: not valid JSON (${(error as Error).message}). Hint: regenerate it with \`npm run lock:standards\``,
		]);
	}
}

/** Standard version files as the lock sees them: released unless their status is draft. */
export function standardSources(): SourceFile[] {
	return listStandardFiles(contentRoot()).map((path) => ({ path: projectPath(path), text: readFileSync(path, 'utf8') }));
}

export function lockPath(): string {
	return join(contentRoot(), LOCK_FILE);
}

/** Absolute path of the content folder (PROCESSBOOK_CONTENT_DIR may be relative or absolute). */
export function contentRoot(): string {
	return siteConfig.contentRoot;
}

/** Project-relative path, as messages and edit links show it. */
export function projectPath(absolute: string): string {
	return relative(process.cwd(), absolute).split('\\').join('/');
}

/** Reads every standard, the glossary and the lock, and builds a fresh index (throws ContentError). */
export function readContentIndex(root = contentRoot()): ContentIndex {
	const glossaryPath = join(root, 'glossary.yaml');
	const lock = join(root, LOCK_FILE);
	const read = (path: string): SourceFile => ({ path: projectPath(path), text: readFileSync(path, 'utf8') });
	return buildContentIndex({
		standards: listStandardFiles(root).map(read),
		glossary: existsSync(glossaryPath) ? read(glossaryPath) : undefined,
		lock: { path: projectPath(lock), data: readLock(lock) },
		today: siteConfig.today,
	});
}

/** The index of this process, built on first use; O(1) afterwards. */
export function getContentIndex(): ContentIndex {
	const root = contentRoot();
	if (store.index && store.root === root) return store.index;
	const index = readContentIndex(root);
	store.index = index;
	store.root = root;
	return index;
}

/** Adopts an index built from the same folder (by the content check), so it is not built twice. */
export function useContentIndex(index: ContentIndex, root = contentRoot()): void {
	store.index = index;
	store.root = root;
	store.pending = undefined;
}

/**
 * Adopts an index still being built from the same folder (by `npm run build`'s check thread, while
 * Astro starts). `readyContentIndex()` waits for it; the standards loader, the first reader in a
 * build, awaits that before rendering a file.
 */
export function usePendingContentIndex(pending: Promise<ContentIndex>, root = contentRoot()): void {
	store.index = undefined;
	store.pending = pending;
	pending.then(
		(index) => {
			if (store.pending === pending) useContentIndex(index, root);
		},
		() => undefined, // the build reports the check's failure
	);
}

/** The index of this process once it is ready: a pending one when the build is building it, else `getContentIndex()`. */
export async function readyContentIndex(): Promise<ContentIndex> {
	if (store.pending) await store.pending;
	return getContentIndex();
}

/** Forgets the index (the dev server calls it when a content file changes); the next read rebuilds it. */
export function invalidateContentIndex(): void {
	store.index = undefined;
	store.pending = undefined;
}

/** True when `file` (an absolute path) lies in the content folder. */
export function isContentFile(file: string): boolean {
	return resolve(file).startsWith(contentRoot() + sep);
}

/** Absolute folder of a collection, for the plugins' `folder` option. */
export function collectionFolder(collection: string): string {
	return join(contentRoot(), collection);
}
