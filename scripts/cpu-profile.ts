/**
 * Reads a V8 `.cpuprofile` (what `node --cpu-prof` writes) and says where the time of each phase
 * went: `npm run bench:build -- <N> --profile` prints this per build phase, so a slow phase names
 * the package and the functions that cost it instead of being guessed at.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

export interface PhaseCost {
	/** Seconds sampled in the window. */
	total: number;
	/** Self time by package (or project folder), seconds, largest first. */
	packages: [string, number][];
	/** Inclusive time of the project's own functions, seconds, largest first. */
	functions: [string, number][];
}

const shortUrl = (url: string) =>
	url
		.replace(/^file:\/\//, '')
		.replace(/.*node_modules\//, '')
		.replace(`${process.cwd()}/`, '');

function packageOf(frame: ProfileNode['callFrame']): string {
	const { url, functionName } = frame;
	const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (dependency) return dependency[1]!;
	if (url.includes('/.prerender/')) return 'pages (bundled)';
	if (url.startsWith('node:')) return 'node internals';
	if (!url) return functionName || '(native)';
	return shortUrl(url).split('/').slice(0, 2).join('/');
}

const frameName = (frame: ProfileNode['callFrame']) =>
	`${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;

/** Costs of the samples taken between `from` and `to` seconds after the profile started. */
export function phaseCost(profile: CpuProfile, from: number, to: number, top = 8): PhaseCost {
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const packages = new Map<string, number>();
	const functions = new Map<string, number>();
	let total = 0;
	let time = profile.startTime;
	profile.samples.forEach((sample, i) => {
		time += profile.timeDeltas[i] ?? 0;
		const at = (time - profile.startTime) / 1e6;
		if (at < from || at >= to) return;
		const seconds = (profile.timeDeltas[i + 1] ?? 0) / 1e6;
		total += seconds;
		let node = nodes.get(sample);
		if (!node) return;
		const pkg = packageOf(node.callFrame);
		packages.set(pkg, (packages.get(pkg) ?? 0) + seconds);
		const seen = new Set<string>();
		for (; node; node = nodes.get(parent.get(node.id) ?? -1)) {
			const { url } = node.callFrame;
			if (!url.includes(process.cwd()) || url.includes('node_modules/')) continue;
			const name = frameName(node.callFrame);
			if (seen.has(name)) continue;
			seen.add(name);
			functions.set(name, (functions.get(name) ?? 0) + seconds);
		}
	});
	const largest = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
	return { total, packages: largest(packages), functions: largest(functions) };
}

export function readProfile(path: string): CpuProfile {
	return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}
