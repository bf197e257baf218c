/**
 * `npm run check:content [-- --base <git ref>]`: every rule of the content check, without
 * building the site, so authors and CI get the full list of problems in seconds. With `--base`,
 * release integrity is checked against that branch too: its lock entries may not change or
 * disappear, its released files may not be deleted or changed beyond their lifecycle fields,
 * whatever the lock on this branch says.
 */
import { checkContentFolder, formatProblems } from '../src/content-source/content-gate.ts';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args[baseAt + 1] : undefined;
if (baseAt >= 0 && !base) {
	console.error('Usage: npm run check:content -- [--base <git ref>]');
	process.exit(2);
}
const { problems, summary } = checkContentFolder({ base });
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(summary);
