/**
 * A digest of the code a build cache was made by: what the build keeps between builds (the content
 * index memo, the search index shards) is void as soon as any of that code, or any dependency
 * (the npm lock file), could have changed, so a cache can make a build faster but never different.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `paths` are files or folders (their `.ts` files, recursively), relative to the project. */
export function codeStamp(paths: readonly string[], extra = ''): string {
	const hash = createHash('sha256').update(extra);
	for (const path of paths) {
		const absolute = join(process.cwd(), path);
		const files = statSync(absolute).isDirectory()
			? readdirSync(absolute, { recursive: true, encoding: 'utf8' })
					.filter((name) => name.endsWith('.ts'))
					.sort()
					.map((name) => join(absolute, name))
			: [absolute];
		for (const file of files) hash.update(file).update('\0').update(readFileSync(file));
	}
	try {
		hash.update(readFileSync(join(process.cwd(), 'package-lock.json')));
	} catch {
		// No lock file: the sources alone.
	}
	return hash.digest('base64url');
}
