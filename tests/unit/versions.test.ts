import { describe, expect, it } from 'vitest';
import { compareVersions, currentVersion, isPending, parseVersion, sortNewestFirst } from '../../src/lib/versions.ts';

describe('parseVersion', () => {
	it('parses three non-negative integers', () => {
		expect(parseVersion('1.0.0')).toEqual([1, 0, 0]);
		expect(parseVersion('10.20.30')).toEqual([10, 20, 30]);
	});

	it.each(['1.0', '1.0.0.0', '1.a.0', '-1.0.0', '1.0.0-beta', '1.5.0.', 'v1.0.0', '1.0.1.5', ''])('rejects %j', (bad) => {
		expect(() => parseVersion(bad)).toThrow(`"${bad}" is not a version like 1.0.0`);
	});

	it.each(['1..0', '1.0.', '0x1.0.0', '1e1.0.0', ' 1.0.0'])('rejects the malformed version %j', (bad) => {
		expect(() => parseVersion(bad)).toThrow(`"${bad}" is not a version like 1.0.0`);
	});
});

describe('compareVersions', () => {
	it('compares numerically, not as text', () => {
		expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
		expect(compareVersions('1.9.0', '1.10.0')).toBeLessThan(0);
		expect(compareVersions('2.0.0', '1.99.99')).toBeGreaterThan(0);
		expect(compareVersions('1.0.10', '1.0.2')).toBeGreaterThan(0);
	});

	it('returns the first differing part difference, and 0 when equal', () => {
		expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
		expect(compareVersions('3.0.0', '1.0.0')).toBe(2);
		expect(compareVersions('1.2.0', '1.5.9')).toBe(-3);
	});

	it('throws on an invalid version', () => {
		expect(() => compareVersions('1.0', '1.0.0')).toThrow('"1.0" is not a version like 1.0.0');
	});
});

describe('sortNewestFirst', () => {
	it('orders newest first without mutating the input', () => {
		const input = [{ version: '1.2.0' }, { version: '1.10.0' }, { version: '1.9.0' }, { version: '0.9.0' }];
		const snapshot = structuredClone(input);
		expect(sortNewestFirst(input).map((v) => v.version)).toEqual(['1.10.0', '1.9.0', '1.2.0', '0.9.0']);
		expect(input).toEqual(snapshot);
	});
});

describe('currentVersion', () => {
	it('picks the newest active version, skipping newer drafts', () => {
		const versions = [
			{ version: '1.0.0', status: 'superseded' },
			{ version: '1.1.0', status: 'active' },
			{ version: '1.10.0', status: 'draft' },
			{ version: '1.9.0', status: 'active' },
		];
		expect(currentVersion(versions)).toEqual({ version: '1.9.0', status: 'active' });
	});

	it('prefers an older active version over a newer superseded/retired one', () => {
		const versions = [
			{ version: '2.0.0', status: 'retired' },
			{ version: '1.0.0', status: 'active' },
		];
		expect(currentVersion(versions)).toEqual({ version: '1.0.0', status: 'active' });
	});

	it('falls back to the newest non-draft version when none is active', () => {
		const versions = [
			{ version: '1.0.0', status: 'superseded' },
			{ version: '1.1.0', status: 'retired' },
			{ version: '2.0.0', status: 'draft' },
		];
		expect(currentVersion(versions)).toEqual({ version: '1.1.0', status: 'retired' });
	});

	it('returns undefined for drafts only, or no versions', () => {
		expect(currentVersion([{ version: '0.1.0', status: 'draft' }])).toBeUndefined();
		expect(currentVersion([])).toBeUndefined();
	});

	it('returns the very object passed in (extra fields kept)', () => {
		const v = { version: '1.0.0', status: 'active', file: 'x.mdx' };
		expect(currentVersion([v])).toBe(v);
	});

	it('keeps the previous version current until a newer one comes into force', () => {
		const versions = [
			{ version: '1.0.0', status: 'superseded', effective: '2026-01-01' },
			{ version: '1.1.0', status: 'active', effective: '2026-07-01' },
		];
		expect(currentVersion(versions, '2026-06-30')?.version).toBe('1.0.0');
		expect(currentVersion(versions, '2026-07-01')?.version).toBe('1.1.0');
		expect(currentVersion(versions)?.version).toBe('1.1.0');
	});

	it('prefers an active version in force over an older superseded one, and an approved-only standard still has one', () => {
		const versions = [
			{ version: '1.0.0', status: 'superseded', effective: '2025-01-01' },
			{ version: '1.1.0', status: 'active', effective: '2026-01-01' },
			{ version: '2.0.0', status: 'active', effective: '2027-01-01' },
		];
		expect(currentVersion(versions, '2026-06-01')?.version).toBe('1.1.0');
		expect(currentVersion([{ version: '1.0.0', status: 'active', effective: '2030-01-01' }], '2026-06-01')?.version).toBe('1.0.0');
	});
});

describe('isPending', () => {
	it('is true for a released version whose effective date is still ahead', () => {
		expect(isPending({ status: 'active', effective: '2026-07-01' }, '2026-06-30')).toBe(true);
		expect(isPending({ status: 'active', effective: '2026-07-01' }, '2026-07-01')).toBe(false);
		expect(isPending({ status: 'draft', effective: '2026-07-01' }, '2026-01-01')).toBe(false);
	});
});
