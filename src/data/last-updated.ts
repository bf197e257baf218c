/**
 * Last-updated dates from git history, read with one `git log` for the whole content folder
 * rather than one process per page. Falls back to the file's modification time outside a
 * git checkout (a tarball, a shallow CI clone that lacks the file's commit).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { siteConfig } from '../config.ts';

let dates: Map<string, Date> | undefined;

function readGitDates(): Map<string, Date> {
	const map = new Map<string, Date>();
	try {
		const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', siteConfig.contentDir], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		let current: Date | undefined;
		for (const line of log.split('\n')) {
			if (line.startsWith('@')) current = new Date(line.slice(1));
			else if (line && current && !map.has(line)) map.set(line, current);
		}
	} catch {
		// Not a git checkout: every file falls back to its mtime.
	}
	return map;
}

/** `path` is project-relative, e.g. `content/checklists/x.mdx`. */
export function lastUpdated(path: string): Date {
	dates ??= readGitDates();
	return dates.get(path) ?? statSync(path).mtime;
}
