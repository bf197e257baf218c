/**
 * `npm run lock:standards`: records the hash of every released standard version in
 * content/standards.lock.json. Run it when a version is released (its status leaves draft);
 * never to silence an "edited in place" error, which means a released text was changed.
 * `--check` only reports differences (the build runs the same check).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { checkLock, computeLock, isReleased, type VersionLock } from '../src/lib/version-lock.ts';
import { lockPath, projectPath, standardSources } from '../src/content-source/content-source.ts';

const files = standardSources().map((file) => ({ ...file, released: isReleased(file.text) }));
const path = lockPath();
const current: VersionLock = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as VersionLock) : {};

if (process.argv.includes('--check')) {
	const problems = checkLock(files, current, projectPath(path));
	for (const problem of problems) console.error(`- ${problem}`);
	console.log(problems.length ? `${problems.length} problem(s).` : `All ${Object.keys(current).length} released versions match the lock.`);
	process.exit(problems.length ? 1 : 0);
}

// Released versions already in the lock keep their recorded hash: re-locking never launders an edit.
const next = computeLock(files);
const edited = Object.keys(next).filter((key) => current[key] !== undefined && current[key] !== next[key]);
if (edited.length > 0) {
	console.error(
		`Refusing to update the lock: released version(s) ${edited.join(', ')} were edited in place.\nUndo the edit and create a new version with npm run new:version -- <id> <major|minor|patch>.`,
	);
	process.exit(1);
}
const added = Object.keys(next).filter((key) => current[key] === undefined);
writeFileSync(path, `${JSON.stringify(next, null, '\t')}\n`);
console.log(
	added.length ? `Locked ${added.join(', ')} in ${projectPath(path)}.` : `Nothing new to lock; ${projectPath(path)} is up to date.`,
);
