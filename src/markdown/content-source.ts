/**
 * Reads the content folder into the content index once, and again only when a file changed
 * (the dev server). Every plugin and page shares this one index.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { siteConfig } from '../config.ts';
import { buildContentIndex, ContentError, type ContentIndex, type SourceFile } from '../lib/content-index.ts';
import { LOCK_FILE, type VersionLock } from '../lib/version-lock.ts';

let cached: { signature: string; index: ContentIndex } | undefined;

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
		throw new ContentError([`${projectPath(path)}: not valid JSON (${(error as Error).message}). Hint: regenerate it with \`npm run lock:standards\``]);
	}
}

/** Standard version files as the lock sees them: released unless their status is draft. */
export function standardSources(): SourceFile[] {
	return listStandardFiles(contentRoot()).map((path) => ({ path: projectPath(path), text: readFileSync(path, 'utf8') }));
}

export function lockPath(): string {
	return join(contentRoot(), LOCK_FILE);
}

export function contentRoot(): string {
	return resolve(process.cwd(), siteConfig.contentDir);
}

/** Project-relative path, as messages and edit links show it. */
export function projectPath(absolute: string): string {
	return relative(process.cwd(), absolute).split('\\').join('/');
}

export function getContentIndex(): ContentIndex {
	const root = contentRoot();
	const glossaryPath = join(root, 'glossary.yaml');
	const lockPath = join(root, LOCK_FILE);
	const paths = [...listStandardFiles(root), ...[glossaryPath, lockPath].filter((path) => existsSync(path))];
	const signature = paths.map((path) => `${path}:${statSync(path).mtimeMs}`).join('|');
	if (cached?.signature === signature) return cached.index;
	const read = (path: string): SourceFile => ({ path: projectPath(path), text: readFileSync(path, 'utf8') });
	const index = buildContentIndex({
		standards: listStandardFiles(root).map(read),
		glossary: existsSync(glossaryPath) ? read(glossaryPath) : undefined,
		lock: { path: projectPath(lockPath), data: readLock(lockPath) },
		today: siteConfig.today,
	});
	cached = { signature, index };
	return index;
}

/** True when `file` (absolute) lies in the given collection folder of the content root. */
export function isInCollection(file: string | undefined, collection: string): boolean {
	return Boolean(file && projectPath(file).startsWith(`${siteConfig.contentDir}/${collection}/`));
}
