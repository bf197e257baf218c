/**
 * The search index's own thread during a build (src/search/search-thread.ts starts it): separating
 * the words of each page and handing it to Pagefind cost the rendering thread 7–9 ms a page, more
 * than rendering the page itself. Here that work runs beside the rendering, with Pagefind in its own
 * process. Messages in: `size`, `page`, `finish` (with the records, and the built pages that were
 * copied rather than rendered, to read from disk); out: `added` (one per page,
 * for back-pressure), `done` (the summary) or `error`.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchRecord } from './search-entries.ts';
import { SearchIndexBuilder, SearchIndexError } from './search-index.ts';

export type ToWorker =
	| { type: 'size'; pages: number }
	| { type: 'page'; sourcePath: string; html: string }
	| {
			type: 'finish';
			records: SearchRecord[];
			files: { path: string; sourcePath: string }[];
	  };
export type FromWorker =
	| { type: 'added' }
	| { type: 'done'; summary: Awaited<ReturnType<SearchIndexBuilder['finish']>> }
	| { type: 'error'; message: string; searchIndexError: boolean };

const port = parentPort!;
const builder = new SearchIndexBuilder({ outputPath: (workerData as { outputPath: string }).outputPath });
let failed = false;
// One message at a time, in order: `add` must be awaited before the next page.
let turn: Promise<void> = Promise.resolve();

const fail = (error: unknown) => {
	if (failed) return;
	failed = true;
	port.postMessage({
		type: 'error',
		message: error instanceof Error ? error.message : String(error),
		searchIndexError: error instanceof SearchIndexError,
	} satisfies FromWorker);
	void builder.close();
};

port.on('message', (message: ToWorker) => {
	turn = turn.then(async () => {
		if (failed) return;
		try {
			if (message.type === 'size') builder.expectPages(message.pages);
			else if (message.type === 'page') {
				await builder.add(message.sourcePath, message.html);
				port.postMessage({ type: 'added' } satisfies FromWorker);
			} else {
				for (const file of message.files) await builder.add(file.sourcePath, readFileSync(file.path, 'utf8'));
				await builder.addRecords(message.records);
				port.postMessage({ type: 'done', summary: await builder.finish() } satisfies FromWorker);
			}
		} catch (error) {
			fail(error);
		}
	});
});
