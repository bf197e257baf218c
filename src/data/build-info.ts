/** What the footer says about this build: package version, build date, commit. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
	date: new Date(),
	commit: commit(),
};
