/**
 * `npm run new:version -- <id> <major|minor|patch>`: copies the newest version of a standard to
 * the next version number as a draft, so the pull request's diff shows only the real changes.
 * The copy's `changes` list is emptied for the author to fill in, its `effective` date is today and
 * its `reviewBy` is as far after that as the previous version's was after its own effective date
 * (a year when that cannot be read), so a new version never inherits a stale review date.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../src/config.ts';
import { nextReviewBy } from '../src/lib/release-rules.ts';
import { compareVersions, parseVersion } from '../src/lib/versions.ts';

const [id, bump] = process.argv.slice(2);
if (!id || !bump || !['major', 'minor', 'patch'].includes(bump)) {
	console.error('Usage: npm run new:version -- <id> <major|minor|patch>');
	process.exit(1);
}
const folder = join(siteConfig.contentDir, 'standards', id);
if (!existsSync(folder)) {
	console.error(`No standard "${id}" in ${join(siteConfig.contentDir, 'standards')}. To start one, run: npm run new:standard -- ${id}`);
	process.exit(1);
}
const versions = readdirSync(folder)
	.filter((name) => /^\d+\.\d+\.\d+\.mdx$/.test(name))
	.map((name) => name.replace(/\.mdx$/, ''))
	.sort(compareVersions);
const newest = versions.at(-1);
if (!newest) {
	console.error(`${folder} holds no version file.`);
	process.exit(1);
}
const [major, minor, patch] = parseVersion(newest);
const next = bump === 'major' ? `${major + 1}.0.0` : bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
const source = readFileSync(join(folder, `${newest}.mdx`), 'utf8');
const today = siteConfig.today;
const field = (name: string) => new RegExp(`^${name}:\\s*["']?(\\d{4}-\\d{2}-\\d{2})`, 'm').exec(source)?.[1];
const copy = source
	.replace(/^version: .*$/m, `version: ${next}`)
	.replace(/^status: .*$/m, 'status: draft')
	.replace(/^effective: .*$/m, `effective: ${today}`)
	.replace(/^reviewBy: .*$/m, `reviewBy: ${nextReviewBy(field('effective'), field('reviewBy'), today)}`)
	.replace(/^changes:\n(?:\s+- .*\n)+/m, 'changes:\n  - 说明本版本改了什么、为什么改。\n');
const target = join(folder, `${next}.mdx`);
if (existsSync(target)) {
	console.error(`${target} already exists.`);
	process.exit(1);
}
writeFileSync(target, copy);
console.log(
	`Created ${target} from ${newest} as a draft. Edit it, name every clause added, removed or moved in "changes", run npm run check:content (it checks the release rules), then set status: active, mark ${newest} superseded and run npm run lock:standards.`,
);
