/**
 * Runs the content check (every file, every rule) before Astro loads a single entry, so
 * `astro dev` and `astro sync` stop on the same list of problems as `npm run build`, which runs
 * the check itself before starting Astro (and sets PROCESSBOOK_CONTENT_CHECKED so it runs once).
 */
import type { AstroIntegration } from 'astro';
import { contentBuildError } from './build-error.ts';
import { checkContentFolder } from './content-gate.ts';
import { getContentIndex } from './content-source.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'processbook:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				if (process.env.PROCESSBOOK_CONTENT_CHECKED !== '1') {
					const { problems } = checkContentFolder();
					if (problems.length > 0) throw contentBuildError('The content has problems:', problems, 'Each line names the file and the field or line to fix.');
				}
				const index = getContentIndex();
				logger.info(`${index.standards.size} standard(s), ${index.terms.size} glossary term(s) indexed`);
			},
		},
	};
}
