/**
 * `npm run build`: the one build of the static site. When Astro fails (bad content, a broken
 * reference), the output folder is removed so a half-built site never looks valid.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`\nBuild failed: ${outDir}/ was removed so no partial site is left behind. Fix the problem named above and build again.`);
	process.exit(result.status ?? 1);
}
