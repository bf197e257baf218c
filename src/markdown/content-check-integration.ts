/**
 * Checks the cross-file rules of the content (content index) before Astro loads a single entry,
 * so `astro build`, `astro dev` and `astro sync` all stop on the same friendly message. The index
 * built here is the one the plugins and pages read for the rest of the build; in the dev server a
 * changed content file drops it, so the next page or plugin reads the content again.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content-index.ts';
import { contentBuildError } from './build-error.ts';
import { getContentIndex, invalidateContentIndex, isContentFile } from './content-source.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'processbook:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const started = performance.now();
				// A restarted dev server (config edited) reads the content again.
				invalidateContentIndex();
				try {
					const index = getContentIndex();
					const ms = Math.round(performance.now() - started);
					logger.info(`${index.standards.size} standard(s), ${index.terms.size} glossary term(s) indexed in ${ms} ms`);
				} catch (error) {
					if (error instanceof ContentError) {
						throw contentBuildError('The content has problems:', error.problems, 'Each line names the file and the field or line to fix.');
					}
					throw error;
				}
			},
			'astro:server:setup': ({ server }) => {
				server.watcher.on('all', (_event, path) => {
					if (isContentFile(path)) invalidateContentIndex();
				});
			},
		},
	};
}
