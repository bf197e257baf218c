/**
 * Checks the cross-file rules of the content (content index) before Astro loads a single entry,
 * so `astro build`, `astro dev` and `astro sync` all stop on the same friendly message.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content-index.ts';
import { contentBuildError } from './build-error.ts';
import { getContentIndex } from './content-source.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'processbook:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				try {
					const index = getContentIndex();
					logger.info(`${index.standards.size} standard(s), ${index.terms.size} glossary term(s) indexed`);
				} catch (error) {
					if (error instanceof ContentError) {
						throw contentBuildError('The content has problems:', error.problems, 'Each line names the file and the field or line to fix.');
					}
					throw error;
				}
			},
		},
	};
}
