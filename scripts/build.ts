/**
 * `npm run build`: the one build of the static site. The content check runs first, in this
 * process, so broken content is reported as a clean list (every problem at once, no stack trace,
 * no Astro preamble) and Astro never starts. When the check or Astro fails (a broken reference
 * found while rendering), the output folder is removed so a half-built site never looks valid.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { checkContentFolder, formatProblems } from '../src/content-source/content-gate.ts';

const outDir = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';

function fail(status: number): never {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`\nBuild failed: ${outDir}/ was removed so no partial site is left behind. Fix the problem named above and build again.`);
	process.exit(status);
}

const { problems, summary } = checkContentFolder();
if (problems.length > 0) {
	console.error(formatProblems(problems));
	fail(1);
}
console.log(summary);
// The Astro integration need not run the same check again in this build.
const env = { ...process.env, PROCESSBOOK_CONTENT_CHECKED: '1' };
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (result.status !== 0) fail(result.status ?? 1);
