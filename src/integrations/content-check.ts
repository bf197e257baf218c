/**
 * Runs the content check (every file, every rule) before Astro loads a single entry, so
 * `astro dev` and `astro sync` stop on the same list of problems as `npm run build`, which runs
 * the check itself beside Astro (and sets PROCESSBOOK_CONTENT_CHECKED so it runs once).
 * The index read here is the one the plugins and pages use for the rest of the build; in the dev
 * server a changed content file drops it, so the next page or plugin reads the content again.
 */
import type { AstroIntegration } from 'astro';
import { contentBuildError } from '../content-source/build-error.ts';
import { checkContentFolder } from '../content-source/content-gate.ts';
import { getContentIndex, invalidateContentIndex, isContentFile } from '../content-source/content-source.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'processbook:content-check',
		hooks: {
			'astro:config:setup': ({ logger, command }) => {
				const started = performance.now();
				// A restarted dev server (config edited) reads the content again; a build keeps the index
				// `npm run build` built while checking, in this same process.
				if (command === 'dev') invalidateContentIndex();
				// `npm run build` checks on its own thread and reports the outcome itself.
				if (process.env.PROCESSBOOK_CONTENT_CHECKED === '1') return;
				const { problems } = checkContentFolder();
				if (problems.length > 0)
					throw contentBuildError('The content has problems:', problems, 'Each line names the file and the field or line to fix.');
				const index = getContentIndex();
				const ms = Math.round(performance.now() - started);
				logger.info(`${index.standards.size} standard(s), ${index.terms.size} glossary term(s) checked and indexed in ${ms} ms`);
			},
			'astro:server:setup': ({ server }) => {
				server.watcher.on('all', (_event, path) => {
					if (isContentFile(path)) invalidateContentIndex();
				});
			},
		},
	};
}
