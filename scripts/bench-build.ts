/**
 * `npm run bench:build -- <N>`: how the build scales. Writes the shipped content plus N generated
 * standards (scripts/bench-standards.ts) to a scratch folder, builds it as `npm run build` does into a
 * scratch output (both under .bench/, gitignored; the content folder is passed as an
 * absolute path), and prints wall time, peak memory of the whole process tree, pages written,
 * pages per second and the time of each phase, read from the build's own log lines.
 * A benchmark, not a test: it fails only when the build fails.
 *
 * Options: `--runs <k>` repeats the cold build k times; `--rebuild` then changes one standard (a
 * new released version of it) and builds again with the content-layer cache kept, to time a
 * rebuild (pages whose cache key is unchanged are copied: src/data/page-keys.ts), after first
 * building once more with nothing changed (the floor any rebuild pays: Astro's start, bundling, the
 * pages without a cache key); `--verify` then
 * builds the same content cold and fails if any file differs; `--log` echoes the build output; `--profile` records a CPU profile of each build
 * (`node --cpu-prof`, under .bench/<N>/profile/) and prints, per phase, the packages and the
 * project's functions that took its time; `--starlight` builds the same texts as a stock Starlight site
 * before each cold build (scripts/bench-starlight.ts) and prints the two side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { computeLock, isReleased, type VersionLock } from '../src/lib/version-lock.ts';
import { generatedId, writeBenchContent } from './bench-standards.ts';
import { phaseCost, readProfile } from './cpu-profile.ts';
import { buildStarlight, prepareStarlight, type StarlightRun } from './bench-starlight.ts';
import { countPages, treeRss } from './bench-measure.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const count = Number(args.find((a, i) => /^\d+$/.test(a) && !['--runs'].includes(args[i - 1] ?? '')) ?? 1000);
const runs = Number(option('--runs') ?? 1);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
	throw new Error('Usage: npm run bench:build -- <N standards> [--runs <k>] [--rebuild [--verify]] [--starlight] [--log] [--profile]');
}
/** Node's flags of `npm run build` (its heap limit), so the benchmark builds exactly as the project does. */
const buildFlags = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build
	.split(/\s+/)
	.filter((word) => word.startsWith('--'));
const scratch = resolve('.bench', String(count));
const contentDir = join(scratch, 'content');
const outDir = join(scratch, 'dist');
const profileDir = join(scratch, 'profile');

interface Run {
	wall: number;
	peakRss: number;
	pages: number;
	phases: Record<string, number>;
	load: string;
	profile?: string | undefined;
}

/** Lines of the build log that start a phase (the first line matching wins). */
const MARKERS: [RegExp, string][] = [
	[/\[content\] Syncing content/, 'content sync'],
	[/Building static entrypoints/, 'bundling'],
	[/generating static routes/, 'page rendering'],
	[/Waiting for integration|processbook:pagefind/, 'search index'],
	[/\[build\] \d+ page\(s\) built/, 'finishing'],
];

function build(label: string, out = outDir): Promise<Run> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const load = `${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')} (${cpus().length} cores)`;
		// The real build (`npm run build`): content check, then Astro in the same process.
		const profileName = `${label.replace(/\W+/g, '-')}.cpuprofile`;
		const profile = join(profileDir, profileName);
		const profiling = args.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${profileName}`] : [];
		const child = spawn(process.execPath, [...profiling, ...buildFlags, 'scripts/build.ts'], {
			env: { ...process.env, PROCESSBOOK_CONTENT_DIR: contentDir, PROCESSBOOK_OUT_DIR: out, PROCESSBOOK_PHASE_LOG: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let peakRss = 0;
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 250);
		// `npm run build` reads and indexes the content while Astro starts, then Astro syncs while the
		// rules of the content check run on the other thread.
		const seen: { phase: string; at: number }[] = [{ phase: 'content index', at: 0 }];
		let log = '';
		const onLine = (line: string) => {
			const at = (performance.now() - started) / 1000;
			log += `${at.toFixed(1).padStart(6)}s ${line}\n`;
			if (args.includes('--log')) console.log(`${at.toFixed(1).padStart(6)}s ${line}`);
			if (/^Content index ready \(\d+ ms\)$/.test(line)) seen.push({ phase: 'content sync', at });
			const phase = MARKERS.find(([pattern]) => pattern.test(line))?.[1];
			if (phase && !seen.some((s) => s.phase === phase)) seen.push({ phase, at });
		};
		for (const stream of [child.stdout, child.stderr]) {
			let rest = '';
			stream.on('data', (chunk: Buffer) => {
				const lines = (rest + chunk.toString()).split('\n');
				rest = lines.pop() ?? '';
				lines.forEach(onLine);
			});
		}
		child.on('close', (code) => {
			clearInterval(sampler);
			const wall = (performance.now() - started) / 1000;
			if (code !== 0) {
				console.error(log);
				fail(new Error(`${label}: astro build exited with ${code}`));
				return;
			}
			const phases: Record<string, number> = {};
			seen.forEach((s, i) => (phases[s.phase] = (seen[i + 1]?.at ?? wall) - s.at));
			done({ wall, peakRss, pages: countPages(out), phases, load, profile: profiling.length > 0 ? profile : undefined });
		});
	});
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
function report(label: string, run: Run) {
	console.log(
		`\n${label}: ${run.wall.toFixed(1)} s wall, peak RSS ${gb(run.peakRss)}, ${run.pages} pages, ${(run.pages / run.wall).toFixed(0)} pages/s`,
	);
	console.log(`  load average before: ${run.load}`);
	for (const [phase, seconds] of Object.entries(run.phases)) console.log(`  ${phase.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s`);
	if (args.includes('--profile')) profileReport(run);
}

/** Where each phase's time went, from the CPU profile of the build's main thread. */
function profileReport(run: Run) {
	const file = run.profile ?? '';
	if (!existsSync(file)) return console.log(`  (no profile at ${file})`);
	const profile = readProfile(file);
	let from = 0;
	const fmt = (rows: [string, number][]) => rows.map(([name, s]) => `      ${s.toFixed(1).padStart(5)} s  ${name}`).join('\n');
	for (const [phase, seconds] of Object.entries(run.phases)) {
		const cost = phaseCost(profile, from, from + seconds);
		from += seconds;
		console.log(`\n  ${phase}: ${cost.total.toFixed(1)} s sampled\n    by package (self time):\n${fmt(cost.packages)}`);
		if (cost.functions.length > 0) console.log(`    project functions (inclusive):\n${fmt(cost.functions)}`);
	}
	console.log(`  profile: ${file}`);
}

/** Changes one generated standard the way an author would: a new released version beside the old one. */
function changeOneStandard() {
	const id = generatedId(Math.max(1, Math.ceil(count / 2)));
	const dir = join(contentDir, 'standards', id);
	const newest = readdirSync(dir).sort().at(-1)!;
	const text = readFileSync(join(dir, newest), 'utf8');
	const next = newest.replace(/^(\d+)\.(\d+)\.\d+\.mdx$/, (_, major: string, minor: string) => `${major}.${Number(minor) + 1}.0.mdx`);
	writeFileSync(join(dir, newest), text.replace(/^status: active$/m, 'status: superseded'));
	const version = next.replace(/\.mdx$/, '');
	const changed = text
		.replace(/^version: .*$/m, `version: ${version}`)
		.replace(/^effective: .*$/m, 'effective: 2026-01-01')
		.replace(/\n$/, '\n\n本版本新增一段说明，用于测量增量构建。\n');
	writeFileSync(join(dir, next), changed);
	const lockPath = join(contentDir, 'standards.lock.json');
	const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as VersionLock;
	Object.assign(lock, computeLock([{ path: `standards/${id}/${next}`, text: changed, released: isReleased(changed) }]));
	writeFileSync(lockPath, `${JSON.stringify(lock, null, '\t')}\n`);
	return `${id} ${version}`;
}

/** Every file under `dir` (relative paths), the search index's folder left out. */
function siteFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return relative === 'pagefind' ? [] : siteFiles(dir, relative);
		return [relative];
	});
}

/**
 * `--verify`: a cold build of the rebuilt content, compared file by file with the rebuild's output
 * (the search index aside: Pagefind names its files by content and order). A page the incremental
 * build copied although something it shows had changed is a difference, and fails the benchmark.
 */
async function verifyRebuild() {
	const fresh = join(scratch, 'dist-verify');
	rmSync(fresh, { recursive: true, force: true });
	rmSync(`${fresh}-cache`, { recursive: true, force: true });
	await build('verify', fresh);
	const rebuilt = new Set(siteFiles(outDir));
	const cold = siteFiles(fresh);
	const differ = [
		...cold.filter((file) => !rebuilt.has(file) || !readFileSync(join(outDir, file)).equals(readFileSync(join(fresh, file)))),
		...[...rebuilt].filter((file) => !existsSync(join(fresh, file))),
	];
	if (differ.length > 0) {
		console.error(`  verify: ${differ.length} file(s) differ from a cold build: ${differ.slice(0, 10).join(', ')}`);
		process.exitCode = 1;
	} else console.log(`  verify: all ${cold.length} files are identical to a cold build's`);
	// The search index: the same pages, each as built, and the same records (src/search/search-plan.ts).
	const held = (out: string) => {
		const { shards } = JSON.parse(readFileSync(join(`${out}-cache`, 'processbook-search', 'manifest.json'), 'utf8')) as {
			shards: { pages: Record<string, string>; records?: string }[];
		};
		const pages = Object.fromEntries(shards.flatMap((shard) => Object.entries(shard.pages)).sort(([a], [b]) => a.localeCompare(b)));
		return JSON.stringify({ pages, records: shards.map((shard) => shard.records).filter(Boolean) });
	};
	if (held(outDir) !== held(fresh)) {
		console.error('  verify: the search index does not hold the same pages and records as a cold build');
		process.exitCode = 1;
	} else console.log(`  verify: the search index holds the same pages, each as built, and records as a cold build's`);
	rmSync(fresh, { recursive: true, force: true });
	rmSync(`${fresh}-cache`, { recursive: true, force: true });
}

const generated = writeBenchContent('content', contentDir, count);
console.log(`${generated.ids.length} standards generated into ${contentDir} (${generated.files} files added to the shipped content)`);
const starlight = args.includes('--starlight');
if (starlight) prepareStarlight(contentDir);
const cold: Run[] = [];
const yardstick: StarlightRun[] = [];
for (let i = 1; i <= runs; i++) {
	if (starlight) {
		// Alternated with the project's build, so both see the same machine load.
		const run = await buildStarlight();
		console.log(
			`\nstock Starlight, same texts ${i} of ${runs}: ${run.wall.toFixed(1)} s wall, peak RSS ${gb(run.peakRss)}, ${run.pages} pages`,
		);
		yardstick.push(run);
	}
	rmSync(outDir, { recursive: true, force: true });
	rmSync(`${outDir}-cache`, { recursive: true, force: true });
	const run = await build(`cold build ${i}`);
	report(`cold build ${i} of ${runs}`, run);
	cold.push(run);
}
if (starlight) {
	const walls = (list: { wall: number }[]) => list.map((run) => run.wall.toFixed(1)).join(', ');
	const peaks = (list: { peakRss: number }[]) => list.map((run) => gb(run.peakRss)).join(', ');
	console.log(`\nalternated: Processbook ${walls(cold)} s (${peaks(cold)}); stock Starlight ${walls(yardstick)} s (${peaks(yardstick)})`);
}
if (args.includes('--rebuild')) {
	const base = cold.at(-1)!.wall;
	const unchanged = await build('rebuild with nothing changed');
	report('rebuild with nothing changed', unchanged);
	console.log(`  rebuild / cold: ${((unchanged.wall / base) * 100).toFixed(0)}%`);
	const changed = changeOneStandard();
	const run = await build('rebuild');
	report(`rebuild after one changed standard (${changed})`, run);
	console.log(`  rebuild / cold: ${((run.wall / base) * 100).toFixed(0)}%`);
	if (args.includes('--verify')) await verifyRebuild();
}
if (existsSync(outDir) && !args.includes('--keep'))
	console.log(`\nOutput kept in ${outDir} (${statSync(outDir).size && countPages(outDir)} pages); scratch folder: ${scratch}`);
