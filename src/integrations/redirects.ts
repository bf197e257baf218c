/**
 * Writes the redirect pages after the build (`astro:build:done`) from the records
 * `src/pages/redirects.json.ts` handed over: plain files, so a URL that only leads elsewhere costs a
 * file write instead of a page render. A record that would write outside the output folder or over
 * a page Astro built stops the build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { outputFile } from '../lib/output-file.ts';
import { redirectPage, type RedirectRecord } from '../lib/redirect-page.ts';
import { routeOutputs } from './stale-output.ts';

export const REDIRECTS_FILE = 'redirects.json';

/**
 * Writes a page per record under `siteDir`; returns how many. Throws on a record it must not write:
 * outside the site, or over `built`, the files this build's routes wrote (a file an earlier build
 * left there is replaced: the output folder is kept between builds).
 */
export function writeRedirectPages(siteDir: string, records: readonly RedirectRecord[], built: ReadonlySet<string> = new Set()): number {
	const root = resolve(siteDir);
	for (const record of records) {
		const file = resolve(root, outputFile(record.from));
		if (!record.from.startsWith('/') || !file.startsWith(root + sep))
			throw new Error(`Redirect from "${record.from}": expected a path inside the site, like /standards/<id>/<version>/`);
		if (built.has(file)) throw new Error(`Redirect from "${record.from}": a page is already built there (${file})`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, redirectPage(record));
	}
	return records.length;
}

export function redirectPages(): AstroIntegration {
	return {
		name: 'processbook:redirects',
		hooks: {
			'astro:build:done': ({ dir, assets, logger }) => {
				const siteDir = fileURLToPath(dir);
				const handOver = join(siteDir, REDIRECTS_FILE);
				if (!existsSync(handOver))
					throw new AstroError(`${REDIRECTS_FILE} is missing from the output`, 'src/pages/redirects.json.ts should have written it.');
				const records = JSON.parse(readFileSync(handOver, 'utf8')) as RedirectRecord[];
				rmSync(handOver);
				try {
					logger.info(`${writeRedirectPages(siteDir, records, routeOutputs(assets))} redirect page(s) written`);
				} catch (error) {
					throw new AstroError((error as Error).message, 'The redirects come from src/data/redirects.ts.');
				}
			},
		},
	};
}
