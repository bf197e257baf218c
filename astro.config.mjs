// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { collectionFolder, getContentIndex } from './src/content-source/content-source.ts';
import { rehypeChecklist } from './src/markdown/rehype-checklist.ts';
import { remarkClauses } from './src/markdown/remark-clauses.ts';
import { remarkReferences } from './src/markdown/remark-references.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { redirectPages } from './src/integrations/redirects.ts';
import { staleOutput } from './src/integrations/stale-output.ts';

// Astro 7's default processor (Sätteri) ignores remark plugins: the unified pipeline runs them,
// and MDX inherits it. The plugins get what they need as options: the folders they apply to and
// the content index, built once per build (`getContentIndex` returns the cached one; the dev server
// drops it when content changes, see contentCheck()).
// Smart quotes are English typography; the content is Chinese with its own punctuation, and the
// retext pass cost 4.5 s of the 11 s spent rendering Markdown at 1,000 standards.
const processor = unified({
	smartypants: false,
	remarkPlugins: [
		[remarkClauses, { folder: collectionFolder('standards') }],
		[remarkReferences, { index: getContentIndex }],
	],
	rehypePlugins: [[rehypeChecklist, { folder: collectionFolder('checklists') }]],
});

/** The redirect pages of this build: kept by staleOutput() even when unchanged since an earlier build. */
const redirectFiles = new Set();

export default defineConfig({
	site: siteConfig.origin,
	trailingSlash: 'always',
	markdown: { processor },
	// After the pages are written (astro:build:done): the redirect pages, the removal of what an earlier
	// build left in the output folder (before the search index reads it), then the search index.
	integrations: [
		contentCheck(),
		mdx(),
		redirectPages({ written: redirectFiles }),
		staleOutput({ keep: redirectFiles, whole: ['pagefind'] }),
		pagefindIndex(),
	],
	// Strict CSP (public/_headers): no inline <style> or <script>, so every stylesheet and script is a file.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// The output folder is kept between builds, so reused pages stay where they are; what an earlier
	// build left behind is removed by staleOutput() after the pages are written.
	vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
	outDir: siteConfig.outDir,
	cacheDir: siteConfig.cacheDir,
	devToolbar: { enabled: false },
	// A rebuild copies the pages whose cache key (src/data/page-keys.ts) and template are unchanged.
	experimental: { incrementalBuild: true },
});
