/**
 * CI step: posts the change report (default `change-report.md`) as the pull request's one report
 * comment, editing it on later pushes. Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL and the
 * pull request number from GITHUB_EVENT_PATH (or PR_NUMBER). A token that may not comment (a pull
 * request from a fork) is a warning, not a failure: the report is still in the job summary.
 */
import { readFileSync } from 'node:fs';
import { REPORT_MARKER } from '../src/lib/change-report-markdown.ts';
import { fitComment, upsertComment } from '../src/lib/pr-comment.ts';

const file = process.argv[2] ?? 'change-report.md';
const { GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_EVENT_PATH, PR_NUMBER, GITHUB_SERVER_URL, GITHUB_RUN_ID } = process.env;

function prNumber(): number {
	if (PR_NUMBER) return Number(PR_NUMBER);
	if (!GITHUB_EVENT_PATH) return NaN;
	const event = JSON.parse(readFileSync(GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number }; number?: number };
	return Number(event.pull_request?.number ?? event.number);
}

const issue = prNumber();
if (!GITHUB_TOKEN || !GITHUB_REPOSITORY || !Number.isInteger(issue)) {
	console.error('post-report-comment: needs GITHUB_TOKEN, GITHUB_REPOSITORY and a pull request (GITHUB_EVENT_PATH or PR_NUMBER)');
	process.exit(2);
}
const run =
	GITHUB_SERVER_URL && GITHUB_RUN_ID ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` : 'the workflow run';
const body = fitComment(readFileSync(file, 'utf8'), `the whole report is in the summary of ${run}`);
try {
	const result = await upsertComment(
		{ fetch, apiUrl: GITHUB_API_URL ?? 'https://api.github.com', repository: GITHUB_REPOSITORY, issue, token: GITHUB_TOKEN },
		body,
		REPORT_MARKER,
	);
	console.log(`Change report comment ${result.action}: ${result.url ?? result.id}`);
} catch (error) {
	const message = (error as Error).message;
	if (/: 403 /.test(message)) {
		console.warn(`::warning::could not comment on the pull request (${message}); the report is in the job summary`);
	} else {
		console.error(message);
		process.exit(1);
	}
}
