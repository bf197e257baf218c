/**
 * The content check on its own thread, for `npm run build` (src/content-source/check-thread.ts
 * starts it): the index first, so Astro can start on it, then every rule. Messages out: `index`
 * (the content index, built without the checks), then `result` (the problems and the summary).
 */
import { parentPort } from 'node:worker_threads';
import type { ContentIndex } from '../lib/content-index.ts';
import { checkContentFolder } from './content-gate.ts';

export type FromCheckWorker = { type: 'index'; index: ContentIndex } | { type: 'result'; problems: string[]; summary: string };

const port = parentPort!;
const result = checkContentFolder({
	adopt: false,
	onIndex: (index) => port.postMessage({ type: 'index', index } satisfies FromCheckWorker),
});
port.postMessage({ type: 'result', ...result } satisfies FromCheckWorker);
