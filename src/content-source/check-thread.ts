/**
 * `npm run build` checks the content on a second thread (src/content-source/check-worker.ts) while
 * Astro starts and syncs on the first: the check took 6.4 s of a 39 s build at 1,000 standards,
 * with the other core idle. The worker sends the content index as soon as it is built (Astro
 * waits for that, not for the rules), then the problems. A failed worker is a failed check.
 */
import { Worker } from 'node:worker_threads';
import type { ContentIndex } from '../lib/content-index.ts';
import type { FromCheckWorker } from './check-worker.ts';

export interface CheckResult {
	problems: string[];
	summary: string;
}

export interface RunningCheck {
	/** The content index; rejects when the check ends without one (no content folder). */
	index: Promise<ContentIndex>;
	/** Every problem; rejects when the worker fails. */
	result: Promise<CheckResult>;
}

/** `workerUrl` is src/content-source/check-worker.ts (Node strips its types). */
export function startContentCheck(workerUrl: URL): RunningCheck {
	const worker = new Worker(workerUrl);
	let gotIndex: (index: ContentIndex) => void = () => undefined;
	let noIndex: (error: Error) => void = () => undefined;
	const index = new Promise<ContentIndex>((resolve, reject) => ((gotIndex = resolve), (noIndex = reject)));
	// Awaited only when Astro needs it; a check that fails before must not be an unhandled rejection.
	index.catch(() => undefined);
	const result = new Promise<CheckResult>((resolve, reject) => {
		worker.on('message', (message: FromCheckWorker) => {
			if (message.type === 'index') gotIndex(message.index);
			else {
				noIndex(new Error('The content check ended without a content index.'));
				resolve({ problems: message.problems, summary: message.summary });
				void worker.terminate();
			}
		});
		const failed = (error: Error) => {
			noIndex(error);
			reject(error);
		};
		worker.on('error', failed);
		worker.on('exit', (code) => failed(new Error(`the content check thread stopped (exit code ${code})`)));
	});
	return { index, result };
}
