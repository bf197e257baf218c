/**
 * Site configuration. Environment variables let CI and the fixture tests point the same build
 * at another content folder or repository without editing code.
 */
import { isAbsolute, relative, resolve } from 'node:path';

const contentRoot = resolve(process.env.PROCESSBOOK_CONTENT_DIR ?? 'content');
// The content-error tests and the build benchmark build into a scratch folder, never over dist/.
const outDir = process.env.PROCESSBOOK_OUT_DIR;
const cacheDir = resolve(outDir ? `${outDir}-cache` : 'node_modules/.astro');
const fromProject = relative(process.cwd(), contentRoot).split('\\').join('/');

export const siteConfig = {
	/**
	 * Folder the content collections load from, as PROCESSBOOK_CONTENT_DIR gives it (absolute or relative
	 * to the project): project-relative when it lies in the project (messages and edit links show it so).
	 */
	contentDir: fromProject.startsWith('..') || isAbsolute(fromProject) ? contentRoot : fromProject || '.',
	/** The same folder as an absolute path, for reading files whatever the working directory. */
	contentRoot,
	/** Astro's output folder (`outDir`). */
	outDir: outDir ?? 'dist',
	/** Astro's cache folder (`cacheDir`), kept between builds: the content layer's data store lives there. */
	cacheDir,
	/**
	 * The standards' rendered HTML, one file per rendering (src/content-source/standards-loader.ts):
	 * kept out of the data store, which every page loads whole into memory.
	 */
	renderedDir: `${cacheDir}/processbook-standards`,
	/** Repository that "edit this page" links point at. */
	repository: process.env.PROCESSBOOK_REPOSITORY ?? 'https://github.com/processbook/processbook',
	/** Branch that edits are proposed against. */
	branch: process.env.PROCESSBOOK_BRANCH ?? 'main',
	/** Build draft versions of standards too (a preview for reviewers); never in the default build. */
	preview: process.env.PROCESSBOOK_PREVIEW === '1',
	/** Public origin of the deployed site, for canonical URLs. */
	origin: process.env.PROCESSBOOK_ORIGIN ?? 'https://processbook.example.com',
	/**
	 * The day the build treats as today (YYYY-MM-DD): it decides which version is in force. Tests
	 * set PROCESSBOOK_TODAY to build the site as of another day.
	 */
	today: process.env.PROCESSBOOK_TODAY ?? new Date().toISOString().slice(0, 10),
};
