/** What the footer says about this build: package version, build date, commit. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { siteConfig } from '../config.ts';

function commit(): string | undefined {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim() || undefined;
	} catch {
		return undefined;
	}
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export const buildInfo = {
	version: pkg.version,
	/** Now, or the day PROCESSBOOK_TODAY names (then at midnight UTC). */
	date: process.env.PROCESSBOOK_TODAY ? new Date(`${siteConfig.today}T00:00:00Z`) : new Date(),
	commit: commit(),
};
