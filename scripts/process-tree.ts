/**
 * Resident memory of a process and all its descendants (Linux /proc), for the build benchmarks: a
 * build's peak is that of the whole tree (Astro, its worker threads, Pagefind's own process).
 */
import { readdirSync, readFileSync } from 'node:fs';

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
