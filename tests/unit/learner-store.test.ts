import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { readStore, STORE_PREFIX, storeKey, writeStore, type Parser, type StorageLike } from '../../src/lib/learner-store.ts';
import { MemoryStorage } from './memory-storage.ts';

const KEY = 'processbook:test:v1';
const NOW = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const schema = z.object({ items: z.array(z.string()) });
type Value = z.infer<typeof schema>;
const empty = (): Value => ({ items: [] });

describe('storeKey', () => {
	it('builds a versioned, prefixed key', () => {
		expect(STORE_PREFIX).toBe('processbook');
		expect(storeKey('checklists', 1)).toBe('processbook:checklists:v1');
		expect(storeKey('quiz', 12)).toBe('processbook:quiz:v12');
	});
});

describe('readStore', () => {
	it('returns the parsed value when the stored JSON matches the schema', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":["a","b"]}' });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'ok', value: { items: ['a', 'b'] } });
		expect(storage.snapshot()).toEqual({ [KEY]: '{"items":["a","b"]}' });
	});

	it('returns empty for a missing key and writes nothing', () => {
		const storage = new MemoryStorage({ other: 'x' });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'empty', value: { items: [] } });
		expect(storage.snapshot()).toEqual({ other: 'x' });
	});

	it('sets corrupt JSON aside under …:unreadable:<now>, keeping the raw text and removing the key', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":[' });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({
			status: 'set-aside',
			value: { items: [] },
			movedTo: `processbook:test:v1:unreadable:${NOW}`,
		});
		expect(storage.snapshot()).toEqual({ [`processbook:test:v1:unreadable:${NOW}`]: '{"items":[' });
	});

	it('sets aside valid JSON that does not match the schema', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":[1,2]}' });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({
			status: 'set-aside',
			value: { items: [] },
			movedTo: `${KEY}:unreadable:${NOW}`,
		});
		expect(storage.snapshot()).toEqual({ [`${KEY}:unreadable:${NOW}`]: '{"items":[1,2]}' });
	});

	it('sets aside an empty string and the JSON literal null', () => {
		for (const raw of ['', 'null']) {
			const storage = new MemoryStorage({ [KEY]: raw });
			expect(readStore(storage, KEY, schema, empty, NOW).status).toBe('set-aside');
			expect(storage.snapshot()).toEqual({ [`${KEY}:unreadable:${NOW}`]: raw });
		}
	});

	it('defaults the time stamp to Date.now()', () => {
		const storage = new MemoryStorage({ [KEY]: 'garbage' });
		const before = Date.now();
		const result = readStore(storage, KEY, schema, empty);
		const after = Date.now();
		expect(result.status).toBe('set-aside');
		const stamp = Number((result as { movedTo: string }).movedTo.slice(`${KEY}:unreadable:`.length));
		expect(stamp).toBeGreaterThanOrEqual(before);
		expect(stamp).toBeLessThanOrEqual(after);
	});

	it('returns a fresh empty value each time', () => {
		const a = readStore(new MemoryStorage(), KEY, schema, empty, NOW).value;
		const b = readStore(new MemoryStorage(), KEY, schema, empty, NOW).value;
		expect(a).toEqual(b);
		expect(a).not.toBe(b);
	});

	it('is unavailable when there is no storage', () => {
		expect(readStore(undefined, KEY, schema, empty, NOW)).toEqual({ status: 'unavailable', value: { items: [] } });
	});

	it('is unavailable when reading throws', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":[]}' });
		storage.failGet = true;
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'unavailable', value: { items: [] } });
		expect(storage.snapshot()).toEqual({ [KEY]: '{"items":[]}' });
	});

	it('is unavailable when even touching storage throws (e.g. a getter that throws)', () => {
		const hostile = {
			get getItem(): StorageLike['getItem'] {
				throw new Error('SecurityError');
			},
			setItem() {},
			removeItem() {},
		} as StorageLike;
		expect(readStore(hostile, KEY, schema, empty, NOW)).toEqual({ status: 'unavailable', value: { items: [] } });
	});

	it('reports storage as unavailable when the bad value cannot be moved aside; the bad value stays put', () => {
		const storage = new MemoryStorage({ [KEY]: 'not json' });
		storage.failSet = true;
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'unavailable', value: { items: [] } });
		expect(storage.snapshot()).toEqual({ [KEY]: 'not json' });
	});

	it('keeps both copies when the copy succeeds but removing the original fails', () => {
		const storage = new MemoryStorage({ [KEY]: 'not json' });
		storage.failRemove = true;
		expect(readStore(storage, KEY, schema, empty, NOW).status).toBe('set-aside');
		expect(storage.snapshot()).toEqual({ [KEY]: 'not json', [`${KEY}:unreadable:${NOW}`]: 'not json' });
	});

	it('works with any safeParse-shaped parser', () => {
		const parser: Parser<number> = {
			safeParse: (value) => (typeof value === 'number' ? { success: true, data: value } : { success: false }),
		};
		expect(readStore(new MemoryStorage({ n: '42' }), 'n', parser, () => 0, NOW)).toEqual({ status: 'ok', value: 42 });
		expect(readStore(new MemoryStorage({ n: '"42"' }), 'n', parser, () => 0, NOW)).toEqual({ status: 'set-aside', value: 0, movedTo: `n:unreadable:${NOW}` });
	});
});

describe('writeStore', () => {
	it('writes JSON and returns true', () => {
		const storage = new MemoryStorage();
		expect(writeStore(storage, KEY, { items: ['a'] })).toBe(true);
		expect(storage.snapshot()).toEqual({ [KEY]: '{"items":["a"]}' });
	});

	it('round-trips through readStore', () => {
		const storage = new MemoryStorage();
		writeStore(storage, KEY, { items: ['x', 'y'] });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'ok', value: { items: ['x', 'y'] } });
	});

	it('returns false when setItem throws', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":["old"]}' });
		storage.failSet = true;
		expect(writeStore(storage, KEY, { items: ['new'] })).toBe(false);
		expect(storage.snapshot()).toEqual({ [KEY]: '{"items":["old"]}' });
	});

	it('returns false without storage', () => {
		expect(writeStore(undefined, KEY, { items: [] })).toBe(false);
	});

	it('returns false when the value cannot be serialised', () => {
		const storage = new MemoryStorage();
		expect(writeStore(storage, KEY, { n: 1n })).toBe(false);
		expect(storage.snapshot()).toEqual({});
	});
});
