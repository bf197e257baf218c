import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
	discardSetAside,
	own,
	readStore,
	setAsideKeys,
	storageProblem,
	STORE_PREFIX,
	storeKey,
	updateStore,
	withOwn,
	writeStore,
	type Parser,
	type StorageLike,
} from '../../src/lib/learner-store.ts';
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
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'ok', value: { items: ['a', 'b'] }, setAside: [] });
		expect(storage.snapshot()).toEqual({ [KEY]: '{"items":["a","b"]}' });
	});

	it('returns empty for a missing key and writes nothing', () => {
		const storage = new MemoryStorage({ other: 'x' });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'empty', value: { items: [] }, setAside: [] });
		expect(storage.snapshot()).toEqual({ other: 'x' });
	});

	it('sets corrupt JSON aside under …:unreadable:<now>, keeping the raw text and removing the key', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":[' });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({
			status: 'set-aside',
			value: { items: [] },
			movedTo: `processbook:test:v1:unreadable:${NOW}`,
			setAside: [`processbook:test:v1:unreadable:${NOW}`],
		});
		expect(storage.snapshot()).toEqual({ [`processbook:test:v1:unreadable:${NOW}`]: '{"items":[' });
	});

	it('sets aside valid JSON that does not match the schema', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":[1,2]}' });
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({
			status: 'set-aside',
			value: { items: [] },
			movedTo: `${KEY}:unreadable:${NOW}`,
			setAside: [`${KEY}:unreadable:${NOW}`],
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
		expect(readStore(undefined, KEY, schema, empty, NOW)).toEqual({ status: 'unavailable', value: { items: [] }, setAside: [] });
	});

	it('is unavailable when reading throws', () => {
		const storage = new MemoryStorage({ [KEY]: '{"items":[]}' });
		storage.failGet = true;
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'unavailable', value: { items: [] }, setAside: [] });
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
		expect(readStore(hostile, KEY, schema, empty, NOW)).toEqual({ status: 'unavailable', value: { items: [] }, setAside: [] });
	});

	it('is read-only (quota) when the bad value cannot be moved aside; the bad value stays put', () => {
		const storage = new MemoryStorage({ [KEY]: 'not json' });
		storage.failSet = true;
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({
			status: 'read-only',
			problem: 'quota',
			value: { items: [] },
			setAside: [],
		});
		expect(storage.snapshot()).toEqual({ [KEY]: 'not json' });
	});

	it('is read-only (denied) when the browser refuses the copy', () => {
		const storage = new MemoryStorage({ [KEY]: 'not json' });
		storage.denySet = true;
		expect(readStore(storage, KEY, schema, empty, NOW)).toMatchObject({ status: 'read-only', problem: 'denied' });
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
		expect(readStore(new MemoryStorage({ n: '42' }), 'n', parser, () => 0, NOW)).toEqual({ status: 'ok', value: 42, setAside: [] });
		expect(readStore(new MemoryStorage({ n: '"42"' }), 'n', parser, () => 0, NOW)).toMatchObject({
			status: 'set-aside',
			value: 0,
			movedTo: `n:unreadable:${NOW}`,
		});
	});
});

describe('writeStore', () => {
	it('writes JSON and says so', () => {
		const storage = new MemoryStorage();
		expect(writeStore(storage, KEY, { items: ['a'] }, schema)).toEqual({ ok: true });
		expect(storage.snapshot()).toEqual({ [KEY]: '{"items":["a"]}' });
	});

	it('round-trips through readStore', () => {
		const storage = new MemoryStorage();
		writeStore(storage, KEY, { items: ['x', 'y'] }, schema);
		expect(readStore(storage, KEY, schema, empty, NOW)).toEqual({ status: 'ok', value: { items: ['x', 'y'] }, setAside: [] });
	});

	it('tells a full storage (quota) from a refused one (denied), and changes nothing', () => {
		const full = new MemoryStorage({ [KEY]: '{"items":["old"]}' });
		full.failSet = true;
		expect(writeStore(full, KEY, { items: ['new'] }, schema)).toEqual({ ok: false, problem: 'quota' });
		expect(full.snapshot()).toEqual({ [KEY]: '{"items":["old"]}' });
		const denied = new MemoryStorage({ [KEY]: '{"items":["old"]}' });
		denied.denySet = true;
		expect(writeStore(denied, KEY, { items: ['new'] }, schema)).toEqual({ ok: false, problem: 'denied' });
		expect(denied.snapshot()).toEqual({ [KEY]: '{"items":["old"]}' });
	});

	it('is denied without storage', () => {
		expect(writeStore(undefined, KEY, { items: [] }, schema)).toEqual({ ok: false, problem: 'denied' });
	});

	it('fails without throwing when the value cannot be serialised', () => {
		const storage = new MemoryStorage();
		expect(writeStore(storage, KEY, { n: 1n } as unknown as Value, schema).ok).toBe(false);
		expect(storage.snapshot()).toEqual({});
	});

	// D4: a large unreadable value that cannot be copied aside was overwritten by the next write.
	it('never writes over unreadable data that cannot be set aside: read-only, original untouched', () => {
		const big = `{"items":[${'"x",'.repeat(2000)}`;
		const storage = new MemoryStorage({ [KEY]: big });
		storage.quota = big.length + KEY.length + 100;
		expect(readStore(storage, KEY, schema, empty, NOW)).toMatchObject({ status: 'read-only', problem: 'quota' });
		expect(writeStore(storage, KEY, { items: ['new'] }, schema, NOW)).toEqual({ ok: false, problem: 'read-only' });
		expect(updateStore(storage, KEY, schema, empty, (v) => ({ items: [...v.items, 'n'] }), NOW).write).toEqual({
			ok: false,
			problem: 'read-only',
		});
		expect(storage.snapshot()).toEqual({ [KEY]: big });
	});

	it('sets unreadable data aside before writing over it', () => {
		const storage = new MemoryStorage({ [KEY]: 'garbage' });
		expect(writeStore(storage, KEY, { items: ['a'] }, schema, NOW)).toEqual({ ok: true });
		expect(storage.snapshot()).toEqual({ [KEY]: '{"items":["a"]}', [`${KEY}:unreadable:${NOW}`]: 'garbage' });
	});
});

describe('set-aside copies', () => {
	it('are listed for every page that reads the store, until discarded', () => {
		const storage = new MemoryStorage({ [KEY]: 'garbage' });
		readStore(storage, KEY, schema, empty, NOW);
		expect(readStore(storage, KEY, schema, empty, NOW + 1)).toEqual({
			status: 'empty',
			value: { items: [] },
			setAside: [`${KEY}:unreadable:${NOW}`],
		});
		expect(setAsideKeys(storage)).toEqual([`${KEY}:unreadable:${NOW}`]);
		expect(discardSetAside(storage, KEY)).toBe(false);
		expect(discardSetAside(storage, `${KEY}:unreadable:${NOW}`)).toBe(true);
		expect(setAsideKeys(storage)).toEqual([]);
	});

	it('never overwrite an earlier copy made in the same millisecond, and are not duplicated', () => {
		const storage = new MemoryStorage({ [KEY]: 'one' });
		readStore(storage, KEY, schema, empty, NOW);
		storage.setItem(KEY, 'two');
		readStore(storage, KEY, schema, empty, NOW);
		storage.setItem(KEY, 'two');
		storage.failRemove = true;
		readStore(storage, KEY, schema, empty, NOW);
		expect(storage.snapshot()).toEqual({ [KEY]: 'two', [`${KEY}:unreadable:${NOW}`]: 'one', [`${KEY}:unreadable:${NOW}-2`]: 'two' });
	});
});

describe('updateStore', () => {
	it('changes the value as stored now, not a copy held in memory (another tab wrote in between)', () => {
		const storage = new MemoryStorage();
		writeStore(storage, KEY, { items: ['from-other-tab'] }, schema);
		const { value, write } = updateStore(storage, KEY, schema, empty, (v) => ({ items: [...v.items, 'mine'] }), NOW);
		expect(write).toEqual({ ok: true });
		expect(value).toEqual({ items: ['from-other-tab', 'mine'] });
		expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ items: ['from-other-tab', 'mine'] });
	});

	it('returns the changed value even when it could not be kept, with the reason', () => {
		const storage = new MemoryStorage();
		storage.failSet = true;
		expect(updateStore(storage, KEY, schema, empty, () => ({ items: ['a'] }), NOW)).toMatchObject({
			value: { items: ['a'] },
			write: { ok: false, problem: 'quota' },
		});
	});
});

describe('storageProblem', () => {
	it('recognises the quota errors of each browser and calls everything else denied', () => {
		expect(storageProblem(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
		expect(storageProblem({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('quota');
		expect(storageProblem({ code: 22 })).toBe('quota');
		expect(storageProblem(new DOMException('x', 'SecurityError'))).toBe('denied');
		expect(storageProblem('nope')).toBe('denied');
		expect(storageProblem(null)).toBe('denied');
	});
});

describe('own / withOwn', () => {
	it('never reach Object.prototype, and set __proto__ as a plain entry', () => {
		expect(own({}, 'constructor')).toBeUndefined();
		expect(own({ a: 1 }, 'a')).toBe(1);
		const record = withOwn<number>({}, '__proto__', 1);
		expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
		expect(Object.keys(record)).toEqual(['__proto__']);
		expect(own(record, '__proto__')).toBe(1);
	});
});
