/**
 * `npm run report:changes` end to end on fixture branches: a temporary git repository with the
 * fixture library on `main` and an author's branch, the script run in it as CI runs it. No Astro
 * build, so it stays fast.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, branch } from './change-report-fixtures.ts';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'report-changes.ts');
let repo: string;

const env = {
	...process.env,
	GIT_AUTHOR_NAME: 'Test',
	GIT_AUTHOR_EMAIL: 't@example.com',
	GIT_COMMITTER_NAME: 'Test',
	GIT_COMMITTER_EMAIL: 't@example.com',
	PROCESSBOOK_CONTENT_DIR: 'content',
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });

function writeFiles(files: ReadonlyMap<string, string>) {
	rmSync(join(repo, 'content'), { recursive: true, force: true });
	for (const [file, text] of files) {
		mkdirSync(dirname(join(repo, file)), { recursive: true });
		writeFileSync(join(repo, file), text);
	}
}

function commitBranch(name: string, files: ReadonlyMap<string, string>) {
	git('checkout', '-q', '-b', name, 'main');
	writeFiles(files);
	git('add', '-A');
	git('commit', '-q', '-m', name);
}

const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: repo, env, encoding: 'utf8' });

beforeAll(() => {
	repo = mkdtempSync(join(tmpdir(), 'report-changes-'));
	git('init', '-q', '-b', 'main');
	writeFiles(base);
	git('add', '-A');
	git('commit', '-q', '-m', 'base');
	commitBranch(
		'clean',
		new Map([
			...base,
			[
				'content/standards/xx-01/1.0.0.mdx',
				base.get('content/standards/xx-01/1.0.0.mdx')!.replace('reviewBy: 2027-01-01', 'reviewBy: 2027-06-01'),
			],
		]),
	);
	commitBranch('author', branch());
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Each run starts Node on the TypeScript script: a few seconds on a busy 2-core machine.
describe('report:changes on fixture branches', { timeout: 60_000 }, () => {
	it('compares with the merge base of main by default, prints and writes the report, and exits 1 on errors', () => {
		const result = run('--out', 'report.md');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('Compared `merge base with main');
		expect(result.stdout).toContain(
			'**reworded** XX-01 §1.1 答复时限 text: 收到客户问题后，须在 <del>3</del><ins>5</ins> 个工作日内给出书面答复。',
		);
		expect(result.stdout).toMatch(/`content\/quizzes\/reply-quiz\.yaml:\d+` quiz question, question q2: .* — check: may be stale/);
		expect(result.stdout).toMatch(/`content\/assessments\/reply-check\.yaml:\d+` assessment band, band red/);
		expect(result.stderr).toMatch(/report:changes: \d+ error\(s\)/);
		expect(readFileSync(join(repo, 'report.md'), 'utf8')).toBe(result.stdout);
	});

	it('counts uncommitted edits of the working tree', () => {
		const quiz = join(repo, 'content/quizzes/reply-quiz.yaml');
		const before = readFileSync(quiz, 'utf8');
		writeFileSync(quiz, before.replace('"xx-01#c-1-3"', '"xx-01#c-9-9"'));
		try {
			expect(run('--out', '').stdout).toMatch(/cites "xx-01#c-9-9", which is not a clause of XX-01 1\.1\.0/);
		} finally {
			writeFileSync(quiz, before);
		}
	});

	it('exits 0 on a branch with warnings at most, and says which base it used', () => {
		git('checkout', '-q', 'clean');
		try {
			const result = run('main', '--out', '');
			expect(result.stdout).toContain('Compared `main`');
			expect(result.stdout).toContain('version 1.0.0 review date 2027-01-01 → 2027-06-01');
			expect(result.status).toBe(0);
		} finally {
			git('checkout', '-q', 'author');
		}
	});

	it('on main with a clean tree, reports the last commit (a pull request applied as one commit)', () => {
		git('checkout', '-q', 'main');
		git('merge', '-q', '--ff-only', 'author');
		try {
			const result = run('--out', '');
			expect(result.stdout).toContain('Compared `HEAD~1');
			expect(result.stdout).toContain('**removed** XX-01 §1.3 电话答复');
		} finally {
			git('reset', '-q', '--hard', 'HEAD~1');
			git('checkout', '-q', 'author');
		}
	});

	it('names a base that does not exist', () => {
		const result = run('no-such-branch');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('base "no-such-branch" is not a commit, branch or tag of this repository');
	});
});
