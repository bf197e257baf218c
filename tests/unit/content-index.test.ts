import { describe, expect, it } from 'vitest';
import { buildContentIndex, ContentError, splitFrontMatter, type SourceFile } from '../../src/lib/content-index.ts';
import { versionHash } from '../../src/lib/version-lock.ts';

interface Front {
	code?: string;
	title?: string;
	version?: string;
	status?: string;
	effective?: string;
}

function standardFile(id: string, fileVersion: string, front: Front, body: string): SourceFile {
	const fm = { code: 'SC-01', title: '标准', version: fileVersion, status: 'active', ...front };
	const lines = Object.entries(fm).map(([key, value]) => `${key}: ${value}`);
	return { path: `content/standards/${id}/${fileVersion}.mdx`, text: `---\n${lines.join('\n')}\n---\n${body}` };
}

const BODY = ['', '## 1 计划', '', '正文。', '', '### 1.1 审批 [#c-approval]', '', '## 2 执行'].join('\n');

/** Runs buildContentIndex and returns the problems it threw; fails the test if it did not throw. */
function problemsOf(input: Parameters<typeof buildContentIndex>[0]): string[] {
	try {
		buildContentIndex(input);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('expected buildContentIndex to throw a ContentError');
}

describe('splitFrontMatter', () => {
	it('splits data and body and reports the body start line', () => {
		expect(splitFrontMatter('---\na: 1\nb: 2\n---\nbody\n')).toEqual({ data: 'a: 1\nb: 2', body: 'body\n', bodyLine: 5 });
	});

	it('handles CRLF', () => {
		expect(splitFrontMatter('---\r\na: 1\r\n---\r\nbody')).toEqual({ data: 'a: 1', body: 'body', bodyLine: 4 });
	});

	it('returns null when the file does not start with ---', () => {
		expect(splitFrontMatter('# Title\n---\na: 1\n---\n')).toBeNull();
		expect(splitFrontMatter('')).toBeNull();
	});
});

describe('ContentError', () => {
	it('lists every problem in its message', () => {
		const error = new ContentError(['a: one', 'b: two']);
		expect(error.name).toBe('ContentError');
		expect(error.problems).toEqual(['a: one', 'b: two']);
		expect(error.message).toBe('Content has 2 problem(s):\n  - a: one\n  - b: two');
	});
});

describe('buildContentIndex: valid content', () => {
	it('indexes standards with their current version and clauses, and glossary terms', () => {
		const v100 = standardFile('sc-01', '1.0.0', { status: 'superseded' }, '\n## 1 旧\n');
		const v110 = standardFile('sc-01', '1.1.0', { effective: '2026-01-15' }, BODY);
		const v200 = standardFile('sc-01', '2.0.0', { status: 'draft' }, '\n## 1 草稿\n');
		const index = buildContentIndex({
			standards: [v100, v110, v200],
			glossary: { path: 'content/glossary.yaml', text: '- id: plan\n  term: 计划\n  definition: 事先安排的工作步骤。\n- id: wbs\n' },
		});
		const current = {
			version: '1.1.0',
			status: 'active',
			code: 'SC-01',
			title: '标准',
			file: 'content/standards/sc-01/1.1.0.mdx',
			clauses: [
				{ number: '1', id: 'c-1', title: '计划', depth: 2 },
				{ number: '1.1', id: 'c-approval', title: '审批', depth: 3 },
				{ number: '2', id: 'c-2', title: '执行', depth: 2 },
			],
			body: '\n## 1 计划\n\n正文。\n\n### 1.1 审批 [#c-approval]\n\n## 2 执行',
			effective: '2026-01-15',
		};
		expect([...index.standards.keys()]).toEqual(['sc-01']);
		const standard = index.standards.get('sc-01');
		expect(standard?.id).toBe('sc-01');
		expect(standard?.code).toBe('SC-01');
		expect(standard?.title).toBe('标准');
		expect(standard?.current).toEqual(current);
		expect(standard?.versions.map((v) => [v.version, v.status])).toEqual([
			['1.0.0', 'superseded'],
			['1.1.0', 'active'],
			['2.0.0', 'draft'],
		]);
		expect(Object.fromEntries(index.terms)).toEqual({
			plan: { id: 'plan', term: '计划', definition: '事先安排的工作步骤。' },
			// term falls back to the id, definition to empty text
			wbs: { id: 'wbs', term: 'wbs', definition: '' },
		});
	});

	it('keeps the body after the front matter and the effective date as YYYY-MM-DD text', () => {
		const index = buildContentIndex({
			standards: [
				standardFile('sc-01', '1.0.0', { status: 'superseded' }, '\n## 1 旧\n\n旧正文。\n'),
				standardFile('sc-01', '1.1.0', { effective: '2026-03-01' }, '## 1 新\r\n新正文。'),
			],
		});
		expect(index.standards.get('sc-01')?.versions.map((v) => [v.version, v.effective, v.body])).toEqual([
			['1.0.0', '', '\n## 1 旧\n\n旧正文。\n'], // no effective date: empty text
			['1.1.0', '2026-03-01', '## 1 新\r\n新正文。'],
		]);
	});

	it('reads a quoted effective date and a CRLF front matter', () => {
		const file = {
			path: 'content/standards/sc-01/1.0.0.mdx',
			text: '---\r\ncode: SC-01\r\nversion: 1.0.0\r\nstatus: active\r\neffective: "2025-07-01"\r\n---\r\n## 1 A\r\n',
		};
		const current = buildContentIndex({ standards: [file] }).standards.get('sc-01')?.current;
		expect(current?.effective).toBe('2025-07-01');
		expect(current?.body).toBe('## 1 A\r\n');
	});

	it('leaves out a standard that has only drafts', () => {
		const index = buildContentIndex({ standards: [standardFile('sc-09', '0.1.0', { code: 'SC-09', status: 'draft' }, BODY)] });
		expect(index.standards.size).toBe(0);
		expect(index.terms.size).toBe(0);
	});

	it('accepts the same code in several versions of one standard', () => {
		const index = buildContentIndex({ standards: [standardFile('sc-01', '1.0.0', {}, BODY), standardFile('sc-01', '1.1.0', {}, BODY)] });
		expect(index.standards.get('sc-01')?.current.version).toBe('1.1.0');
	});

	it('uses 1.10.0 over 1.9.0 as current', () => {
		const index = buildContentIndex({ standards: [standardFile('sc-01', '1.10.0', {}, BODY), standardFile('sc-01', '1.9.0', {}, BODY)] });
		expect(index.standards.get('sc-01')?.current.file).toBe('content/standards/sc-01/1.10.0.mdx');
	});
});

describe('buildContentIndex: problems name the file and field', () => {
	it('reports a version that does not match the file name', () => {
		expect(problemsOf({ standards: [standardFile('sc-01', '1.1.0', { version: '1.0.0' }, BODY)] })).toEqual([
			'content/standards/sc-01/1.1.0.mdx: version: expected "1.1.0" (the file name), got "1.0.0". Hint: a version file is named after its version; create a new file for a new version',
		]);
	});

	it('reports a missing version', () => {
		const file = { path: 'content/standards/sc-01/1.0.0.mdx', text: '---\ncode: SC-01\nstatus: active\n---\n## 1 A\n' };
		expect(problemsOf({ standards: [file] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: version: expected "1.0.0" (the file name), got nothing. Hint: a version file is named after its version; create a new file for a new version',
		]);
	});

	it('reports a file name that is not a version', () => {
		expect(problemsOf({ standards: [standardFile('sc-01', 'latest', {}, BODY)] })).toEqual([
			'content/standards/sc-01/latest.mdx: file name: expected a version like 1.0.0.mdx, got "latest"',
		]);
	});

	it('reports a file outside standards/<id>/<version>.mdx', () => {
		expect(problemsOf({ standards: [{ path: 'content/standards/sc-01.mdx', text: '---\nversion: 1.0.0\n---\n' }] })).toEqual([
			'content/standards/sc-01.mdx: a standard must live at standards/<id>/<version>.mdx',
		]);
	});

	it('reports the same code used by two standard folders, naming the later file and the owner', () => {
		const problems = problemsOf({
			standards: [standardFile('sc-01', '1.0.0', { code: 'SC-01' }, BODY), standardFile('sc-02', '1.0.0', { code: 'SC-01' }, BODY)],
		});
		expect(problems).toEqual([
			'content/standards/sc-02/1.0.0.mdx: code: "SC-01" is already used by standard "sc-01"; expected a unique code',
		]);
	});

	it('reports a duplicate glossary id with its position', () => {
		const glossary = { path: 'content/glossary.yaml', text: '- id: plan\n  term: 计划\n- id: wbs\n- id: plan\n  term: 另一个计划\n' };
		expect(problemsOf({ standards: [], glossary })).toEqual([
			'content/glossary.yaml: term 3: id: "plan" is already used by an earlier term; expected a unique id',
		]);
	});

	it('reports a glossary that is not a list', () => {
		expect(problemsOf({ standards: [], glossary: { path: 'content/glossary.yaml', text: 'plan: 计划\n' } })).toEqual([
			'content/glossary.yaml: expected a list of terms, got object',
		]);
	});

	it('reports a glossary that is not valid YAML', () => {
		const problems = problemsOf({ standards: [], glossary: { path: 'content/glossary.yaml', text: '- id: [plan\n' } });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/glossary\.yaml: not valid YAML: \S/);
		expect(problems[0]).not.toContain('\n');
	});

	it('reports invalid YAML front matter on one line', () => {
		const file = { path: 'content/standards/sc-01/1.0.0.mdx', text: '---\ncode: [SC-01\nversion: 1.0.0\n---\n## 1 A\n' };
		const problems = problemsOf({ standards: [file] });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/standards\/sc-01\/1\.0\.0\.mdx: front matter is not valid YAML: \S/);
		expect(problems[0]).not.toContain('\n');
	});

	it('reports front matter that is not key: value pairs', () => {
		const file = { path: 'content/standards/sc-01/1.0.0.mdx', text: '---\njust some text\n---\n## 1 A\n' };
		expect(problemsOf({ standards: [file] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: front matter: expected key: value pairs, got string',
		]);
	});

	it('reports a file without front matter', () => {
		expect(problemsOf({ standards: [{ path: 'content/standards/sc-01/1.0.0.mdx', text: '## 1 A\n' }] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: front matter is missing: expected the file to start with a --- block',
		]);
	});

	it('reports an unnumbered heading with its line number in the file', () => {
		// Front matter is lines 1–6 (4 fields), body starts on line 7; "## 背景" is body line 4 → file line 10.
		const file = standardFile('sc-01', '1.0.0', {}, ['', '## 1 范围', '', '## 背景', '', '### 说明'].join('\n'));
		expect(problemsOf({ standards: [file] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx:10: heading "背景": expected a clause number first, e.g. "## 2 背景"',
			'content/standards/sc-01/1.0.0.mdx:12: heading "说明": expected a clause number first, e.g. "### 2.1 说明"',
		]);
	});

	it('suggests a three-part number for an unnumbered h4', () => {
		const file = standardFile('sc-01', '1.0.0', {}, ['## 1 范围', '### 1.1 细则', '#### 说明'].join('\n'));
		expect(problemsOf({ standards: [file] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx:9: heading "说明": expected a clause number first, e.g. "#### 2.1.1 说明"',
		]);
	});

	it('reports clause outline problems prefixed with file and "clauses"', () => {
		const file = standardFile('sc-01', '1.0.0', {}, ['## 1 A', '## 1.1 B', '### 2.1 C', '## 3 D [#c-1]'].join('\n'));
		expect(problemsOf({ standards: [file] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: clauses: §1.1 "B" is a level-2 heading; expected ### for a number with 2 part(s)',
			'content/standards/sc-01/1.0.0.mdx: clauses: §2.1 "C" appears before its parent clause §2',
			'content/standards/sc-01/1.0.0.mdx: clauses: anchor #c-1 is used twice',
			'content/standards/sc-01/1.0.0.mdx: clauses: §3 "D" follows §1; expected §2 (numbers run without gaps)',
		]);
	});

	it('reports a standard without clauses, and gaps in clause numbering', () => {
		expect(problemsOf({ standards: [standardFile('sc-01', '1.0.0', {}, '\n引言，没有条款。\n')] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: clauses: expected at least one numbered clause ("## 1 …"), found none',
		]);
		const gaps = standardFile('sc-01', '1.0.0', {}, ['## 1 A', '### 1.1 B', '### 1.3 C', '## 2 D', '### 2.2 E'].join('\n'));
		expect(problemsOf({ standards: [gaps] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: clauses: §1.3 "C" follows §1.1; expected §1.2 (numbers run without gaps)',
			'content/standards/sc-01/1.0.0.mdx: clauses: §2.2 "E" follows §2; expected §2.1 (numbers run without gaps)',
		]);
	});

	it('accepts a UTF-8 byte order mark, CRLF line ends and spaces after the --- fences', () => {
		const file = standardFile('sc-01', '1.0.0', {}, BODY);
		const text = `\uFEFF${file.text.replace('---\n', '---  \n')}`.replace(/\n/g, '\r\n');
		expect(buildContentIndex({ standards: [{ ...file, text }] }).standards.get('sc-01')?.current.clauses).toHaveLength(3);
	});

	it('ignores headings inside fenced code in a standard', () => {
		const file = standardFile('sc-01', '1.0.0', {}, ['## 1 A', '```md', '## Not a clause', '```'].join('\n'));
		expect(buildContentIndex({ standards: [file] }).standards.get('sc-01')?.current.clauses).toEqual([
			{ number: '1', id: 'c-1', title: 'A', depth: 2 },
		]);
	});

	it('collects problems from every file (including drafts) before throwing', () => {
		const problems = problemsOf({
			standards: [
				standardFile('sc-01', '1.0.0', { version: '0.9.0' }, BODY),
				standardFile('sc-02', '0.1.0', { code: 'SC-02', status: 'draft' }, '## Intro'),
			],
			glossary: { path: 'content/glossary.yaml', text: '- id: a\n- id: a\n' },
		});
		expect(problems).toEqual([
			'content/standards/sc-01/1.0.0.mdx: version: expected "1.0.0" (the file name), got "0.9.0". Hint: a version file is named after its version; create a new file for a new version',
			'content/standards/sc-02/0.1.0.mdx:7: heading "Intro": expected a clause number first, e.g. "## 2 Intro"',
			'content/glossary.yaml: term 2: id: "a" is already used by an earlier term; expected a unique id',
		]);
	});

	it('reports an empty front matter block as empty, not missing', () => {
		expect(problemsOf({ standards: [{ path: 'content/standards/sc-01/1.0.0.mdx', text: '---\n---\n## 1 A\n' }] })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: front matter: expected key: value pairs, got nothing',
		]);
	});

	it('reports an empty glossary as nothing, not "object"', () => {
		expect(problemsOf({ standards: [], glossary: { path: 'content/glossary.yaml', text: '' } })).toEqual([
			'content/glossary.yaml: expected a list of terms, got nothing',
		]);
	});
});

describe('buildContentIndex: the version lock', () => {
	const LOCK_PATH = 'content/standards.lock.json';
	const released = standardFile('sc-01', '1.0.0', { status: 'superseded' }, BODY);
	const current = standardFile('sc-01', '1.1.0', {}, BODY);
	const draft = standardFile('sc-01', '1.2.0', { status: 'draft' }, BODY);
	const lock = { 'sc-01@1.0.0': versionHash(released.text), 'sc-01@1.1.0': versionHash(current.text) };

	it('accepts released versions that match the lock, and drafts that are not in it', () => {
		const index = buildContentIndex({ standards: [released, current, draft], lock: { path: LOCK_PATH, data: lock } });
		expect(index.standards.get('sc-01')?.current.version).toBe('1.1.0');
	});

	it('accepts a released version whose status or review date changed', () => {
		const retired = standardFile('sc-01', '1.1.0', { status: 'retired' }, BODY);
		expect(() =>
			buildContentIndex({
				standards: [released, { ...retired, text: retired.text.replace('---\n', '---\nreviewBy: 2030-01-01\n') }],
				lock: { path: LOCK_PATH, data: lock },
			}),
		).not.toThrow();
	});

	it('does not check the lock when none is given', () => {
		expect(() => buildContentIndex({ standards: [released, current] })).not.toThrow();
	});

	it('reports a released version edited in place, naming the file and `npm run new:version -- <id> patch`', () => {
		const edited = standardFile('sc-01', '1.1.0', {}, BODY.replace('正文。', '修改后的正文。'));
		expect(problemsOf({ standards: [released, edited, draft], lock: { path: LOCK_PATH, data: lock } })).toEqual([
			'content/standards/sc-01/1.1.0.mdx: released version 1.1.0 was edited in place (its content no longer matches content/standards.lock.json). Hint: released versions are immutable; undo the edit and create a new version with `npm run new:version -- sc-01 patch` (or minor/major)',
		]);
	});

	it('reports a front-matter edit of a released version', () => {
		const retitled = standardFile('sc-01', '1.0.0', { status: 'superseded', title: '新标题' }, BODY);
		expect(problemsOf({ standards: [retitled, current], lock: { path: LOCK_PATH, data: lock } })).toEqual([
			'content/standards/sc-01/1.0.0.mdx: released version 1.0.0 was edited in place (its content no longer matches content/standards.lock.json). Hint: released versions are immutable; undo the edit and create a new version with `npm run new:version -- sc-01 patch` (or minor/major)',
		]);
	});

	it('reports a released version missing from the lock', () => {
		const other = standardFile('tc-01', '1.0.0', { code: 'TC-01' }, BODY);
		expect(problemsOf({ standards: [released, current, other], lock: { path: LOCK_PATH, data: lock } })).toEqual([
			'content/standards/tc-01/1.0.0.mdx: released version 1.0.0 is not recorded in content/standards.lock.json. Hint: run `npm run lock:standards` once the version is ready to release, and commit the lock with it',
		]);
	});

	it('never checks drafts, whether missing from the lock or different from it', () => {
		const editedDraft = standardFile('sc-01', '1.2.0', { status: 'draft' }, '\n## 1 全新草稿\n');
		expect(() => buildContentIndex({ standards: [released, current, editedDraft], lock: { path: LOCK_PATH, data: lock } })).not.toThrow();
		expect(() =>
			buildContentIndex({
				standards: [released, current, editedDraft],
				lock: { path: LOCK_PATH, data: { ...lock, 'sc-01@1.2.0': versionHash(draft.text) } },
			}),
		).not.toThrow();
		const draftOnly = standardFile('zz-99', '0.1.0', { code: 'ZZ-99', status: 'draft' }, BODY);
		expect(() => buildContentIndex({ standards: [draftOnly], lock: { path: LOCK_PATH, data: {} } })).not.toThrow();
	});

	it("reports lock problems after the files' own problems and before glossary problems, with the lock path as given", () => {
		const problems = problemsOf({
			standards: [standardFile('sc-01', '1.0.0', { status: 'superseded', version: '0.9.0' }, BODY), current],
			glossary: { path: 'content/glossary.yaml', text: '- id: a\n- id: a\n' },
			lock: { path: 'tests/fixtures/x/content/standards.lock.json', data: { 'sc-01@1.1.0': lock['sc-01@1.1.0'] } },
		});
		expect(problems).toEqual([
			'content/standards/sc-01/1.0.0.mdx: version: expected "1.0.0" (the file name), got "0.9.0". Hint: a version file is named after its version; create a new file for a new version',
			'content/standards/sc-01/1.0.0.mdx: released version 1.0.0 is not recorded in tests/fixtures/x/content/standards.lock.json. Hint: run `npm run lock:standards` once the version is ready to release, and commit the lock with it',
			'content/glossary.yaml: term 2: id: "a" is already used by an earlier term; expected a unique id',
		]);
	});

	it('never checks a draft whose status is quoted or commented', () => {
		const quoted = standardFile('sc-01', '1.2.0', { status: '"draft"' }, BODY);
		const commented = standardFile('sc-01', '1.3.0', { status: 'draft # 未发布' }, BODY);
		expect(() =>
			buildContentIndex({ standards: [released, current, quoted, commented], lock: { path: LOCK_PATH, data: lock } }),
		).not.toThrow();
	});
});
