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
 * Writes a page per record under `siteDir` and returns their paths. Throws on a record it must not
 * write: outside the site, or over `built`, the files this build's routes wrote. A file an earlier
 * build left there is replaced (the output folder is kept between builds), or left as it is when it
 * already holds this redirect: at 10,000 standards, rewriting 38,000 unchanged files took 10 s.
 */
export function writeRedirectPages(siteDir: string, records: readonly RedirectRecord[], built: ReadonlySet<string> = new Set()): string[] {
	const root = resolve(siteDir);
	return records.map((record) => {
		const file = resolve(root, outputFile(record.from));
		if (!record.from.startsWith('/') || !file.startsWith(root + sep))
			throw new Error(`Redirect from "${record.from}": expected a path inside the site, like /standards/<id>/<version>/`);
		if (built.has(file)) throw new Error(`Redirect from "${record.from}": a page is already built there (${file})`);
		const page = redirectPage(record);
		if (!existsSync(file) || readFileSync(file, 'utf8') !== page) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, page);
		}
		return file;
	});
}

/** `written` receives the redirect pages of this build (staleOutput() keeps them). */
export function redirectPages(options: { written?: Set<string> } = {}): AstroIntegration {
	return {
		name: 'processbook:redirects',
		hooks: {
			'astro:build:start': () => options.written?.clear(),
			'astro:build:done': ({ dir, assets, logger }) => {
				const siteDir = fileURLToPath(dir);
				const handOver = join(siteDir, REDIRECTS_FILE);
				if (!existsSync(handOver))
					throw new AstroError(`${REDIRECTS_FILE} is missing from the output`, 'src/pages/redirects.json.ts should have written it.');
				const records = JSON.parse(readFileSync(handOver, 'utf8')) as RedirectRecord[];
				rmSync(handOver);
				try {
					const files = writeRedirectPages(siteDir, records, routeOutputs(assets));
					for (const file of files) options.written?.add(file);
					logger.info(`${files.length} redirect page(s) written`);
				} catch (error) {
					throw new AstroError((error as Error).message, 'The redirects come from src/data/redirects.ts.');
				}
			},
		},
	};
}
