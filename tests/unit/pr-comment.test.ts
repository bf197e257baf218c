/** The report comment against replayed GitHub API exchanges: found across pages, edited, created, or refused. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_MARKER } from '../../src/lib/change-report-markdown.ts';
import { fitComment, MAX_COMMENT_LENGTH, nextPage, upsertComment } from '../../src/lib/pr-comment.ts';

interface Exchange {
	request: { method: string; url: string };
	response: { status: number; headers: Record<string, string>; body: unknown };
}
interface Recording {
	exchanges: Exchange[];
	forbidden?: Exchange['response'];
}

const recording = (name: string) =>
	JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'github', name), 'utf8')) as Recording;

/** A fetch that answers from the recording in order and keeps every request it was sent. */
function replay(exchanges: Exchange[], override?: { method: string; response: Exchange['response'] }) {
	const sent: { method: string; url: string; body: unknown; authorization: string | null }[] = [];
	const fetch = (async (url: string, init: RequestInit) => {
		const method = init.method ?? 'GET';
		sent.push({
			method,
			url,
			body: init.body ? JSON.parse(String(init.body)) : undefined,
			authorization: new Headers(init.headers).get('authorization'),
		});
		const exchange = exchanges.find((e) => e.request.method === method && e.request.url === url);
		const response = override?.method === method ? override.response : exchange?.response;
		if (!response) throw new Error(`unexpected request ${method} ${url}`);
		return new Response(JSON.stringify(response.body), { status: response.status, headers: response.headers });
	}) as typeof globalThis.fetch;
	return { fetch, sent };
}

const body = `${REPORT_MARKER}\n## Content change report\n\n**1 error, 0 warnings**.\n`;
const target = (fetch: typeof globalThis.fetch, issue: number) => ({
	fetch,
	apiUrl: 'https://api.github.com',
	repository: 'processbook/processbook',
	issue,
	token: 't0ken',
});

describe('upsertComment', () => {
	it('finds the marked comment on a later page and edits it instead of adding another', async () => {
		const { fetch, sent } = replay(recording('update-report-comment.json').exchanges);
		const result = await upsertComment(target(fetch, 42), body, REPORT_MARKER);
		expect(result).toEqual({
			action: 'updated',
			id: 2512000100,
			url: 'https://github.com/processbook/processbook/pull/42#issuecomment-2512000100',
		});
		expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
			'GET https://api.github.com/repos/processbook/processbook/issues/42/comments?per_page=100',
			'GET https://api.github.com/repos/processbook/processbook/issues/42/comments?per_page=100&page=2',
			'PATCH https://api.github.com/repos/processbook/processbook/issues/comments/2512000100',
		]);
		expect(sent.at(-1)?.body).toEqual({ body });
		expect(sent.every((r) => r.authorization === 'Bearer t0ken')).toBe(true);
	});

	it('leaves the comment alone when the report did not change', async () => {
		const exchanges = recording('update-report-comment.json').exchanges;
		const same = (exchanges[1]!.response.body as { body: string }[])[0]!.body;
		const { fetch, sent } = replay(exchanges);
		expect((await upsertComment(target(fetch, 42), same, REPORT_MARKER)).action).toBe('unchanged');
		expect(sent.map((r) => r.method)).toEqual(['GET', 'GET']);
	});

	it('creates the comment when the pull request has none', async () => {
		const { fetch, sent } = replay(recording('create-report-comment.json').exchanges);
		const result = await upsertComment(target(fetch, 7), body, REPORT_MARKER);
		expect(result.action).toBe('created');
		expect(result.id).toBe(2512000300);
		expect(sent.at(-1)).toMatchObject({
			method: 'POST',
			url: 'https://api.github.com/repos/processbook/processbook/issues/7/comments',
			body: { body },
		});
	});

	it("says what GitHub answered when the token may not comment (a fork's pull request)", async () => {
		const rec = recording('create-report-comment.json');
		const { fetch } = replay(rec.exchanges, { method: 'POST', response: rec.forbidden! });
		await expect(upsertComment(target(fetch, 7), body, REPORT_MARKER)).rejects.toThrow(
			'GitHub API POST https://api.github.com/repos/processbook/processbook/issues/7/comments: 403 Resource not accessible by integration',
		);
	});

	it('refuses a body without the marker, which the next push could not find', async () => {
		const { fetch, sent } = replay([]);
		await expect(upsertComment(target(fetch, 7), '## report', REPORT_MARKER)).rejects.toThrow(/must contain the marker/);
		expect(sent).toEqual([]);
	});
});

describe('fitComment and nextPage', () => {
	it('cuts a report longer than GitHub allows and says where the whole one is', () => {
		const long = `${REPORT_MARKER}\n${'字'.repeat(MAX_COMMENT_LENGTH)}`;
		const fitted = fitComment(long, 'see the job summary');
		expect(fitted.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
		expect(fitted.startsWith(REPORT_MARKER)).toBe(true);
		expect(fitted).toMatch(/see the job summary\.\n$/);
		expect(fitComment(body, 'x')).toBe(body);
	});

	it('reads the next page from a Link header, and nothing on the last page', () => {
		expect(nextPage('<https://a/x?page=2>; rel="next", <https://a/x?page=5>; rel="last"')).toBe('https://a/x?page=2');
		expect(nextPage('<https://a/x?page=1>; rel="prev"')).toBeUndefined();
		expect(nextPage(null)).toBeUndefined();
	});
});
