/**
 * The standards loader with a stand-in for Astro's loader context: each version is rendered once,
 * its HTML goes to a file beside the data store (not into it), an unchanged file is not rendered
 * again on the next sync, and renderings no version uses any more are removed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContentIndex } from '../../src/lib/content-index.ts';
import { renderedFile, type RenderedStandard } from '../../src/lib/rendered-standard.ts';
import { standardsLoader } from '../../src/content-source/standards-loader.ts';

const version = (code: string, heading: string) =>
	`---\ncode: ${code}\ntitle: 标准${code}\nversion: 1.0.0\nstatus: active\neffective: 2026-01-01\n---\n\n## 1 ${heading}\n\n正文。\n`;

interface Entry {
	id: string;
	data: Record<string, unknown>;
	digest?: string | number;
	rendered?: unknown;
	body?: string;
}

let scratch = '';
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function setUp(files: Record<string, string>) {
	scratch = mkdtempSync(join(tmpdir(), 'standards-loader-'));
	const folder = join(scratch, 'standards');
	const renderedDir = join(scratch, 'cache', 'rendered');
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(folder, path, '..'), { recursive: true });
		writeFileSync(join(folder, path), text);
	}
	const entries = new Map<string, Entry>();
	const renders: string[] = [];
	const context = {
		store: {
			keys: () => [...entries.keys()],
			values: () => [...entries.values()],
			get: (id: string) => entries.get(id),
			set: (entry: Entry) => (entries.set(entry.id, entry), true),
			delete: (id: string) => entries.delete(id),
		},
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		renderMarkdown: async (text: string) => {
			renders.push(text);
			return { html: `<h2 id="c-1">${/## 1 (.+)/.exec(text)?.[1]}</h2>`, metadata: { headings: [{ depth: 2, slug: 'c-1', text: 'x' }] } };
		},
		generateDigest: (text: string) => String(fnv1a(text)),
		config: { root: pathToFileURL(`${scratch}/`) },
	} as unknown as LoaderContext;
	const index = () =>
		buildContentIndex({
			standards: readdirSync(folder).flatMap((id) =>
				readdirSync(join(folder, id)).map((name) => ({
					path: `standards/${id}/${name}`,
					text: readFileSync(join(folder, id, name), 'utf8'),
				})),
			),
		});
	const loader = standardsLoader({ folder, renderedDir, index });
	return { folder, renderedDir, entries, renders, sync: () => loader.load(context) };
}

/** A small stable string hash (FNV-1a), standing in for Astro's digest. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}

describe('standardsLoader', () => {
	it('renders each version once into a file beside the store, keeping HTML and body out of the store', async () => {
		const { renderedDir, entries, renders, sync } = setUp({
			'ab-01/1.0.0.mdx': version('AB-01', '总则'),
			'cd-02/1.0.0.mdx': version('CD-02', '范围'),
		});
		await sync();
		expect(renders).toHaveLength(2);
		const entry = entries.get('ab-01/1.0.0')!;
		expect(entry.data).toMatchObject({ code: 'AB-01', version: '1.0.0' });
		expect(entry.rendered).toBeUndefined();
		expect(entry.body).toBeUndefined();
		const file = JSON.parse(readFileSync(renderedFile(renderedDir, entry.digest!), 'utf8')) as RenderedStandard;
		expect(file.html).toBe('<h2 id="c-1">总则</h2>');
		expect(file.headings).toEqual([{ depth: 2, slug: 'c-1', text: 'x' }]);
	});

	it('renders again only what changed, and removes renderings nothing uses', async () => {
		const { folder, renderedDir, entries, renders, sync } = setUp({
			'ab-01/1.0.0.mdx': version('AB-01', '总则'),
			'cd-02/1.0.0.mdx': version('CD-02', '范围'),
		});
		await sync();
		const before = entries.get('ab-01/1.0.0')!.digest!;
		writeFileSync(join(folder, 'ab-01/1.0.0.mdx'), version('AB-01', '总则与范围'));
		rmSync(join(folder, 'cd-02'), { recursive: true });
		await sync();
		expect(renders).toHaveLength(3);
		expect(renders.at(-1)).toContain('总则与范围');
		expect([...entries.keys()]).toEqual(['ab-01/1.0.0']);
		expect(readdirSync(renderedDir)).toEqual([`${entries.get('ab-01/1.0.0')!.digest}.json`]);
		expect(readdirSync(renderedDir)).not.toContain(`${before}.json`);
	});

	it('renders a version again when its rendering file is gone, even with the same digest', async () => {
		const { renderedDir, entries, renders, sync } = setUp({ 'ab-01/1.0.0.mdx': version('AB-01', '总则') });
		await sync();
		rmSync(renderedFile(renderedDir, entries.get('ab-01/1.0.0')!.digest!));
		await sync();
		expect(renders).toHaveLength(2);
		expect(readdirSync(renderedDir)).toHaveLength(1);
	});
});
