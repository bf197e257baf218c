/**
 * Runs the content check on the configured content folder (and, with a base git ref, release
 * integrity against that branch) and formats the problems for a terminal: one line each, no
 * stack trace. Shared by `npm run check:content`, scripts/build.ts and the Astro integration.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { siteConfig } from '../config.ts';
import type { SourceFile } from '../lib/content-index.ts';
import { checkAgainstBase, LOCK_FILE, lockKey, type VersionLock } from '../lib/version-lock.ts';
import { checkAndIndexContent, indexUnchecked, readContentFolder } from './content-check.ts';
import type { ContentIndex } from '../lib/content-index.ts';
import { contentRoot, projectPath, useContentIndex } from './content-source.ts';
import { loadIndexMemo } from '../build-cache/content-index-memo.ts';

function git(args: string[]): string {
	return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** Standard files and the lock as they are on `base` (empty when the folder is not in that commit). */
function readBase(base: string, root: string): { lock: VersionLock; files: SourceFile[] } {
	git(['rev-parse', '--verify', `${base}^{commit}`]);
	if (root.startsWith('..') || isAbsolute(root))
		throw new Error(`the content folder ${root} lies outside this repository, so it has no version on another branch`);
	const names = git(['ls-tree', '-r', '--name-only', base, '--', `${root}/standards`])
		.split('\n')
		.filter((n) => /\.mdx?$/.test(n));
	const prefix = git(['rev-parse', '--show-prefix']).trim();
	const relative = (name: string) => (prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name);
	const files = names.map((name) => ({ path: relative(name), text: git(['show', `${base}:${name}`]) }));
	let lock: VersionLock;
	try {
		lock = JSON.parse(git(['show', `${base}:./${root}/${LOCK_FILE}`])) as VersionLock;
	} catch {
		lock = {}; // no lock on the base yet: nothing released there
	}
	return { lock, files };
}

export interface CheckOptions {
	/** A git ref: also check release integrity against that branch. */
	base?: string | undefined;
	/**
	 * Called with the index of the folder (`indexUnchecked`) as soon as it is built, before the
	 * checks run; the build starts Astro on it meanwhile. Without problems it is the index the check
	 * would return.
	 */
	onIndex?: ((index: ContentIndex) => void) | undefined;
	/** Adopt the checked index as this process's content index (false in the build's check thread). */
	adopt?: boolean | undefined;
}

export function checkContentFolder(options: CheckOptions = {}): { problems: string[]; summary: string } {
	const absolute = contentRoot();
	const root = projectPath(absolute);
	if (!existsSync(absolute))
		return { problems: [`${root}: no content folder; expected ${root}/ with standards/, handbooks/ …`], summary: '' };
	const files = readContentFolder(absolute);
	let unchecked;
	if (options.onIndex) {
		// The build: the facts of unchanged standard files come from the last build.
		const { memo, save } = loadIndexMemo();
		unchecked = indexUnchecked({ root, files, today: siteConfig.today, memo });
		options.onIndex(unchecked.index);
		save();
	}
	let settled: Set<string> | undefined;
	const problems: string[] = [];
	if (options.base) {
		try {
			const base = readBase(options.base, root);
			settled = new Set(Object.keys(base.lock));
			const decoder = new TextDecoder();
			const current = files
				.filter((f) => lockKey(f.relative) && f.relative.startsWith('standards/'))
				.map((f) => ({ path: `${root}/${f.relative}`, text: decoder.decode(f.bytes) }));
			const lockFile = files.find((f) => f.relative === LOCK_FILE);
			let lock: VersionLock = {};
			try {
				lock = lockFile ? (JSON.parse(decoder.decode(lockFile.bytes)) as VersionLock) : {};
			} catch {
				// Reported by the content check.
			}
			problems.push(
				...checkAgainstBase({ lockPath: `${root}/${LOCK_FILE}`, baseLock: base.lock, lock, baseFiles: base.files, files: current }),
			);
		} catch (error) {
			const reason = (error as Error).message.split('\n')[0];
			problems.push(
				reason?.startsWith('the content folder')
					? `--base ${options.base}: ${reason}; expected PROCESSBOOK_CONTENT_DIR inside the repository`
					: `--base ${options.base}: cannot read that git ref (${reason}); expected a branch, tag or commit of this repository`,
			);
		}
	}
	const checked = checkAndIndexContent({ root, files, today: siteConfig.today, settled, unchecked });
	problems.unshift(...checked.problems);
	// Sound content: the index the check built is the build's index (no second read and parse).
	if (problems.length === 0 && options.adopt !== false) useContentIndex(checked.index, absolute);
	const summary = `Content check: ${files.length} file(s) in ${root}/ checked${options.base ? ` (release integrity against ${options.base})` : ''}, no problems.`;
	return { problems, summary };
}

export function formatProblems(problems: readonly string[]): string {
	const noun = new Intl.PluralRules('en').select(problems.length) === 'one' ? 'problem' : 'problems';
	return `The content has ${problems.length} ${noun}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nEach line names the file (and line or field) and what was expected.`;
}
