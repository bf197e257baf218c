import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	diffUrl,
	emptyReceiptStore,
	readReceipts,
	readState,
	RECEIPT_STORE_KEY,
	recordRead,
	writeReceipts,
	type ReceiptStore,
} from '../../src/lib/read-receipts.ts';
import { MemoryStorage } from './memory-storage.ts';

const JAN = new Date('2026-01-01T08:00:00.000Z');
const FEB = new Date('2026-02-01T09:30:00.000Z');
const MAR = new Date('2026-03-01T10:00:00.000Z');

describe('receipt store', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('uses a versioned key', () => {
		expect(RECEIPT_STORE_KEY).toBe('processbook:receipts:v1');
	});

	it('starts empty, with a fresh object each time', () => {
		expect(emptyReceiptStore()).toEqual({ standards: {} });
		expect(emptyReceiptStore()).not.toBe(emptyReceiptStore());
		expect(readReceipts(new MemoryStorage())).toEqual({ status: 'empty', value: { standards: {} }, setAside: [] });
	});

	it('writes and reads back receipts', () => {
		const storage = new MemoryStorage();
		const store: ReceiptStore = { standards: { 'sc-01': { version: '1.1.0', readAt: JAN.toISOString() } } };
		expect(writeReceipts(storage, store)).toEqual({ ok: true });
		expect(storage.snapshot()).toEqual({
			'processbook:receipts:v1': '{"standards":{"sc-01":{"version":"1.1.0","readAt":"2026-01-01T08:00:00.000Z"}}}',
		});
		expect(readReceipts(storage)).toEqual({ status: 'ok', value: store, setAside: [] });
	});

	it('sets aside stored data that is not a receipt store', () => {
		vi.useFakeTimers({ now: JAN });
		const bad = '{"standards":{"sc-01":{"version":"latest","readAt":"x"}}}';
		const storage = new MemoryStorage({ [RECEIPT_STORE_KEY]: bad });
		expect(readReceipts(storage)).toEqual({
			status: 'set-aside',
			value: { standards: {} },
			movedTo: `processbook:receipts:v1:unreadable:${JAN.getTime()}`,
			setAside: [`processbook:receipts:v1:unreadable:${JAN.getTime()}`],
		});
		expect(storage.snapshot()).toEqual({ [`processbook:receipts:v1:unreadable:${JAN.getTime()}`]: bad });
	});

	it('sets aside a receipt without a readAt time and unparseable JSON', () => {
		vi.useFakeTimers({ now: JAN });
		expect(readReceipts(new MemoryStorage({ [RECEIPT_STORE_KEY]: '{"standards":{"sc-01":{"version":"1.0.0"}}}' })).status).toBe(
			'set-aside',
		);
		expect(readReceipts(new MemoryStorage({ [RECEIPT_STORE_KEY]: '{not json' })).status).toBe('set-aside');
	});

	it('reports unavailable storage instead of throwing', () => {
		expect(readReceipts(undefined)).toEqual({ status: 'unavailable', value: { standards: {} }, setAside: [] });
		const blocked = new MemoryStorage();
		blocked.failGet = true;
		expect(readReceipts(blocked)).toEqual({ status: 'unavailable', value: { standards: {} }, setAside: [] });
	});

	it('returns false when the store cannot be written', () => {
		expect(writeReceipts(undefined, emptyReceiptStore())).toMatchObject({ ok: false });
		const full = new MemoryStorage();
		full.failSet = true;
		expect(writeReceipts(full, emptyReceiptStore())).toMatchObject({ ok: false });
		expect(full.snapshot()).toEqual({});
	});
});

describe('recordRead', () => {
	it('records the first read of a standard with the time it was marked', () => {
		expect(recordRead(emptyReceiptStore(), 'sc-01', '1.1.0', JAN)).toEqual({
			standards: { 'sc-01': { version: '1.1.0', readAt: '2026-01-01T08:00:00.000Z' } },
		});
	});

	it('replaces an older receipt with a newer version', () => {
		const store = recordRead(emptyReceiptStore(), 'sc-01', '1.0.0', JAN);
		expect(recordRead(store, 'sc-01', '1.1.0', FEB)).toEqual({
			standards: { 'sc-01': { version: '1.1.0', readAt: '2026-02-01T09:30:00.000Z' } },
		});
	});

	it('never replaces a newer receipt with an older one', () => {
		const store = recordRead(emptyReceiptStore(), 'sc-01', '1.1.0', FEB);
		const after = recordRead(store, 'sc-01', '1.0.0', MAR);
		expect(after).toBe(store);
		expect(after).toEqual({ standards: { 'sc-01': { version: '1.1.0', readAt: '2026-02-01T09:30:00.000Z' } } });
	});

	it('compares versions numerically (1.10.0 is newer than 1.9.0)', () => {
		const store = recordRead(emptyReceiptStore(), 'sc-01', '1.10.0', JAN);
		expect(recordRead(store, 'sc-01', '1.9.0', FEB)).toEqual({
			standards: { 'sc-01': { version: '1.10.0', readAt: '2026-01-01T08:00:00.000Z' } },
		});
		expect(recordRead(recordRead(emptyReceiptStore(), 'sc-01', '1.9.0', JAN), 'sc-01', '1.10.0', FEB)).toEqual({
			standards: { 'sc-01': { version: '1.10.0', readAt: '2026-02-01T09:30:00.000Z' } },
		});
	});

	it('updates the time when the same version is marked again', () => {
		const store = recordRead(emptyReceiptStore(), 'sc-01', '1.1.0', JAN);
		expect(recordRead(store, 'sc-01', '1.1.0', FEB)).toEqual({
			standards: { 'sc-01': { version: '1.1.0', readAt: '2026-02-01T09:30:00.000Z' } },
		});
	});

	it('keeps other standards and does not change the store it was given', () => {
		const store: ReceiptStore = { standards: { 'cd-01': { version: '1.0.0', readAt: '2025-12-01T00:00:00.000Z' } } };
		const copy = structuredClone(store);
		expect(recordRead(store, 'sc-01', '1.1.0', JAN)).toEqual({
			standards: {
				'cd-01': { version: '1.0.0', readAt: '2025-12-01T00:00:00.000Z' },
				'sc-01': { version: '1.1.0', readAt: '2026-01-01T08:00:00.000Z' },
			},
		});
		expect(store).toEqual(copy);
	});

	it('uses the current time by default', () => {
		vi.useFakeTimers({ now: MAR });
		try {
			expect(recordRead(emptyReceiptStore(), 'sc-01', '1.0.0')).toEqual({
				standards: { 'sc-01': { version: '1.0.0', readAt: '2026-03-01T10:00:00.000Z' } },
			});
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('readState', () => {
	const store: ReceiptStore = { standards: { 'sc-01': { version: '1.1.0', readAt: '2026-01-01T08:00:00.000Z' } } };

	it('is unread without a receipt', () => {
		expect(readState(store, 'cd-01', '1.0.0')).toEqual({ state: 'unread' });
		expect(readState(emptyReceiptStore(), 'sc-01', '1.1.0')).toEqual({ state: 'unread' });
	});

	it('is read when the receipt is for the current version', () => {
		expect(readState(store, 'sc-01', '1.1.0')).toEqual({
			state: 'read',
			receipt: { version: '1.1.0', readAt: '2026-01-01T08:00:00.000Z' },
		});
	});

	it('is read when the receipt is for a newer version than the current one', () => {
		expect(readState(store, 'sc-01', '1.0.0')).toEqual({
			state: 'read',
			receipt: { version: '1.1.0', readAt: '2026-01-01T08:00:00.000Z' },
		});
	});

	it('is changed when the reader read an older version', () => {
		expect(readState(store, 'sc-01', '1.2.0')).toEqual({
			state: 'changed',
			receipt: { version: '1.1.0', readAt: '2026-01-01T08:00:00.000Z' },
		});
		expect(readState(store, 'sc-01', '1.1.1')).toEqual({
			state: 'changed',
			receipt: { version: '1.1.0', readAt: '2026-01-01T08:00:00.000Z' },
		});
		expect(readState({ standards: { 'sc-01': { version: '1.9.0', readAt: 'x' } } }, 'sc-01', '1.10.0')).toEqual({
			state: 'changed',
			receipt: { version: '1.9.0', readAt: 'x' },
		});
	});
});

describe('diffUrl', () => {
	it('links to the comparison of the version read and the current one', () => {
		expect(diffUrl('', 'sc-01', '1.0.0', '1.1.0')).toBe('/standards/sc-01/changes/?from=1.0.0&to=1.1.0#compare');
		expect(diffUrl('/processbook/en', 'sc-01', '1.0.0', '1.2.0')).toBe(
			'/processbook/en/standards/sc-01/changes/?from=1.0.0&to=1.2.0#compare',
		);
	});

	it('encodes the versions', () => {
		expect(diffUrl('', 'sc-01', '1.0.0&x=1', '2.0.0#a')).toBe('/standards/sc-01/changes/?from=1.0.0%26x%3D1&to=2.0.0%23a#compare');
	});
});
