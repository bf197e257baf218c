import { describe, expect, it } from 'vitest';
import { PROFILE_STORE_KEY, profileSchema, readProfile, writeProfile } from '../../src/lib/profile.ts';
import { MemoryStorage } from './memory-storage.ts';

describe('profile', () => {
	it('uses a versioned key', () => {
		expect(PROFILE_STORE_KEY).toBe('processbook:profile:v1');
	});

	it('reads no role when nothing is stored, and writes nothing', () => {
		const storage = new MemoryStorage();
		expect(readProfile(storage)).toEqual({ status: 'empty', value: { role: null }, setAside: [] });
		expect(storage.snapshot()).toEqual({});
	});

	it('writes a role as JSON and reads it back', () => {
		const storage = new MemoryStorage();
		expect(writeProfile(storage, { role: 'consultant' })).toEqual({ ok: true });
		expect(storage.snapshot()).toEqual({ 'processbook:profile:v1': '{"role":"consultant"}' });
		expect(readProfile(storage)).toEqual({ status: 'ok', value: { role: 'consultant' }, setAside: [] });
	});

	it('writes a cleared role as null', () => {
		const storage = new MemoryStorage({ [PROFILE_STORE_KEY]: '{"role":"consultant"}' });
		expect(writeProfile(storage, { role: null })).toEqual({ ok: true });
		expect(storage.snapshot()).toEqual({ 'processbook:profile:v1': '{"role":null}' });
		expect(readProfile(storage)).toEqual({ status: 'ok', value: { role: null }, setAside: [] });
	});

	it('sets an unreadable profile aside and reads no role', () => {
		for (const raw of ['{"role":', '{"role":3}', '{}', '"consultant"']) {
			const storage = new MemoryStorage({ [PROFILE_STORE_KEY]: raw });
			const result = readProfile(storage);
			expect(result.status).toBe('set-aside');
			expect(result.value).toEqual({ role: null });
			const movedTo = (result as { movedTo: string }).movedTo;
			expect(movedTo).toMatch(/^processbook:profile:v1:unreadable:\d+$/);
			expect(storage.snapshot()).toEqual({ [movedTo]: raw });
		}
	});

	it('reports unavailable storage and refused writes', () => {
		expect(readProfile(undefined)).toEqual({ status: 'unavailable', value: { role: null }, setAside: [] });
		const blocked = new MemoryStorage({ [PROFILE_STORE_KEY]: '{"role":"consultant"}' });
		blocked.failGet = true;
		expect(readProfile(blocked)).toEqual({ status: 'unavailable', value: { role: null }, setAside: [] });
		const full = new MemoryStorage();
		full.failSet = true;
		expect(writeProfile(full, { role: 'consultant' })).toMatchObject({ ok: false });
		expect(full.snapshot()).toEqual({});
		expect(writeProfile(undefined, { role: 'consultant' })).toMatchObject({ ok: false });
	});

	it('keeps only the role when parsing', () => {
		expect(profileSchema.safeParse({ role: 'team-lead', extra: true })).toEqual({ success: true, data: { role: 'team-lead' } });
		expect(profileSchema.safeParse({ role: undefined }).success).toBe(false);
	});
});
