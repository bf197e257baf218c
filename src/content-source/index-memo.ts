/**
 * Keeps what indexing each standard file yielded (src/lib/content-index.ts `StandardFileFacts`)
 * between builds, in the build's cache folder, so a rebuild reads the clause headings of the
 * changed files only: at 1,000 standards the index took 4 s of every build. The memo is void
 * whenever the code that derives the facts could have changed (any file of src/lib/ or the lock
 * file of the dependencies), and holds only the files of the last build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { siteConfig } from '../config.ts';
import type { FactsMemo, StandardFileFacts } from '../lib/content-index.ts';

const FILE = join(siteConfig.cacheDir, 'processbook-content-index.v8');

/** A digest of the code the facts come from: src/lib/ and the dependency lock. */
function codeStamp(): string {
	const hash = createHash('sha256');
	const lib = join(process.cwd(), 'src/lib');
	for (const name of readdirSync(lib, { recursive: true, encoding: 'utf8' }).sort()) {
		if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(lib, name)));
	}
	try {
		hash.update(readFileSync(join(process.cwd(), 'package-lock.json')));
	} catch {
		// No lock file: the sources alone.
	}
	return hash.digest('base64url');
}

interface Stored {
	stamp: string;
	facts: Map<string, StandardFileFacts>;
}

/**
 * The facts kept by the last build (none when there are none or they are void), and `save`, which
 * keeps those this build looked up or added: files no longer in the content drop out.
 */
export function loadIndexMemo(): { memo: FactsMemo; save: () => void } {
	const stamp = codeStamp();
	let kept = new Map<string, StandardFileFacts>();
	try {
		const stored = deserialize(readFileSync(FILE)) as Stored;
		if (stored.stamp === stamp && stored.facts instanceof Map) kept = stored.facts;
	} catch {
		// None yet, or unreadable: index every file.
	}
	const used = new Map<string, StandardFileFacts>();
	const memo: FactsMemo = {
		get(key) {
			const facts = kept.get(key);
			if (facts) used.set(key, facts);
			return facts;
		},
		set: (key, facts) => used.set(key, facts),
	};
	const save = () => {
		try {
			mkdirSync(dirname(FILE), { recursive: true });
			writeFileSync(FILE, serialize({ stamp, facts: used } satisfies Stored));
		} catch {
			// A cache that cannot be written costs the next build time, not correctness.
		}
	};
	return { memo, save };
}
