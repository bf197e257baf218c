/** The output folder is kept between builds: what an earlier build left behind is removed, nothing else. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleFiles, routeOutputs } from '../../src/integrations/stale-output.ts';

let site: string;
beforeEach(() => (site = mkdtempSync(join(tmpdir(), 'stale-output-'))));
afterEach(() => rmSync(site, { recursive: true, force: true }));

const HOUR_AGO = (Date.now() - 3_600_000) / 1000;
function file(path: string, old: boolean): string {
	const absolute = join(site, path);
	mkdirSync(dirname(absolute), { recursive: true });
	writeFileSync(absolute, path);
	if (old) utimesSync(absolute, HOUR_AGO, HOUR_AGO);
	return absolute;
}

describe('removeStaleFiles', () => {
	it("keeps this build's route outputs and new files, removes the rest and the folders it empties", () => {
		const reused = file('standards/a/index.html', true);
		file('standards/a/1.0.0/index.html', false);
		file('standards/removed/index.html', true);
		file('standards/removed/changes/index.html', true);
		file('_astro/old.js', true);
		file('_astro/new.js', false);
		const since = Date.now() - 60_000;
		const keep = routeOutputs(new Map([['/standards/[id]', [pathToFileURL(reused)]]]));
		expect(removeStaleFiles(site, keep, since)).toBe(3);
		expect(existsSync(reused)).toBe(true);
		expect(existsSync(join(site, 'standards/a/1.0.0/index.html'))).toBe(true);
		expect(existsSync(join(site, '_astro/new.js'))).toBe(true);
		expect(existsSync(join(site, '_astro/old.js'))).toBe(false);
		expect(existsSync(join(site, 'standards/removed'))).toBe(false);
	});

	it('leaves the folders named whole unread, and keeps files given to keep', () => {
		file('pagefind/old-chunk.pf_index', true);
		const redirect = file('standards/a/1.0.0/index.html', true);
		expect(removeStaleFiles(site, new Set([redirect]), Date.now() - 60_000, ['pagefind'])).toBe(0);
		expect(existsSync(join(site, 'pagefind/old-chunk.pf_index'))).toBe(true);
		expect(existsSync(redirect)).toBe(true);
	});

	it('removes nothing from a folder written by this build', () => {
		file('index.html', false);
		file('en/index.html', false);
		expect(removeStaleFiles(site, new Set(), Date.now() - 60_000)).toBe(0);
		expect(existsSync(join(site, 'en/index.html'))).toBe(true);
	});
});
