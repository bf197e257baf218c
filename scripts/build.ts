/**
 * `npm run build`: the one build of the static site. The content check runs on a second thread
 * (src/content-source/check-thread.ts) while Astro starts in this process on the content index the
 * check sends first, so the check costs the build only the time to read and index the files. Until
 * the check has passed, Astro's output is held back: broken content is reported as a clean list
 * (every problem at once, no stack trace, no Astro preamble), and the build stops there. When the
 * check or Astro fails (a broken reference found while rendering), the output folder is removed so
 * a half-built site never looks valid.
 *
 * `npm run build` runs it with V8's heap limited to 2 GB (`--max-old-space-size=2048`): without a
 * limit V8 let the heap grow by garbage it had not collected, 1.1 GB of it while the last pages of a
 * 10,000-standard library rendered, and the build peaked at 3.2–4.0 GB; limited, at 3.1–3.2 GB in the
 * same time (README, "Scale"). The live heap at 10,000 standards is 0.5–1 GB. A much larger library raises the limit:
 * `node --max-old-space-size=4096 scripts/build.ts`.
 *
 * Node's compile cache (V8 code compiled once, kept in the build cache folder) is turned on before
 * Astro is loaded, for this process and the worker threads it starts: Astro, Vite and Rolldown's
 * JavaScript is then not compiled again on every build (README, "Scale"). `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */
import { rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { siteConfig } from '../src/config.ts';
import { startContentCheck } from '../src/content-source/check-thread.ts';
import { formatProblems } from '../src/content-source/content-gate.ts';
import { usePendingContentIndex } from '../src/content-source/content-source.ts';

const { outDir } = siteConfig;

const compileCache = enableCompileCache(join(siteConfig.cacheDir, 'node-compile-cache')).directory;
// Worker threads (the content check, the search index) inherit the setting through the environment.
if (compileCache) process.env.NODE_COMPILE_CACHE = compileCache;
// Loaded after the cache is on, so that its modules are compiled through it.
const { build } = await import('astro');

function fail(status: number): never {
	rmSync(outDir, { recursive: true, force: true });
	console.error(`\nBuild failed: ${outDir}/ was removed so no partial site is left behind. Fix the problem named above and build again.`);
	process.exit(status);
}

type Write = typeof process.stdout.write;

/** Holds what is written to stdout and stderr until `release` (written out then) or `discard`. */
function holdOutput() {
	const held: [NodeJS.WriteStream, Parameters<Write>][] = [];
	const streams = [process.stdout, process.stderr];
	const writes = streams.map((stream) => stream.write);
	for (const stream of streams) {
		stream.write = ((...args: Parameters<Write>) => {
			held.push([stream, args]);
			const done = args.find((arg) => typeof arg === 'function');
			if (done) queueMicrotask(() => (done as () => void)());
			return true;
		}) as Write;
	}
	const restore = () => streams.forEach((stream, i) => (stream.write = writes[i]!));
	return {
		/** Writes past the hold (the benchmark's phase lines). */
		direct: (line: string) => writes[0]!.call(process.stdout, `${line}\n`),
		release(first: string) {
			restore();
			console.log(first);
			for (const [stream, [chunk, encoding]] of held) stream.write(chunk, typeof encoding === 'string' ? encoding : undefined);
		},
		discard: restore,
	};
}

const started = performance.now();
const check = startContentCheck(new URL('../src/content-source/check-worker.ts', import.meta.url));
usePendingContentIndex(check.index);
const output = holdOutput();
// `npm run bench:build` times the phases by the lines they print; this one is not Astro's to hold.
if (process.env.PROCESSBOOK_PHASE_LOG === '1')
	check.index.then(
		() => output.direct(`Content index ready (${Math.round(performance.now() - started)} ms)`),
		() => undefined,
	);
// The Astro integration need not run the same check again in this build.
process.env.PROCESSBOOK_CONTENT_CHECKED = '1';

/** Settles once the check is done: stops the build on a problem, else lets Astro's output through. */
const checked = check.result.then(
	({ problems, summary }) => {
		if (problems.length === 0) return output.release(`${summary} (${Math.round(performance.now() - started)} ms)`);
		output.discard();
		console.error(formatProblems(problems));
		fail(1);
	},
	(error: unknown) => {
		output.discard();
		console.error(`Content check: ${error instanceof Error ? error.message : String(error)}`);
		fail(1);
	},
);

try {
	await build({});
} catch (error) {
	// A content problem the check finds is the reason to report, whatever Astro tripped over.
	await checked;
	// Astro has usually logged it with its stack already; the message alone says what stopped the build.
	console.error(`\nastro build: ${error instanceof Error ? error.message : String(error)}`);
	fail(1);
}
await checked;
