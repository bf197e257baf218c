/**
 * One change-report comment per pull request, updated on every push instead of piling up: find the
 * comment carrying the hidden marker through GitHub's REST API, then edit it, or create it when
 * there is none. `fetch` is passed in, so tests replay recorded API responses with no network.
 */

/** GitHub rejects comment bodies longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65_536;

export interface CommentTarget {
	fetch: typeof fetch;
	/** `https://api.github.com`, or a GitHub Enterprise API root. */
	apiUrl: string;
	/** `owner/name`. */
	repository: string;
	/** Pull request (issue) number. */
	issue: number;
	token: string;
}

export interface IssueComment {
	id: number;
	body?: string | null;
	html_url?: string;
	user?: { login?: string; type?: string } | null;
}

export type CommentResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url: string | undefined };

/** The body cut to GitHub's limit, saying so and where the whole report is. */
export function fitComment(body: string, whereFull: string): string {
	if (body.length <= MAX_COMMENT_LENGTH) return body;
	const note = `\n\n… The report is longer than a comment may be; ${whereFull}.\n`;
	return body.slice(0, MAX_COMMENT_LENGTH - note.length) + note;
}

/** The `rel="next"` URL of a GitHub `Link` header. */
export function nextPage(link: string | null): string | undefined {
	return link
		?.split(',')
		.map((part) => /<([^>]+)>;\s*rel="next"/.exec(part)?.[1])
		.find(Boolean);
}

async function call(target: CommentTarget, url: string, init: { method: string; body?: unknown } = { method: 'GET' }): Promise<Response> {
	const response = await target.fetch(url, {
		method: init.method,
		headers: {
			accept: 'application/vnd.github+json',
			authorization: `Bearer ${target.token}`,
			'x-github-api-version': '2022-11-28',
			...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
	});
	if (!response.ok) {
		let reason = response.statusText;
		try {
			reason = ((await response.json()) as { message?: string }).message ?? reason;
		} catch {
			// not JSON: keep the status text
		}
		throw new Error(`GitHub API ${init.method} ${url}: ${response.status} ${reason}`);
	}
	return response;
}

/** Every comment of the issue, following the `Link` header page by page. */
export async function listComments(target: CommentTarget): Promise<IssueComment[]> {
	const comments: IssueComment[] = [];
	let url: string | undefined =
		`${target.apiUrl.replace(/\/$/, '')}/repos/${target.repository}/issues/${target.issue}/comments?per_page=100`;
	while (url) {
		const response = await call(target, url);
		comments.push(...((await response.json()) as IssueComment[]));
		url = nextPage(response.headers.get('link'));
	}
	return comments;
}

/** Creates the report comment, or edits the one carrying `marker`; leaves it alone when nothing changed. */
export async function upsertComment(target: CommentTarget, body: string, marker: string): Promise<CommentResult> {
	if (!body.includes(marker)) throw new Error(`the comment body must contain the marker ${marker}, or the next push could not find it`);
	const existing = (await listComments(target)).find((c) => c.body?.includes(marker));
	const api = target.apiUrl.replace(/\/$/, '');
	if (existing?.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
	const response = existing
		? await call(target, `${api}/repos/${target.repository}/issues/comments/${existing.id}`, { method: 'PATCH', body: { body } })
		: await call(target, `${api}/repos/${target.repository}/issues/${target.issue}/comments`, { method: 'POST', body: { body } });
	const saved = (await response.json()) as IssueComment;
	return { action: existing ? 'updated' : 'created', id: saved.id, url: saved.html_url };
}
