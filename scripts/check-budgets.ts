/**
 * Page-weight budgets, checked on the built site (`dist/`) by `npm test`:
 * - CSS per page (linked stylesheets plus inline styles), gzip: at most 12 kB.
 * - Classic script (the theme switch, public/theme.js, loaded blocking in <head>) under 1 kB on every
 *   page, inline or external; JSON data islands are not script; module scripts count with the page's JS.
 * - Reading pages (standard, handbook, case, glossary) load only what their interactive parts need
 *   at load (the read receipt on a standard): at most 12.5 kB gzip including every imported chunk
 *   (most of it the zod/mini chunk that every learner-data reader shares, with the storage layer
 *   that never destroys data: checked writes, set-aside copies, merges; 11.1 kB when it was added;
 *   12 kB until the one string helper of every element, with its plural rules, added 0.47 kB).
 *   Other pages with interactive parts (checklists, version comparison) at most 20 kB gzip.
 * Prints every page's figures and exits non-zero when any page is over budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';
const KB = 1024;
export const BUDGETS = { cssGzip: 12 * KB, inlineScript: 1 * KB, readingJsGzip: 12.5 * KB, interactiveJsGzip: 20 * KB };
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

/** A module and every chunk it imports statically, each counted once. */
function moduleGraph(src: string, seen = new Set<string>()): Set<string> {
	if (seen.has(src)) return seen;
	seen.add(src);
	const code = asset(src).toString();
	for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		moduleGraph(new URL(match[1]!, `http://x${src}`).pathname, seen);
	}
	return seen;
}

const isModule = (attrs: string) => /type="module"/.test(attrs);

const rows: { page: string; css: number; inlineJs: number; externalJs: number; problems: string[] }[] = [];
for (const file of htmlFiles(DIST)) {
	const page = relative(DIST, file).split('\\').join('/');
	const html = readFileSync(file, 'utf8');
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
	const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(m[1]!).toString());
	const css = gz(styles.join('') + links.join(''));
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)([^>]*)>([\s\S]*?)<\/script>/g)];
	const inlineModules = inline.filter((m) => isModule(m[1] ?? '')).map((m) => m[2] ?? '');
	const external = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"/g)];
	const scripts = external.filter((m) => isModule(m[1] ?? '')).map((m) => m[2]!);
	const classicJs = external.filter((m) => !isModule(m[1] ?? '')).reduce((sum, m) => sum + asset(m[2]!).byteLength, 0);
	const inlineJs = inline.filter((m) => !isModule(m[1] ?? '')).reduce((sum, m) => sum + Buffer.byteLength(m[2] ?? ''), 0) + classicJs;
	const modules = new Set<string>();
	for (const src of scripts) moduleGraph(src, modules);
	for (const code of inlineModules) {
		for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\/[^"']+\.js)["']/g))
			moduleGraph(match[1]!, modules);
	}
	const externalJs = [...modules].reduce((sum, src) => sum + gz(asset(src)), 0) + inlineModules.reduce((sum, code) => sum + gz(code), 0);
	const problems: string[] = [];
	if (css > BUDGETS.cssGzip) problems.push(`CSS ${css} B gzip > ${BUDGETS.cssGzip} B`);
	if (inlineJs > BUDGETS.inlineScript) problems.push(`classic script ${inlineJs} B > ${BUDGETS.inlineScript} B`);
	const jsBudget = READING.test(page) ? BUDGETS.readingJsGzip : BUDGETS.interactiveJsGzip;
	if (externalJs > jsBudget) problems.push(`JS ${externalJs} B gzip > ${jsBudget} B (${[...modules].join(', ')})`);
	rows.push({ page, css, inlineJs, externalJs, problems });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
rows.sort((a, b) => a.page.localeCompare(b.page));
console.log(
	`Page budgets on ${rows.length} pages: CSS ≤ ${kb(BUDGETS.cssGzip)} gzip; classic JS ≤ ${kb(BUDGETS.inlineScript)}; JS with imports ≤ ${kb(BUDGETS.readingJsGzip)} gzip on reading pages, ≤ ${kb(BUDGETS.interactiveJsGzip)} elsewhere`,
);
console.log(`${'page'.padEnd(52)} ${'CSS gz'.padStart(8)} ${'classic JS'.padStart(10)} ${'JS gz'.padStart(8)}`);
for (const row of rows) {
	console.log(
		`${row.page.padEnd(52)} ${kb(row.css).padStart(8)} ${kb(row.inlineJs).padStart(10)} ${kb(row.externalJs).padStart(8)}${row.problems.length ? `  ✗ ${row.problems.join('; ')}` : ''}`,
	);
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
