/** The search index moves between staging, cache and output as hard links, or as copies where links fail. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/build-cache/link-tree.ts';
import { writeShardList } from '../../src/search/search-index.ts';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'link-tree-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, text = path): string {
	const absolute = join(root, path);
	mkdirSync(dirname(absolute), { recursive: true });
	writeFileSync(absolute, text);
	return absolute;
}

describe('linkTree', () => {
	it('recreates every file and folder of the tree, each file a link to the same contents', () => {
		file('from/pagefind-entry.json', '{}');
		file('from/fragment/und_1.pf_fragment');
		file('from/index/und_2.pf_index');
		mkdirSync(join(root, 'from', 'filter'));
		linkTree(join(root, 'from'), join(root, 'to'));
		for (const path of ['pagefind-entry.json', 'fragment/und_1.pf_fragment', 'index/und_2.pf_index']) {
			expect(readFileSync(join(root, 'to', path), 'utf8')).toBe(readFileSync(join(root, 'from', path), 'utf8'));
			expect(statSync(join(root, 'to', path)).ino).toBe(statSync(join(root, 'from', path)).ino);
		}
		expect(statSync(join(root, 'to', 'filter')).isDirectory()).toBe(true);
	});

	it('leaves out what the filter refuses, folders with all they hold', () => {
		file('from/pagefind.js');
		file('from/shard-2/pagefind.js');
		file('from/fragment/und_1.pf_fragment');
		linkTree(join(root, 'from'), join(root, 'to'), { filter: (path) => !/^shard-\d+/.test(path) });
		expect(existsSync(join(root, 'to', 'pagefind.js'))).toBe(true);
		expect(existsSync(join(root, 'to', 'fragment', 'und_1.pf_fragment'))).toBe(true);
		expect(existsSync(join(root, 'to', 'shard-2'))).toBe(false);
	});

	it('copies a file it cannot link (another file system), with the same contents and its own inode', () => {
		const source = file('from/fragment/und_1.pf_fragment', '片段');
		linkTree(join(root, 'from'), join(root, 'to'), {
			link: () => {
				throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
			},
		});
		const copy = join(root, 'to', 'fragment', 'und_1.pf_fragment');
		expect(readFileSync(copy, 'utf8')).toBe('片段');
		expect(statSync(copy).ino).not.toBe(statSync(source).ino);
	});

	it('replaces a file already at the target instead of writing through it into the file it is linked to', () => {
		const kept = file('cache/pagefind-entry.json', 'last build');
		linkTree(join(root, 'cache'), join(root, 'staging'));
		file('next/pagefind-entry.json', 'this build');
		linkTree(join(root, 'next'), join(root, 'staging'));
		expect(readFileSync(join(root, 'staging', 'pagefind-entry.json'), 'utf8')).toBe('this build');
		expect(readFileSync(kept, 'utf8')).toBe('last build');
	});
});

describe('writeShardList', () => {
	it('writes a new shard list without changing the linked copy of the last one', () => {
		file('cache/shards.json', '["/pagefind/shard-2/"]');
		linkTree(join(root, 'cache'), join(root, 'staging'));
		writeShardList(join(root, 'staging'), [
			{ dir: '', pages: {} },
			{ dir: 'shard-2', pages: {} },
			{ dir: 'shard-3', pages: {} },
		]);
		expect(JSON.parse(readFileSync(join(root, 'staging', 'shards.json'), 'utf8'))).toEqual(['/pagefind/shard-2/', '/pagefind/shard-3/']);
		expect(JSON.parse(readFileSync(join(root, 'cache', 'shards.json'), 'utf8'))).toEqual(['/pagefind/shard-2/']);
	});
});
