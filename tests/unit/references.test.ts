import { describe, expect, it } from 'vitest';
import type { ContentIndex, IndexedStandard, IndexedVersion } from '../../src/lib/content-index.ts';
import { isReference, referenceContext, resolveClauseRef, resolveReference } from '../../src/lib/references.ts';

const v100: IndexedVersion = {
	version: '1.0.0',
	status: 'superseded',
	code: 'SC-01',
	title: '服务协作标准',
	file: 'content/standards/sc-01/1.0.0.mdx',
	body: '',
	effective: '2025-01-01',
	clauses: [
		{ number: '1', id: 'c-1', title: '旧计划', depth: 2 },
		{ number: '9', id: 'c-9', title: '已删除', depth: 2 },
	],
};
const v110: IndexedVersion = {
	version: '1.1.0',
	status: 'active',
	code: 'SC-01',
	title: '服务协作标准',
	file: 'content/standards/sc-01/1.1.0.mdx',
	body: '',
	effective: '2026-01-01',
	clauses: [
		{ number: '1', id: 'c-1', title: '计划', depth: 2 },
		{ number: '2', id: 'c-2', title: '执行', depth: 2 },
		{ number: '2.3', id: 'c-2-3', title: '审批', depth: 3 },
		{ number: '2.4', id: 'c-sign-off', title: '签收', depth: 3 },
	],
};
const sc01: IndexedStandard = { id: 'sc-01', code: 'SC-01', title: '服务协作标准', current: v110, versions: [v100, v110] };
const empty: IndexedVersion = {
	version: '0.9.0',
	status: 'active',
	code: 'QA-02',
	title: '质量',
	file: 'content/standards/qa-02/0.9.0.mdx',
	clauses: [],
	body: '',
	effective: '2026-01-01',
};
const qa02: IndexedStandard = { id: 'qa-02', code: 'QA-02', title: '质量', current: empty, versions: [empty] };

const index: ContentIndex = {
	standards: new Map([
		['sc-01', sc01],
		['qa-02', qa02],
	]),
	terms: new Map([['smart', { id: 'smart', term: 'SMART 原则', definition: '具体、可衡量、可实现、相关、有时限。' }]]),
};

describe('isReference', () => {
	it('recognises std: and term: links only', () => {
		expect(isReference('std:sc-01#c-2-3')).toBe(true);
		expect(isReference('term:smart')).toBe(true);
		expect(isReference('https://example.com/std:x')).toBe(false);
		expect(isReference('/standards/sc-01/')).toBe(false);
		expect(isReference('STD:sc-01')).toBe(false);
	});
});

describe('resolveClauseRef', () => {
	it('resolves a clause in the current version', () => {
		expect(resolveClauseRef(index, 'sc-01#c-2-3')).toEqual({
			ok: true,
			value: { href: '/standards/sc-01/#c-2-3', label: 'SC-01 §2.3', title: '审批' },
		});
	});

	it('resolves an explicit anchor and labels it by number', () => {
		expect(resolveClauseRef(index, 'sc-01#c-sign-off')).toEqual({
			ok: true,
			value: { href: '/standards/sc-01/#c-sign-off', label: 'SC-01 §2.4', title: '签收' },
		});
	});

	it('resolves a bare standard id to the standard', () => {
		expect(resolveClauseRef(index, 'sc-01')).toEqual({
			ok: true,
			value: { href: '/standards/sc-01/', label: 'SC-01', title: '服务协作标准' },
		});
	});

	it('names the unknown standard and lists the known ones', () => {
		expect(resolveClauseRef(index, 'sc-99#c-1')).toEqual({
			ok: false,
			message: 'unknown standard "sc-99" in reference "sc-99#c-1" (known standards: sc-01, qa-02)',
		});
	});

	it('says "none" when no standards are known', () => {
		expect(resolveClauseRef({ standards: new Map(), terms: new Map() }, 'sc-01')).toEqual({
			ok: false,
			message: 'unknown standard "sc-01" in reference "sc-01" (known standards: none)',
		});
	});

	it('names the unknown clause, the current version and the clause range', () => {
		expect(resolveClauseRef(index, 'sc-01#c-7')).toEqual({
			ok: false,
			message: 'unknown clause "c-7" in standard "sc-01" 1.1.0 (reference "sc-01#c-7"; its clauses run c-1 … c-sign-off)',
		});
	});

	it('does not resolve a clause removed in the current version, and says where it went and what to cite', () => {
		expect(resolveClauseRef(index, 'sc-01#c-9')).toEqual({
			ok: false,
			message:
				'clause "c-9" (§9 已删除) was removed in SC-01 1.1.0 (reference "sc-01#c-9"); cite a clause of 1.1.0 instead, or pin the old text with "sc-01@1.0.0#c-9"',
		});
	});

	it('resolves a released version as of its effective date, to the version page that has the clause', () => {
		expect(resolveClauseRef(index, 'sc-01#c-9', { asOf: '2025-06-01' })).toEqual({
			ok: true,
			value: { href: '/standards/sc-01/1.0.0/#c-9', label: 'SC-01 §9', title: '已删除 (SC-01 1.0.0)' },
		});
		expect(resolveClauseRef(index, 'sc-01#c-1', { asOf: '2025-06-01' })).toMatchObject({
			ok: true,
			value: { href: '/standards/sc-01/1.0.0/#c-1', label: 'SC-01 §1' },
		});
		expect(resolveClauseRef(index, 'sc-01#c-2', { asOf: '2026-06-01' })).toMatchObject({
			ok: true,
			value: { href: '/standards/sc-01/#c-2' },
		});
	});

	it('lets a frozen (locked) release reach a clause removed before its effective date', () => {
		expect(resolveClauseRef(index, 'sc-01#c-9', { asOf: '2026-06-01' })).toMatchObject({ ok: false });
		expect(resolveClauseRef(index, 'sc-01#c-9', { asOf: '2026-06-01', lenient: true })).toMatchObject({
			ok: true,
			value: { href: '/standards/sc-01/1.0.0/#c-9' },
		});
	});

	it('resolves a pinned version, and names the released versions when the pin is unknown', () => {
		expect(resolveClauseRef(index, 'sc-01@1.0.0#c-9')).toMatchObject({ ok: true, value: { href: '/standards/sc-01/1.0.0/#c-9' } });
		expect(resolveClauseRef(index, 'sc-01@1.1.0#c-2')).toMatchObject({ ok: true, value: { href: '/standards/sc-01/#c-2' } });
		expect(resolveClauseRef(index, 'sc-01@2.0.0#c-1')).toEqual({
			ok: false,
			message: 'unknown version "2.0.0" of standard "sc-01" in reference "sc-01@2.0.0#c-1" (released versions: 1.0.0, 1.1.0)',
		});
	});

	it('uses "-" for the range of a standard without clauses', () => {
		expect(resolveClauseRef(index, 'qa-02#c-1')).toEqual({
			ok: false,
			message: 'unknown clause "c-1" in standard "qa-02" 0.9.0 (reference "qa-02#c-1"; its clauses run - … -)',
		});
	});
});

describe('resolveReference', () => {
	it('resolves std: with a clause', () => {
		expect(resolveReference(index, 'std:sc-01#c-2')).toEqual({
			ok: true,
			value: { href: '/standards/sc-01/#c-2', label: 'SC-01 §2', title: '执行' },
		});
	});

	it('resolves std: without a clause', () => {
		expect(resolveReference(index, 'std:qa-02')).toEqual({ ok: true, value: { href: '/standards/qa-02/', label: 'QA-02', title: '质量' } });
	});

	it('reports std: problems with the reference without the prefix', () => {
		expect(resolveReference(index, 'std:nope')).toEqual({
			ok: false,
			message: 'unknown standard "nope" in reference "nope" (known standards: sc-01, qa-02)',
		});
	});

	it('resolves term:', () => {
		expect(resolveReference(index, 'term:smart')).toEqual({
			ok: true,
			value: { href: '/glossary/#smart', label: 'SMART 原则', title: '具体、可衡量、可实现、相关、有时限。' },
		});
	});

	it('names an unknown term and the link', () => {
		expect(resolveReference(index, 'term:wbs')).toEqual({ ok: false, message: 'unknown glossary term "wbs" in link "term:wbs"' });
		expect(resolveReference(index, 'term:')).toEqual({ ok: false, message: 'unknown glossary term "" in link "term:"' });
	});
});

describe('referenceContext', () => {
	it('resolves a released standard version as of its effective date, leniently when locked; other files against current versions', () => {
		const locked: ContentIndex = { ...index, standards: new Map([['sc-01', { ...sc01, versions: [{ ...v100, locked: true }, v110] }]]) };
		expect(referenceContext(index, 'content/standards/sc-01/1.0.0.mdx')).toEqual({ asOf: '2025-01-01', lenient: false });
		expect(referenceContext(locked, 'content/standards/sc-01/1.0.0.mdx')).toEqual({ asOf: '2025-01-01', lenient: true });
		expect(referenceContext(index, 'content/handbooks/x.mdx')).toEqual({});
	});
});
