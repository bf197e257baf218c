/**
 * Reads the content folder into the content index once, and again only when a file changed
 * (the dev server). Every plugin and page shares this one index.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteConfig } from '../config.ts';
import { buildContentIndex, type ContentIndex, type SourceFile } from '../lib/content-index.ts';

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

export function contentRoot(): string {
	return join(process.cwd(), siteConfig.contentDir);
}

/** Project-relative path, as messages and edit links show it. */
export function projectPath(absolute: string): string {
	return relative(process.cwd(), absolute).split('\\').join('/');
}

export function getContentIndex(): ContentIndex {
	const root = contentRoot();
	const glossaryPath = join(root, 'glossary.yaml');
	const paths = [...listStandardFiles(root), ...(existsSync(glossaryPath) ? [glossaryPath] : [])];
	const signature = paths.map((path) => `${path}:${statSync(path).mtimeMs}`).join('|');
	if (cached?.signature === signature) return cached.index;
	const read = (path: string): SourceFile => ({ path: projectPath(path), text: readFileSync(path, 'utf8') });
	const index = buildContentIndex({
		standards: listStandardFiles(root).map(read),
		glossary: existsSync(glossaryPath) ? read(glossaryPath) : undefined,
	});
	cached = { signature, index };
	return index;
}

/** True when `file` (absolute) lies in the given collection folder of the content root. */
export function isInCollection(file: string | undefined, collection: string): boolean {
	return Boolean(file && projectPath(file).startsWith(`${siteConfig.contentDir}/${collection}/`));
}
