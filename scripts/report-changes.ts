/**
 * `npm run report:changes -- [base] [--out FILE]`: what this branch changes in the content, as
 * Markdown on stdout and in FILE (default `change-report.md`). The base defaults to the merge base
 * with `origin/main`, else with `main`. The branch side is the working tree, so uncommitted edits
 * count. Exit status 1 when the report lists an error; warnings alone exit 0. CI posts the file
 * as the pull request's comment (scripts/post-report-comment.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { siteConfig } from '../src/config.ts';
import { changeReport, type Files, type Problem } from '../src/lib/change-report.ts';
import { renderChangeReport } from '../src/lib/change-report-markdown.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : 'change-report.md';
const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out');
const contentDir = siteConfig.contentDir.replace(/\/+$/, '');
// The report compares two commits of this repository: a content folder outside it has no history here.
if (contentDir.startsWith('..') || isAbsolute(contentDir)) {
	console.error(
		`report:changes: the content folder ${contentDir} lies outside this repository, so no commit holds it. Hint: unset PROCESSBOOK_CONTENT_DIR or point it inside the repository`,
	);
	process.exit(2);
}

function git(...gitArgs: string[]): string {
	return execFileSync('git', gitArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function tryGit(...gitArgs: string[]): string | undefined {
	try {
		return git(...gitArgs).trim();
	} catch {
		return undefined;
	}
}

/**
 * The commit to compare with: the one named, else the merge base with origin/main, else with main.
 * (When that is HEAD itself and nothing is uncommitted, the caller steps back to HEAD's parent.)
 */
function resolveBase(): { rev: string; name: string } {
	const given = positional[0];
	if (given) {
		const rev = tryGit('rev-parse', '--verify', '--quiet', `${given}^{commit}`);
		if (!rev) fail(`report:changes: base "${given}" is not a commit, branch or tag of this repository`);
		return { rev, name: given };
	}
	for (const candidate of ['origin/main', 'main']) {
		const rev = tryGit('merge-base', 'HEAD', candidate);
		if (rev) return { rev, name: `merge base with ${candidate} (${rev.slice(0, 8)})` };
	}
	return fail('report:changes: found neither origin/main nor main to compare with; name the base: npm run report:changes -- <base>');
}

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

/** The content files of a commit, read in one `git cat-file --batch` run. */
function filesAt(rev: string): Map<string, string> {
	const names = git('ls-tree', '-r', '-z', '--name-only', rev, '--', `${contentDir}/`).split('\0').filter(Boolean);
	if (names.length === 0) return new Map();
	const raw = execFileSync('git', ['cat-file', '--batch'], {
		input: names.map((n) => `${rev}:${n}`).join('\n') + '\n',
		maxBuffer: 256 * 1024 * 1024,
	});
	const files = new Map<string, string>();
	let at = 0;
	for (const name of names) {
		const headerEnd = raw.indexOf(10, at);
		const size = Number(raw.subarray(at, headerEnd).toString('utf8').split(' ')[2]);
		files.set(name, raw.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
		at = headerEnd + 1 + size + 1;
	}
	return files;
}

function workingTreeFiles(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	if (!existsSync(dir)) return files;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(process.cwd(), path).split('\\').join('/'), readFileSync(path, 'utf8'));
	}
	return files;
}

/** Runs ../shared/tools/seed-overlap on the added and changed files only, where the tool exists. */
function seedOverlap(base: Files, head: Files, problems: Problem[]): string {
	const tool = join(process.cwd(), '..', 'shared', 'tools', 'seed-overlap');
	if (!existsSync(tool)) return 'Not run: ../shared/tools/seed-overlap is not present on this machine (it is not in hosted CI).';
	const changed = [...head].filter(([file, text]) => base.get(file) !== text);
	if (changed.length === 0) return 'No content file added or changed.';
	const dir = mkdtempSync(join(tmpdir(), 'seed-overlap-'));
	try {
		for (const [file, text] of changed) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
		}
		const run = spawnSync(tool, [join(dir, contentDir)], { encoding: 'utf8' });
		const hits = run.stdout.split('\n').filter((line) => line.startsWith(dir));
		for (const hit of hits) problems.push({ level: 'error', section: 'seed-overlap', message: hit.slice(dir.length + 1) });
		if (run.status !== 0 && hits.length === 0) return `The tool failed: ${run.stderr.trim() || `exit status ${run.status}`}`;
		return `Ran ../shared/tools/seed-overlap on the ${changed.length} added or changed file(s): ${hits.length === 0 ? 'no verbatim run from the sources' : `${hits.length} verbatim run(s) from the sources; restate them in your own words`}.`;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const sameFiles = (a: Files, b: Files) => a.size === b.size && [...a].every(([file, text]) => b.get(file) === text);

let base = resolveBase();
let baseFiles = filesAt(base.rev);
const headFiles = workingTreeFiles(join(process.cwd(), contentDir));
// On main itself (or a branch with nothing new) with a clean tree there is nothing to compare:
// report what the last commit changed instead, e.g. a pull request applied as one commit on main.
const parent = tryGit('rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}');
if (!positional[0] && base.rev === tryGit('rev-parse', 'HEAD') && parent && sameFiles(baseFiles, headFiles)) {
	base = {
		rev: parent,
		name: `HEAD~1 (${parent.slice(0, 8)}): HEAD is its own merge base and the tree is clean, so this is the last commit`,
	};
	baseFiles = filesAt(parent);
}
const report = changeReport(baseFiles, headFiles, { contentDir });
const seedNote = seedOverlap(baseFiles, headFiles, report.problems);
const head = tryGit('rev-parse', '--abbrev-ref', 'HEAD') ?? 'HEAD';
const markdown = renderChangeReport(report, { base: base.name, head: `${head} (working tree)`, seedOverlap: seedNote });
process.stdout.write(markdown);
if (out) writeFileSync(out, markdown);
const errors = report.problems.filter((p) => p.level === 'error').length;
if (errors > 0) {
	console.error(`\nreport:changes: ${errors} error(s); see the report above${out ? ` (also in ${out})` : ''}.`);
	process.exit(1);
}
