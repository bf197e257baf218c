/**
 * Full Astro builds of fixture content (slow, so only a few): the valid fixture builds, a
 * lifecycle-only change builds, a removed clause keeps older releases building, and broken content
 * stops the build with a clean message and no partial site. Each folder under tests/fixtures/ is
 * laid over the valid fixture content; the kinds of mistakes themselves are unit-tested in
 * tests/unit/content-check.test.ts without a build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures';
const SCRATCH = 'tests/.scratch';

/** `name` names the scratch folder (default: the scenario's); `keep` builds again over the last build. */
function build(scenario: string | null, options: { keep?: boolean; name?: string } = {}) {
	const root = join(SCRATCH, options.name ?? scenario ?? 'valid');
	if (!options.keep) {
		rmSync(root, { recursive: true, force: true });
		mkdirSync(root, { recursive: true });
		cpSync(join(FIXTURES, 'valid', 'content'), join(root, 'content'), { recursive: true });
		if (scenario) cpSync(join(FIXTURES, scenario), join(root, 'content'), { recursive: true });
	}
	const out = join(root, 'out');
	const result = spawnSync('node', ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, PROCESSBOOK_CONTENT_DIR: join(root, 'content'), PROCESSBOOK_OUT_DIR: out, FORCE_COLOR: '0', NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out, content: join(root, 'content') };
}

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('valid fixture content', () => {
	it('builds', () => {
		const result = build(null);
		expect(result.output).not.toMatch(/\[ERROR\]/);
		expect(result.status).toBe(0);
		expect(existsSync(join(result.out, 'standards/ab-01/index.html'))).toBe(true);
	});

	it('builds when a released version only changes its lifecycle fields; a retired standard stays readable but leaves the stage lists', () => {
		const result = build('status-change-is-not-an-edit');
		expect(result.output).not.toMatch(/\[ERROR\]/);
		expect(result.status).toBe(0);
		const index = readFileSync(join(result.out, 'standards/index.html'), 'utf8');
		const [stages = '', retired = ''] = index.split('id="retired"');
		expect(stages).not.toContain('href="/standards/ab-01/"');
		expect(retired).toContain('href="/standards/ab-01/"');
		expect(readFileSync(join(result.out, 'standards/ab-01/index.html'), 'utf8')).toContain('本标准已废止，仅供查阅，不再执行。');
	});
});

/**
 * A rebuild copies a standard's pages from the last build when their cache key is unchanged
 * (src/data/page-keys.ts): a change to something the page shows but another file holds (here the
 * title of a checklist that cites the standard) must still reach the page.
 */
describe('incremental rebuild', () => {
	it('copies unchanged standard pages and re-renders one whose citing checklist changed', () => {
		const first = build(null, { name: 'incremental' });
		expect(first.status).toBe(0);
		const page = join(first.out, 'standards/ab-01/index.html');
		expect(readFileSync(page, 'utf8')).toContain('夹具清单');
		const again = build(null, { name: 'incremental', keep: true });
		expect(again.status).toBe(0);
		expect(again.output).toMatch(/\(cached\)|\(restored\)/);
		const checklist = join(first.content, 'checklists/fixture-list.mdx');
		writeFileSync(checklist, readFileSync(checklist, 'utf8').replace('title: 夹具清单', 'title: 改名后的清单'));
		const changed = build(null, { name: 'incremental', keep: true });
		expect(changed.status).toBe(0);
		const html = readFileSync(page, 'utf8');
		expect(html).toContain('改名后的清单');
		expect(html).not.toContain('夹具清单');
	});

	it('leaves nothing of a removed entry in the kept output folder or in the search index', () => {
		const root = join(SCRATCH, 'incremental');
		const extra = join(root, 'content/cases/second-case.mdx');
		cpSync(join(root, 'content/cases/fixture-case.mdx'), extra);
		const added = build(null, { name: 'incremental', keep: true });
		expect(added.status).toBe(0);
		const pages = ['cases/second-case/index.html', 'en/cases/second-case/index.html'].map((path) => join(added.out, path));
		for (const path of pages) expect(existsSync(path)).toBe(true);
		const indexed = () => readFileSync(join(`${added.out}-cache`, 'processbook-search/manifest.json'), 'utf8');
		expect(indexed()).toContain('cases/second-case/index.html');
		rmSync(extra);
		const removed = build(null, { name: 'incremental', keep: true });
		expect(removed.status).toBe(0);
		for (const path of pages) expect(existsSync(path)).toBe(false);
		expect(indexed()).not.toContain('cases/second-case/index.html');
	});
});

describe('version-aware references', () => {
	it('builds when a new version removes a clause a locked release cites; the old citation links to the version that has it', () => {
		const result = build('removed-clause-history');
		expect(result.output).not.toMatch(/\[ERROR\]/);
		expect(result.status).toBe(0);
		const page = readFileSync(join(result.out, 'standards/ab-01/index.html'), 'utf8');
		expect(page).toContain('href="/standards/ab-02/1.0.0/#c-2"');
	});
});

/**
 * Broken content stops the build before Astro starts. Every kind of mistake is covered by the
 * fast unit tests of the content check (tests/unit/content-check.test.ts); this one build proves
 * the whole chain: a clean list of every problem, no stack trace or Astro preamble, no dist/ left.
 */
describe('broken content stops the build', () => {
	it('lists every problem at once, names file and line, and removes the output folder', () => {
		const result = build('unknown-clause');
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(`${result.content}/handbooks/fixture-role.mdx:13: unknown clause "c-9-9" in standard "ab-01"`);
		expect(result.output).toMatch(/The content has \d+ problems?:/);
		expect(result.output).not.toMatch(/^\s+at /m);
		expect(result.output).not.toMatch(/astro:config:setup|unhandled/i);
		expect(existsSync(join(result.out, 'index.html'))).toBe(false);
	});
});
