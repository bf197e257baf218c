/** The redirect pages (a current version's own URL, a one-version history) and how they are written. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Standard } from '../../src/data/catalog.ts';
import { redirectRecords } from '../../src/data/redirects.ts';
import { writeRedirectPages } from '../../src/integrations/redirects.ts';
import { redirectPage } from '../../src/lib/redirect-page.ts';

describe('redirectPage', () => {
	const html = redirectPage({
		target: '/en/standards/sc-01/',
		canonical: 'https://x.example/en/standards/sc-01/',
		lang: 'en',
		text: 'Going on',
	});

	it('refreshes to the target, names it canonical, links to it and loads the anchor-keeping script', () => {
		expect(html).toContain('<html lang="en" data-redirect="/en/standards/sc-01/">');
		expect(html).toContain('<meta http-equiv="refresh" content="0;url=/en/standards/sc-01/">');
		expect(html).toContain('<link rel="canonical" href="https://x.example/en/standards/sc-01/">');
		expect(html).toContain('<script src="/redirect.js"></script>');
		expect(html).toContain('<a href="/en/standards/sc-01/">Going on</a>');
	});

	it('escapes what it is given', () => {
		expect(redirectPage({ target: '/a"b/', canonical: 'x', lang: 'en', text: '<i>' })).toContain('data-redirect="/a&quot;b/"');
		expect(redirectPage({ target: '/', canonical: 'x', lang: 'en', text: '<i>' })).toContain('<title>&lt;i&gt;</title>');
	});
});

describe('writeRedirectPages (the redirect integration)', () => {
	const record = (from: string) => ({
		from,
		target: '/standards/ab-01/',
		canonical: 'https://x.example/standards/ab-01/',
		lang: 'zh-CN',
		text: '前往',
	});
	let site = '';
	beforeEach(() => (site = mkdtempSync(join(tmpdir(), 'redirects-'))));
	afterEach(() => rmSync(site, { recursive: true, force: true }));

	it('writes one page per record at its path', () => {
		expect(writeRedirectPages(site, [record('/standards/ab-01/1.0.0/'), record('/en/standards/ab-01/changes/')])).toHaveLength(2);
		expect(readFileSync(join(site, 'standards/ab-01/1.0.0/index.html'), 'utf8')).toContain('data-redirect="/standards/ab-01/"');
		expect(readFileSync(join(site, 'en/standards/ab-01/changes/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
	});

	it('refuses a path outside the site and a page Astro already built', () => {
		expect(() => writeRedirectPages(site, [record('/../escape/')])).toThrow('expected a path inside the site');
		expect(() => writeRedirectPages(site, [record('relative/')])).toThrow('expected a path inside the site');
		mkdirSync(join(site, 'standards/ab-01'), { recursive: true });
		writeFileSync(join(site, 'standards/ab-01/index.html'), '<p>page</p>');
		const built = new Set([resolve(site, 'standards/ab-01/index.html')]);
		expect(() => writeRedirectPages(site, [record('/standards/ab-01/')], built)).toThrow('a page is already built there');
		expect(readFileSync(join(site, 'standards/ab-01/index.html'), 'utf8')).toBe('<p>page</p>');
	});

	it('replaces a file an earlier build left where a redirect now goes (the output folder is kept)', () => {
		mkdirSync(join(site, 'standards/ab-01/1.0.0'), { recursive: true });
		writeFileSync(join(site, 'standards/ab-01/1.0.0/index.html'), '<p>the page of an earlier build</p>');
		const [file] = writeRedirectPages(site, [record('/standards/ab-01/1.0.0/')], new Set());
		expect(file).toBe(resolve(site, 'standards/ab-01/1.0.0/index.html'));
		expect(readFileSync(file!, 'utf8')).toContain('<html lang="zh-CN"');
		// Unchanged since then: left as it is, not written again.
		utimesSync(file!, 1_000_000, 1_000_000);
		writeRedirectPages(site, [record('/standards/ab-01/1.0.0/')], new Set());
		expect(statSync(file!).mtimeMs).toBe(1_000_000_000);
	});
});

describe('redirectRecords (which URLs lead elsewhere)', () => {
	const standard = (id: string, ...versions: string[]) => {
		const entries = versions.map((version) => ({ id: `${id}/${version}`, data: { version } }));
		return { id, current: entries[0]!, versions: entries } as unknown as Standard;
	};

	it('sends the current version to the standard page and a one-version history to its change notes, per locale', () => {
		const records = redirectRecords([standard('ab-01', '1.0.0'), standard('cd-02', '1.1.0', '1.0.0')]);
		expect(records.map((r) => `${r.from} → ${r.target}`)).toEqual([
			'/standards/ab-01/1.0.0/ → /standards/ab-01/',
			'/standards/ab-01/changes/ → /standards/ab-01/#changes',
			'/standards/cd-02/1.1.0/ → /standards/cd-02/',
			'/en/standards/ab-01/1.0.0/ → /en/standards/ab-01/',
			'/en/standards/ab-01/changes/ → /en/standards/ab-01/#changes',
			'/en/standards/cd-02/1.1.0/ → /en/standards/cd-02/',
		]);
		expect(records.find((r) => r.from === '/en/standards/ab-01/changes/')).toMatchObject({
			lang: 'en',
			canonical: expect.stringMatching(/\/en\/standards\/ab-01\/$/),
			text: 'This standard has one version: going to its change notes.',
		});
	});
});
