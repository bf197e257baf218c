/**
 * `npm run build`: the one build of the static site. The content check runs first, in this
 * process, so broken content is reported as a clean list (every problem at once, no stack trace,
 * no Astro preamble) and Astro never starts. Astro then builds in this same process, so the content
 * index the check built is the one the build uses (read and parsed once: at 10,000 standards a second
 * pass cost most of a minute). When the check or Astro fails (a broken reference found while
 * rendering), the output folder is removed so a half-built site never looks valid.
 */
import { rmSync } from 'node:fs';
import { build } from 'astro';
import { siteConfig } from '../src/config.ts';
import { checkContentFolder, formatProblems } from '../src/content-source/content-gate.ts';

const { outDir } = siteConfig;

function fail(status: number): never {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`\nBuild failed: ${outDir}/ was removed so no partial site is left behind. Fix the problem named above and build again.`);
	process.exit(status);
}

const started = performance.now();
const { problems, summary } = checkContentFolder();
if (problems.length > 0) {
	console.error(formatProblems(problems));
	fail(1);
}
console.log(`${summary} (${Math.round(performance.now() - started)} ms)`);
// The Astro integration need not run the same check again in this build.
process.env.PROCESSBOOK_CONTENT_CHECKED = '1';
try {
	await build({});
} catch (error) {
	// Astro has usually logged it with its stack already; the message alone says what stopped the build.
	console.error(`\nastro build: ${error instanceof Error ? error.message : String(error)}`);
	fail(1);
}
