import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	checkAgainstBase,
	checkLock,
	computeLock,
	LOCK_FILE,
	lockKey,
	MUTABLE_FIELDS,
	versionHash,
	type LockedFile,
} from '../../src/lib/version-lock.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('hex')}`;

const FRONT = [
	'code: SC-01',
	'title: 服务协作流程标准',
	'version: 1.1.0',
	'status: active',
	'effective: 2026-01-01',
	'reviewBy: 2027-01-01',
];
const BODY = ['', '## 1 总则', '', '需求确认书须在 15 个工作日内签署。', ''];
const text = (front: string[] = FRONT, body: string[] = BODY) => `---\n${front.join('\n')}\n---\n${body.join('\n')}`;
const replace = (lines: string[], from: string, to: string) => lines.map((line) => (line === from ? to : line));

describe('constants', () => {
	it('names the lock file and the lifecycle fields', () => {
		expect(LOCK_FILE).toBe('standards.lock.json');
		expect(MUTABLE_FIELDS).toEqual(['status', 'reviewBy']);
	});
});

describe('lockKey', () => {
	it('is <id>@<version> for a standard version file', () => {
		expect(lockKey('content/standards/sc-01/1.1.0.mdx')).toBe('sc-01@1.1.0');
		expect(lockKey('tests/fixtures/valid/content/standards/tc-01/10.0.2.md')).toBe('tc-01@10.0.2');
		expect(lockKey('standards/sc-01/1.0.0.mdx')).toBe('sc-01@1.0.0');
	});

	it('is undefined for any other file', () => {
		expect(lockKey('content/standards/sc-01.mdx')).toBeUndefined();
		expect(lockKey('content/handbooks/onboarding.mdx')).toBeUndefined();
		expect(lockKey('content/standards/sc-01/1.0.0.txt')).toBeUndefined();
		expect(lockKey('content/standards/sc-01/notes/1.0.0.mdx')).toBeUndefined(); // nested deeper than standards/<id>/
	});
});

describe('versionHash', () => {
	const base = versionHash(text());

	it('hashes the sorted front matter without lifecycle fields plus the trimmed body', () => {
		const canonical =
			'code: SC-01\neffective: 2026-01-01\ntitle: 服务协作流程标准\nversion: 1.1.0\n\n---\n## 1 总则\n\n需求确认书须在 15 个工作日内签署。\n';
		expect(base).toBe(sha256(canonical));
		expect(base).toMatch(/^sha256-[0-9a-f]{64}$/);
	});

	it('ignores status and reviewBy changes', () => {
		expect(versionHash(text(replace(FRONT, 'status: active', 'status: superseded')))).toBe(base);
		expect(versionHash(text(replace(FRONT, 'status: active', 'status: retired')))).toBe(base);
		expect(versionHash(text(replace(FRONT, 'reviewBy: 2027-01-01', 'reviewBy: 2028-06-30')))).toBe(base);
		expect(versionHash(text(FRONT.filter((line) => !line.startsWith('reviewBy'))))).toBe(base);
		expect(versionHash(text(FRONT.filter((line) => !line.startsWith('status'))))).toBe(base);
	});

	it('ignores CRLF vs LF (and lone CR) line endings', () => {
		expect(versionHash(text().replace(/\n/g, '\r\n'))).toBe(base);
		expect(versionHash(text().replace(/\n/g, '\r'))).toBe(base);
	});

	it('ignores the order of front-matter fields and blank lines around the body', () => {
		expect(versionHash(text([...FRONT].reverse()))).toBe(base);
		expect(versionHash(text(FRONT, ['', '', ...BODY, '', '']))).toBe(base);
	});

	it('changes on any body edit', () => {
		expect(versionHash(text(FRONT, replace(BODY, '需求确认书须在 15 个工作日内签署。', '需求确认书须在 10 个工作日内签署。')))).not.toBe(
			base,
		);
		expect(versionHash(text(FRONT, replace(BODY, '需求确认书须在 15 个工作日内签署。', '需求确认书应在 15 个工作日内签署。')))).not.toBe(
			base,
		);
		expect(versionHash(text(FRONT, replace(BODY, '## 1 总则', '## 1 总则 [#c-general]')))).not.toBe(base);
		expect(versionHash(text(FRONT, [...BODY, '补充一段。']))).not.toBe(base);
	});

	it('changes on any other front-matter edit', () => {
		expect(versionHash(text(replace(FRONT, 'title: 服务协作流程标准', 'title: 服务协作标准')))).not.toBe(base);
		expect(versionHash(text(replace(FRONT, 'effective: 2026-01-01', 'effective: 2026-02-01')))).not.toBe(base);
		expect(versionHash(text(replace(FRONT, 'code: SC-01', 'code: SC-02')))).not.toBe(base);
		expect(versionHash(text([...FRONT, 'owner: project-lead']))).not.toBe(base);
		expect(versionHash(text([...FRONT, 'changes:', '  - 说明。']))).not.toBe(base);
	});

	it('hashes a file without front matter as empty data plus its body', () => {
		expect(versionHash('## 1 总则\n正文\n')).toBe(sha256('{}\n\n---\n## 1 总则\n正文\n'));
		expect(versionHash('---\n---\n## 1 总则\n')).toBe(sha256('{}\n\n---\n## 1 总则\n'));
	});

	it('hashes the raw (LF) text when the front matter is not valid YAML', () => {
		const broken = '---\ntitle: [标准\nstatus: active\n---\n## 1 总则\n';
		expect(versionHash(broken)).toBe(sha256(broken));
		expect(versionHash(broken.replace(/\n/g, '\r\n'))).toBe(sha256(broken));
	});
});

const file = (path: string, released: boolean, content = text()): LockedFile => ({ path, text: content, released });

describe('computeLock', () => {
	it('records every released standard version, sorted by key, and leaves out drafts and other files', () => {
		const lock = computeLock([
			file('content/standards/sc-01/1.1.0.mdx', true),
			file('content/standards/cd-01/1.0.0.mdx', true, text(FRONT, ['## 1 跨部门协作'])),
			file('content/standards/sc-01/1.2.0.mdx', false),
			file('content/standards/sc-01/1.0.0.mdx', true, text(replace(FRONT, 'status: active', 'status: superseded'))),
			file('content/handbooks/onboarding.mdx', true),
		]);
		expect(lock).toEqual({
			'cd-01@1.0.0': versionHash(text(FRONT, ['## 1 跨部门协作'])),
			'sc-01@1.0.0': versionHash(text()),
			'sc-01@1.1.0': versionHash(text()),
		});
		expect(Object.keys(lock)).toEqual(['cd-01@1.0.0', 'sc-01@1.0.0', 'sc-01@1.1.0']);
	});

	it('is empty without released versions', () => {
		expect(computeLock([])).toEqual({});
		expect(computeLock([file('content/standards/zz-99/0.1.0.mdx', false)])).toEqual({});
	});
});

describe('checkLock', () => {
	const path = 'content/standards/sc-01/1.1.0.mdx';
	const lock = { 'sc-01@1.1.0': versionHash(text()) };

	it('accepts released versions that match the lock', () => {
		expect(checkLock([file(path, true)], lock, 'content/standards.lock.json')).toEqual([]);
	});

	it('accepts a status or review-date change of a released version', () => {
		const superseded = text(
			replace(replace(FRONT, 'status: active', 'status: superseded'), 'reviewBy: 2027-01-01', 'reviewBy: 2028-01-01'),
		);
		expect(checkLock([file(path, true, superseded.replace(/\n/g, '\r\n'))], lock, 'content/standards.lock.json')).toEqual([]);
	});

	it('reports a released version edited in place, naming the file and the command to create a new version', () => {
		const edited = text(FRONT, replace(BODY, '需求确认书须在 15 个工作日内签署。', '需求确认书须在 10 个工作日内签署。'));
		expect(checkLock([file(path, true, edited)], lock, 'content/standards.lock.json')).toEqual([
			'content/standards/sc-01/1.1.0.mdx: released version 1.1.0 was edited in place (its content no longer matches content/standards.lock.json). Hint: released versions are immutable; undo the edit and create a new version with `npm run new:version -- sc-01 patch` (or minor/major)',
		]);
	});

	it('reports a released version missing from the lock', () => {
		expect(checkLock([file('content/standards/cd-01/1.0.0.mdx', true)], {}, 'content/standards.lock.json')).toEqual([
			'content/standards/cd-01/1.0.0.mdx: released version 1.0.0 is not recorded in content/standards.lock.json. Hint: run `npm run lock:standards` once the version is ready to release, and commit the lock with it',
		]);
	});

	it('never checks drafts or files that are not standard versions', () => {
		expect(checkLock([file('content/standards/zz-99/0.1.0.mdx', false)], {}, 'content/standards.lock.json')).toEqual([]);
		// a draft that differs from a stale lock entry is not an edit either
		expect(checkLock([file(path, false, text(FRONT, ['## 1 改写']))], lock, 'content/standards.lock.json')).toEqual([]);
		expect(checkLock([file('content/handbooks/onboarding.mdx', true)], {}, 'content/standards.lock.json')).toEqual([]);
	});

	it('reports one message per problem, in file order, with the lock path as given', () => {
		const files = [
			file('content/standards/tc-01/1.0.0.mdx', true),
			file(path, true, text(replace(FRONT, 'title: 服务协作流程标准', 'title: 新标题'))),
			file('content/standards/sc-01/1.0.0.mdx', true),
		];
		const problems = checkLock(files, { ...lock, 'sc-01@1.0.0': versionHash(text()) }, 'tests/fixtures/x/standards.lock.json');
		expect(problems).toEqual([
			'content/standards/tc-01/1.0.0.mdx: released version 1.0.0 is not recorded in tests/fixtures/x/standards.lock.json. Hint: run `npm run lock:standards` once the version is ready to release, and commit the lock with it',
			'content/standards/sc-01/1.1.0.mdx: released version 1.1.0 was edited in place (its content no longer matches tests/fixtures/x/standards.lock.json). Hint: released versions are immutable; undo the edit and create a new version with `npm run new:version -- sc-01 patch` (or minor/major)',
		]);
	});

	it('reports a lock entry whose file is gone: a released version is never deleted', () => {
		expect(checkLock([], { 'sc-01@9.9.9': 'sha256-0' }, 'content/standards.lock.json')).toEqual([
			'content/standards.lock.json: "sc-01@9.9.9": released version 9.9.9 has no file content/standards/sc-01/9.9.9.mdx; expected the file kept. Hint: a released version is never deleted; retire it with status: retired',
		]);
	});
});

describe('checkAgainstBase', () => {
	const file = (version: string, body: string, status = 'active') => ({
		path: `content/standards/sc-01/${version}.mdx`,
		text: `---\ncode: SC-01\nversion: ${version}\nstatus: ${status}\nreviewBy: 2027-01-01\n---\n${body}\n`,
	});
	const released = file('1.0.0', '## 1 计划');
	const baseLock = { 'sc-01@1.0.0': versionHash(released.text) };
	const input = { lockPath: 'content/standards.lock.json', baseLock, lock: baseLock, baseFiles: [released], files: [released] };

	it('accepts an unchanged release, a lifecycle change and an added entry', () => {
		expect(checkAgainstBase(input)).toEqual([]);
		const retired = { ...released, text: released.text.replace('status: active', 'status: retired').replace('2027-01-01', '2028-01-01') };
		expect(checkAgainstBase({ ...input, files: [retired] })).toEqual([]);
		const next = file('1.1.0', '## 1 计划\n\n新增。');
		expect(checkAgainstBase({ ...input, lock: { ...baseLock, 'sc-01@1.1.0': versionHash(next.text) }, files: [released, next] })).toEqual(
			[],
		);
	});

	it('rejects the lock-bypass sequence: entry re-locked after an in-place edit', () => {
		const edited = { ...released, text: released.text.replace('计划', '计划（改）') };
		expect(checkAgainstBase({ ...input, lock: { 'sc-01@1.0.0': versionHash(edited.text) }, files: [edited] })).toEqual([
			`content/standards.lock.json: "sc-01@1.0.0": entry changed; expected the hash recorded on the base branch, ${baseLock['sc-01@1.0.0']}`,
			expect.stringContaining(
				'content/standards/sc-01/1.0.0.mdx: released version 1.0.0 was changed beyond its lifecycle fields (status, reviewBy) since the base branch',
			),
		]);
	});

	it('rejects a removed entry and a deleted released file', () => {
		expect(checkAgainstBase({ ...input, lock: {}, files: [] })).toEqual([
			'content/standards.lock.json: "sc-01@1.0.0": entry removed; expected lock entries to be only ever added (it is on the base branch)',
			expect.stringContaining('content/standards/sc-01/1.0.0.mdx: released version 1.0.0 was deleted; expected the file kept'),
		]);
	});
});
