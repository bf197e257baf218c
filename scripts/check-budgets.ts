/**
 * Page-weight budgets, checked on the built site (`dist/`) by `npm test`:
 * - CSS per page (linked stylesheets plus inline styles), gzip: at most 12 kB.
 * - Reading pages (standard, handbook, case, glossary) load no external script; their inline
 *   script (the theme switch) stays under 1 kB. Pages with interactive parts may load the
 *   modules those parts need, up to 20 kB gzip.
 * Prints every page's figures and exits non-zero when any page is over budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';
const KB = 1024;
export const BUDGETS = { cssGzip: 12 * KB, inlineScript: 1 * KB, interactiveJsGzip: 20 * KB };
const READING = /^(en\/)?(standards\/[^/]+|handbooks\/[^/]+|cases\/[^/]+|glossary)\/index\.html$/;

const gz = (text: string | Buffer) => gzipSync(text).byteLength;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const assetCache = new Map<string, Buffer>();
const asset = (href: string) => {
	if (!assetCache.has(href)) assetCache.set(href, readFileSync(join(DIST, href.replace(/^\//, ''))));
	return assetCache.get(href)!;
};

const rows: { page: string; css: number; inlineJs: number; externalJs: number; problems: string[] }[] = [];
for (const file of htmlFiles(DIST)) {
	const page = relative(DIST, file).split('\\').join('/');
	const html = readFileSync(file, 'utf8');
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
	const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(m[1]!).toString());
	const css = gz(styles.join('') + links.join(''));
	const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0);
	const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
	const externalJs = scripts.reduce((sum, src) => sum + gz(asset(src)), 0);
	const problems: string[] = [];
	if (css > BUDGETS.cssGzip) problems.push(`CSS ${css} B gzip > ${BUDGETS.cssGzip} B`);
	if (inlineJs > BUDGETS.inlineScript) problems.push(`inline script ${inlineJs} B > ${BUDGETS.inlineScript} B`);
	if (READING.test(page) && scripts.length > 0) problems.push(`reading page loads ${scripts.join(', ')}`);
	if (externalJs > BUDGETS.interactiveJsGzip) problems.push(`JS ${externalJs} B gzip > ${BUDGETS.interactiveJsGzip} B`);
	rows.push({ page, css, inlineJs, externalJs, problems });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
rows.sort((a, b) => a.page.localeCompare(b.page));
console.log(`Page budgets on ${rows.length} pages (CSS ≤ ${kb(BUDGETS.cssGzip)} gzip; reading pages: no external JS, inline ≤ ${kb(BUDGETS.inlineScript)})`);
console.log(`${'page'.padEnd(52)} ${'CSS gz'.padStart(8)} ${'inline JS'.padStart(10)} ${'JS gz'.padStart(8)}`);
for (const row of rows) {
	console.log(`${row.page.padEnd(52)} ${kb(row.css).padStart(8)} ${kb(row.inlineJs).padStart(10)} ${kb(row.externalJs).padStart(8)}${row.problems.length ? `  ✗ ${row.problems.join('; ')}` : ''}`);
}
const over = rows.filter((r) => r.problems.length > 0);
if (rows.length === 0) {
	console.error(`No pages found in ${DIST}/: run npm run build first.`);
	process.exit(1);
}
if (over.length > 0) {
	console.error(`\n${over.length} page(s) over budget.`);
	process.exit(1);
}
console.log(`\nAll ${rows.length} pages within budget.`);
