/**
 * Each folder under tests/fixtures/ (except `valid/`) holds one deliberately broken file (and, where
 * it breaks a released standard on purpose, a lock that records the broken file, so the error under
 * test is not hidden behind "edited in place"). The test
 * lays it over the valid fixture content, runs the real build, and checks that the build stops
 * with a message naming the file, the field or line, and what was expected, and that no partial
 * site is left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures';
const SCRATCH = 'tests/.scratch';

function build(scenario: string | null) {
	const root = join(SCRATCH, scenario ?? 'valid');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(join(FIXTURES, 'valid', 'content'), join(root, 'content'), { recursive: true });
	if (scenario) cpSync(join(FIXTURES, scenario), join(root, 'content'), { recursive: true });
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

/** scenario → file it breaks, and the words the message must contain. */
const SCENARIOS: [scenario: string, file: string, expected: (string | RegExp)[]][] = [
	['bad-front-matter', 'standards/ab-01/1.0.0.mdx', ['front matter is not valid YAML']],
	['bad-date', 'standards/ab-01/1.0.0.mdx', ['effective', 'expected a date like 2026-01-15']],
	['bad-enum', 'standards/ab-01/1.0.0.mdx', ['status', 'expected one of draft, active, superseded, retired', 'got the text "published"']],
	['wrong-type', 'checklists/fixture-list.mdx', ['stages', 'expected a list of stages', 'got the text "planning"']],
	['missing-field', 'cases/fixture-case.mdx', ['summary', 'required field is missing: expected a one-sentence summary']],
	['duplicate-standard-code', 'standards/ab-02/1.0.0.mdx', ['code: "AB-01" is already used by standard "ab-01"']],
	['duplicate-term-id', 'glossary.yaml', ['term 2: id: "plan" is already used by an earlier term']],
	['version-mismatch', 'standards/ab-01/1.1.0.mdx', ['version: expected "1.1.0" (the file name), got "1.0.0"', 'create a new file for a new version']],
	['unnumbered-clause', 'standards/ab-01/1.0.0.mdx:18', ['heading "审批": expected a clause number first']],
	['unknown-role', 'standards/ab-01/1.0.0.mdx', ['owner: unknown role "nobody"; expected one of fixture-role']],
	['unknown-clause', 'handbooks/fixture-role.mdx:13', ['unknown clause "c-9-9" in standard "ab-01"']],
	['unknown-standard', 'cases/fixture-case.mdx:12', ['unknown standard "zz-99"', 'known standards: ab-01']],
	['unknown-term', 'checklists/fixture-list.mdx:11', ['unknown glossary term "no-such-term"']],
	['bad-yaml-ref', 'handbooks/fixture-role.mdx', ['clauses[1]', 'unknown clause "c-7" in standard "ab-01"']],
	['edited-release', 'standards/ab-01/1.0.0.mdx', ['released version 1.0.0 was edited in place', 'npm run new:version -- ab-01 patch']],
	['quiz-answer-not-an-option', 'quizzes/fixture-quiz.yaml', ['questions.0.answer', 'question "q1": answer "c" is not among the options (a, b)']],
	['quiz-duplicate-ordering-item', 'quizzes/fixture-quiz.yaml', ['questions.1.items', 'question "q2": ordering item "s2" appears twice']],
	['quiz-bad-ref', 'quizzes/fixture-quiz.yaml', ['questions[0] ("q1").ref', 'unknown clause "c-4" in standard "ab-01"']],
	['path-unknown-target', 'paths/fixture-role.yaml', ['steps[2].target: no quiz "no-such-quiz"']],
];

describe('broken content stops the build with a message naming file, field and expectation', () => {
	it.each(SCENARIOS)('%s', (scenario, file, expected) => {
		const result = build(scenario);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(`${result.content}/${file}`);
		for (const words of expected) expect(result.output).toMatch(words instanceof RegExp ? words : new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		// A friendly message, not a trace through the site's own code.
		expect(result.output).not.toMatch(/^\s+at .*\/(src|schemas)\//m);
		expect(existsSync(join(result.out, 'index.html'))).toBe(false);
	});
});
