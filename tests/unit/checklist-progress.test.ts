import { describe, expect, it } from 'vitest';
import {
	CHECKLIST_STORE_KEY,
	checklistItemId,
	checklistProgress,
	emptyChecklistStore,
	readChecklists,
	resetList,
	setTicked,
	writeChecklists,
	type ChecklistStore,
} from '../../src/lib/checklist-progress.ts';
import { MemoryStorage } from './memory-storage.ts';

const T1 = new Date('2026-03-01T08:00:00.000Z');
const T2 = new Date('2026-03-02T09:30:00.000Z');

describe('checklistItemId', () => {
	it('is FNV-1a (32-bit) of the text in base 36 with an i- prefix', () => {
		// Published FNV-1a test vectors: "" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968.
		expect(checklistItemId('')).toBe(`i-${(0x811c9dc5).toString(36)}`);
		expect(checklistItemId('a')).toBe('i-1r9wi7g');
		expect(checklistItemId('foobar')).toBe('i-1h5yxyg');
	});

	it('is stable across whitespace differences', () => {
		const id = checklistItemId('确认 需求 文档已签字');
		expect(checklistItemId('  确认  需求\n文档已签字\t')).toBe(id);
		expect(checklistItemId('确认\t需求 \n 文档已签字')).toBe(id);
	});

	it('changes when the wording changes, including case and inner spacing removal', () => {
		const id = checklistItemId('Confirm the scope');
		expect(checklistItemId('Confirm the scope.')).not.toBe(id);
		expect(checklistItemId('confirm the scope')).not.toBe(id);
		expect(checklistItemId('Confirmthe scope')).not.toBe(id);
	});

	it('has the form i-<base36>', () => {
		expect(checklistItemId('交付物已验收')).toMatch(/^i-[0-9a-z]+$/);
	});
});

describe('setTicked', () => {
	it('ticks an item in a new list with a sorted id list and the time', () => {
		expect(setTicked(emptyChecklistStore(), 'needs-analysis', 'i-b', true, T1)).toEqual({
			lists: { 'needs-analysis': { ticked: ['i-b'], updated: '2026-03-01T08:00:00.000Z', changed: { 'i-b': '2026-03-01T08:00:00.000Z' } } },
		});
	});

	it('keeps ids sorted and unique', () => {
		let store = setTicked(emptyChecklistStore(), 'l', 'i-c', true, T1);
		store = setTicked(store, 'l', 'i-a', true, T1);
		store = setTicked(store, 'l', 'i-c', true, T2);
		expect(store).toEqual({
			lists: { l: { ticked: ['i-a', 'i-c'], updated: T2.toISOString(), changed: { 'i-a': T1.toISOString(), 'i-c': T2.toISOString() } } },
		});
	});

	it('unticks an item (and unticking an unticked item is harmless)', () => {
		const store: ChecklistStore = { lists: { l: { ticked: ['i-a', 'i-b'], updated: T1.toISOString() } } };
		expect(setTicked(store, 'l', 'i-a', false, T2)).toEqual({
			lists: { l: { ticked: ['i-b'], updated: T2.toISOString(), changed: { 'i-a': T2.toISOString() } } },
		});
		expect(setTicked(store, 'l', 'i-z', false, T2)).toEqual({
			lists: { l: { ticked: ['i-a', 'i-b'], updated: T2.toISOString(), changed: { 'i-z': T2.toISOString() } } },
		});
	});

	it('does not modify the input store and leaves other lists alone', () => {
		const store: ChecklistStore = {
			lists: {
				l: { ticked: ['i-a'], updated: T1.toISOString() },
				other: { ticked: ['i-x'], updated: T1.toISOString() },
			},
		};
		const before = structuredClone(store);
		const next = setTicked(store, 'l', 'i-b', true, T2);
		expect(store).toEqual(before);
		expect(next).not.toBe(store);
		expect(next.lists).not.toBe(store.lists);
		expect(next.lists.l).toEqual({ ticked: ['i-a', 'i-b'], updated: T2.toISOString(), changed: { 'i-b': T2.toISOString() } });
		expect(next.lists.other).toBe(store.lists.other);
	});

	it('defaults the time to now', () => {
		const before = Date.now();
		const updated = Date.parse(setTicked(emptyChecklistStore(), 'l', 'i-a', true).lists.l!.updated);
		expect(updated).toBeGreaterThanOrEqual(before);
		expect(updated).toBeLessThanOrEqual(Date.now());
	});
});

describe('resetList', () => {
	it('unticks every item of one list, dated per item so the reset merges with other tabs, without modifying the input', () => {
		const store: ChecklistStore = {
			lists: {
				l: { ticked: ['i-a'], updated: T1.toISOString() },
				other: { ticked: ['i-x'], updated: T1.toISOString() },
			},
		};
		const before = structuredClone(store);
		const next = resetList(store, 'l', T2);
		expect(next).toEqual({
			lists: {
				l: { ticked: [], updated: T2.toISOString(), changed: { 'i-a': T2.toISOString() } },
				other: { ticked: ['i-x'], updated: T1.toISOString() },
			},
		});
		expect(store).toEqual(before);
		expect(next.lists).not.toBe(store.lists);
	});

	it('returns the store unchanged when the list does not exist', () => {
		const store: ChecklistStore = { lists: { other: { ticked: [], updated: T1.toISOString() } } };
		expect(resetList(store, 'missing')).toEqual(store);
	});
});

describe('checklistProgress', () => {
	it('counts ticked items that exist now', () => {
		expect(checklistProgress(['i-a', 'i-b', 'i-c', 'i-d'], { ticked: ['i-a', 'i-c'], updated: '' })).toEqual({
			done: 2,
			total: 4,
			percent: 50,
		});
	});

	it('ignores ticks of removed items', () => {
		expect(checklistProgress(['i-a', 'i-b'], { ticked: ['i-a', 'i-gone', 'i-also-gone'], updated: '' })).toEqual({
			done: 1,
			total: 2,
			percent: 50,
		});
	});

	it('rounds the percentage down, so 100% means every item is done', () => {
		const ids = ['1', '2', '3'];
		expect(checklistProgress(ids, { ticked: ['1'], updated: '' }).percent).toBe(33);
		expect(checklistProgress(ids, { ticked: ['1', '2'], updated: '' }).percent).toBe(66);
		expect(checklistProgress(['1', '2', '3', '4', '5', '6', '7', '8'], { ticked: ['1'], updated: '' }).percent).toBe(12); // 12.5 → 12
		const many = Array.from({ length: 200 }, (_, i) => `i-${i}`);
		expect(checklistProgress(many, { ticked: many.slice(0, 199), updated: '' })).toEqual({ done: 199, total: 200, percent: 99 }); // 99.5 → 99
		expect(checklistProgress(many, { ticked: many, updated: '' })).toEqual({ done: 200, total: 200, percent: 100 });
	});

	it('is 0% for no state or an empty list', () => {
		expect(checklistProgress(['i-a'], undefined)).toEqual({ done: 0, total: 1, percent: 0 });
		expect(checklistProgress([], { ticked: ['i-a'], updated: '' })).toEqual({ done: 0, total: 0, percent: 0 });
	});

	it('is 100% when all are ticked', () => {
		expect(checklistProgress(['i-a', 'i-b'], { ticked: ['i-b', 'i-a'], updated: '' })).toEqual({ done: 2, total: 2, percent: 100 });
	});
});

describe('readChecklists / writeChecklists', () => {
	it('uses the versioned checklist key', () => {
		expect(CHECKLIST_STORE_KEY).toBe('processbook:checklists:v1');
	});

	it('round-trips a store', () => {
		const storage = new MemoryStorage();
		const store = setTicked(emptyChecklistStore(), 'qc', 'i-a', true, T1);
		expect(writeChecklists(storage, store)).toEqual({ ok: true });
		expect(storage.snapshot()).toEqual({
			'processbook:checklists:v1':
				'{"lists":{"qc":{"ticked":["i-a"],"updated":"2026-03-01T08:00:00.000Z","changed":{"i-a":"2026-03-01T08:00:00.000Z"}}}}',
		});
		expect(readChecklists(storage)).toEqual({ status: 'ok', value: store, setAside: [] });
	});

	it('reads an empty store when nothing is saved', () => {
		expect(readChecklists(new MemoryStorage())).toEqual({ status: 'empty', value: { lists: {} }, setAside: [] });
	});

	it('sets aside data of the wrong shape', () => {
		const raw = '{"lists":{"qc":{"ticked":"i-a"}}}';
		const storage = new MemoryStorage({ 'processbook:checklists:v1': raw });
		const result = readChecklists(storage);
		expect(result.status).toBe('set-aside');
		expect(result.value).toEqual({ lists: {} });
		const movedTo = (result as { movedTo: string }).movedTo;
		expect(movedTo).toMatch(/^processbook:checklists:v1:unreadable:\d+$/);
		expect(storage.snapshot()).toEqual({ [movedTo]: raw });
	});

	it('is unavailable without storage and cannot write', () => {
		expect(readChecklists(undefined)).toEqual({ status: 'unavailable', value: { lists: {} }, setAside: [] });
		expect(writeChecklists(undefined, emptyChecklistStore())).toMatchObject({ ok: false });
		const storage = new MemoryStorage();
		storage.failSet = true;
		expect(writeChecklists(storage, emptyChecklistStore())).toMatchObject({ ok: false });
	});
});
