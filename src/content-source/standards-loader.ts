/**
 * Loads the standard versions (`standards/<id>/<version>.mdx`) into the content layer with their
 * HTML rendered there, once, by the same unified pipeline (clause anchors, references), instead of
 * compiling each file into a JavaScript module as MDX does. Standards use no components, so a
 * module per version only cost bundling time: ~11,000 modules stalled a 10,000-standard build.
 * Each rendering is keyed by a digest of the file and of every clause or term it cites, so a
 * rebuild renders only the files that changed or whose citations did.
 *
 * The rendered HTML is written to a file per rendering (`renderedDir`), not into the data store:
 * every page loads the data store whole, so HTML there cost memory and time per page at every
 * size (124 MB of store at 3,000 standards, 21 s just to load it). The store keeps the front matter
 * and the digest; `src/data/standard-html.ts` reads a version's HTML when its page is rendered.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter, type ContentIndex } from '../lib/content-index.ts';
import { renderedFile, type RenderedStandard } from '../lib/rendered-standard.ts';
import { isReference, referenceContext, resolveReference } from '../lib/references.ts';

export interface StandardsLoaderOptions {
	/** Absolute path of the standards folder. */
	folder: string;
	/** Absolute path of the folder the rendered HTML goes to (one JSON file per digest). */
	renderedDir: string;
	/** The content index (read per sync, so the dev server sees a rebuilt one; the build may still be building it). */
	index: () => ContentIndex | Promise<ContentIndex>;
	/** Called before a dev-server resync, so the index is read again. */
	onChange?: () => void;
}

const REFERENCE = /\]\(((?:std|term):[^)\s]+)\)/g;

/**
 * What the file's citations resolve to now (as of its effective date, as the references plugin
 * resolves them): part of its cache key, so a renamed clause it cites re-renders it.
 * `file` is the project-relative path the index knows the version by.
 */
export function citationKey(index: ContentIndex, body: string, file = ''): string {
	const context = referenceContext(index, file);
	const targets = [...new Set([...body.matchAll(REFERENCE)].map((m) => m[1] ?? ''))].filter(isReference).sort();
	return targets
		.map((target) => {
			const result = resolveReference(index, target, context);
			return result.ok ? `${target}=${result.value.href}|${result.value.label}|${result.value.title}` : `${target}=?`;
		})
		.join('\n');
}

function versionFiles(folder: string): { id: string; path: string }[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) =>
			readdirSync(join(folder, entry.name))
				.filter((name) => name.endsWith('.mdx'))
				.map((name) => ({ id: `${entry.name}/${name.replace(/\.mdx$/, '')}`, path: join(folder, entry.name, name) })),
		)
		.sort((a, b) => a.id.localeCompare(b.id));
}

async function sync(options: StandardsLoaderOptions, context: LoaderContext): Promise<void> {
	const { store, parseData, renderMarkdown, generateDigest, config } = context;
	const root = fileURLToPath(config.root);
	const index = await options.index();
	const untouched = new Set(store.keys());
	mkdirSync(options.renderedDir, { recursive: true });
	for (const { id, path } of versionFiles(options.folder)) {
		untouched.delete(id);
		const contents = readFileSync(path, 'utf8');
		const parts = splitFrontMatter(contents);
		const digest = generateDigest(
			`${contents}\0${citationKey(index, parts?.body ?? contents, relative(process.cwd(), path).split(sep).join('/'))}`,
		);
		const output = renderedFile(options.renderedDir, digest);
		if (store.get(id)?.digest === digest && existsSync(output)) continue;
		// Front matter problems were already reported by the content check, which runs first.
		const raw = (parts ? parseYaml(parts.data) : {}) as Record<string, unknown>;
		const data = await parseData({ id, data: raw ?? {}, filePath: path });
		const rendered = await renderMarkdown(contents, { fileURL: pathToFileURL(path) });
		const file: RenderedStandard = { html: rendered.html, headings: rendered.metadata?.headings ?? [] };
		writeFileSync(output, JSON.stringify(file));
		store.set({ id, data, filePath: relative(root, path).split(sep).join('/'), digest });
	}
	for (const id of untouched) store.delete(id);
	// Renderings no version uses any more (an edited or removed file) go.
	const kept = new Set([...store.values()].map((entry) => renderedFile(options.renderedDir, String(entry.digest))));
	for (const name of readdirSync(options.renderedDir)) {
		const path = join(options.renderedDir, name);
		if (!kept.has(path)) rmSync(path, { force: true });
	}
}

export function standardsLoader(options: StandardsLoaderOptions): Loader {
	return {
		name: 'processbook:standards',
		load: async (context) => {
			await sync(options, context);
			context.watcher?.on('all', (_event, path) => {
				if (!path.startsWith(options.folder + sep) || !path.endsWith('.mdx')) return;
				options.onChange?.();
				sync(options, context).catch((error: unknown) => context.logger.error((error as Error).message));
			});
		},
	};
}
