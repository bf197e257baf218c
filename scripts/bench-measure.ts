/**
 * What the build benchmarks measure of a build, the project's and stock Starlight's alike: the
 * resident memory of its whole process tree (Astro, its worker threads, Pagefind's own process),
 * from Linux /proc, and the pages it wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes resident in `root` and every process below it, now. */
export function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	let total = 0;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		try {
			const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			total += Number(rss ?? 0) * 1024;
		} catch {
			// Ended.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** HTML pages under `dir`, the search index's and the bundled assets' folders left out. */
export function countPages(dir: string): number {
	let pages = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) {
			if (entry.name !== 'pagefind' && entry.name !== '_astro') pages += countPages(join(dir, entry.name));
		} else if (entry.name.endsWith('.html')) pages += 1;
	}
	return pages;
}
