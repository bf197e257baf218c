/**
 * No page but an index grows with the library: the same generated standard (the benchmark's
 * generator, scripts/bench-standards.ts, writes standard n the same whatever the library's size)
 * is built in a small and a larger library over the minimal valid fixture content, and its page,
 * its history page, the home page and a path page come out the same size. Digits are masked, since
 * counts ("12 standards") legitimately change.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedId, writeBenchContent } from '../../scripts/bench-standards.ts';

const SCRATCH = resolve('tests/.scale');
const SMALL = 10;
const LARGE = 120;
const PAGES = [
	`standards/${generatedId(1)}/index.html`,
	`en/standards/${generatedId(1)}/index.html`,
	`standards/${generatedId(1)}/changes/index.html`,
	'index.html',
	'paths/fixture-role/index.html',
];

function buildLibrary(count: number): string {
	const root = join(SCRATCH, String(count));
	writeBenchContent('tests/fixtures/valid/content', join(root, 'content'), count);
	const out = join(root, 'out');
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, PROCESSBOOK_CONTENT_DIR: join(root, 'content'), PROCESSBOOK_OUT_DIR: out, FORCE_COLOR: '0', NO_COLOR: '1' },
	});
	if (result.status !== 0) throw new Error(`build of ${count} standards failed:\n${result.stdout}\n${result.stderr}`);
	return out;
}

const masked = (html: string) => html.replace(/\d+/g, '#').length;

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe(`pages at ${SMALL} and ${LARGE} standards`, () => {
	it('a standard page and its history are the same size; home and path pages stay within 1%', () => {
		const small = buildLibrary(SMALL);
		const large = buildLibrary(LARGE);
		for (const page of PAGES) {
			const [a, b] = [masked(readFileSync(join(small, page), 'utf8')), masked(readFileSync(join(large, page), 'utf8'))];
			// A standard's own pages must not change at all; home and path pages show fixed-length lists whose
			// entries (titles of the newest releases) may differ by a few characters between the two libraries.
			const tolerance = page.startsWith('standards/') || page.startsWith('en/standards/') ? 0 : Math.ceil(a * 0.01);
			expect({ page, difference: Math.abs(b - a) <= tolerance ? 'within tolerance' : b - a }).toEqual({
				page,
				difference: 'within tolerance',
			});
		}
	});
});
