/**
 * Keeps what indexing each standard file yielded (src/lib/content-index.ts `StandardFileFacts`)
 * between builds, in the build's cache folder, so a rebuild reads the clause headings of the
 * changed files only: at 1,000 standards the index took 4 s of every build. The memo is void
 * whenever the code that derives the facts could have changed (any file of src/lib/ or the lock
 * file of the dependencies), and holds only the files of the last build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeStamp } from './code-stamp.ts';
import { siteConfig } from '../config.ts';
import type { FactsMemo, StandardFileFacts } from '../lib/content-index.ts';

const FILE = join(siteConfig.cacheDir, 'processbook-content-index.v8');

interface Stored {
	stamp: string;
	facts: Map<string, StandardFileFacts>;
}

/**
 * The facts kept by the last build (none when there are none or they are void), and `save`, which
 * keeps those this build looked up or added: files no longer in the content drop out.
 */
export function loadIndexMemo(): { memo: FactsMemo; save: () => void } {
	const stamp = codeStamp(['src/lib']);
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
