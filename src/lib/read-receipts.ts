/**
 * "I have read this version": one receipt per standard, the newest version the reader marked,
 * kept with the other learner data. Comparing it with the current version tells the reader
 * what changed since they last read the standard.
 */
import * as z from 'zod/mini';
import { isoDateTime, versionNumber } from './learner-schema.ts';
import {
	own,
	readStore,
	storeKey,
	updateStore,
	withOwn,
	writeStore,
	type ReadResult,
	type StorageLike,
	type WriteResult,
} from './learner-store.ts';
import { compareVersions } from './versions.ts';

export const RECEIPT_STORE_KEY = storeKey('receipts', 1);

const receipt = z.object({
	version: versionNumber,
	/** ISO time the reader marked it. */
	readAt: isoDateTime,
});

export const receiptStoreSchema = z.object({ standards: z.record(z.string(), receipt) });

export type Receipt = z.infer<typeof receipt>;
export type ReceiptStore = z.infer<typeof receiptStoreSchema>;

export const emptyReceiptStore = (): ReceiptStore => ({ standards: {} });

export function readReceipts(storage: StorageLike | undefined): ReadResult<ReceiptStore> {
	return readStore(storage, RECEIPT_STORE_KEY, receiptStoreSchema, emptyReceiptStore);
}

export function writeReceipts(storage: StorageLike | undefined, store: ReceiptStore): WriteResult {
	return writeStore(storage, RECEIPT_STORE_KEY, store, receiptStoreSchema);
}

/** Applies a change to the receipts as stored now and writes them (see updateStore). */
export function updateReceipts(storage: StorageLike | undefined, change: (store: ReceiptStore) => ReceiptStore) {
	return updateStore(storage, RECEIPT_STORE_KEY, receiptStoreSchema, emptyReceiptStore, change);
}

/** Records a read; an older version never replaces a newer receipt. */
export function recordRead(store: ReceiptStore, standardId: string, version: string, now: Date = new Date()): ReceiptStore {
	const existing = own(store.standards, standardId);
	if (existing && compareVersions(existing.version, version) > 0) return store;
	return { standards: withOwn(store.standards, standardId, { version, readAt: now.toISOString() }) };
}

/** Merges two tabs' receipts: per standard the newer version, then the later reading, wins. */
export function mergeReceipts(a: ReceiptStore, b: ReceiptStore): ReceiptStore {
	let standards: ReceiptStore['standards'] = {};
	for (const id of new Set([...Object.keys(a.standards), ...Object.keys(b.standards)])) {
		const x = own(a.standards, id);
		const y = own(b.standards, id);
		const order = x && y ? compareVersions(x.version, y.version) || (x.readAt < y.readAt ? -1 : x.readAt > y.readAt ? 1 : 0) : 0;
		standards = withOwn(standards, id, (x && y ? (order >= 0 ? x : y) : (x ?? y))!);
	}
	return { standards };
}

export type ReadState =
	| { state: 'unread' }
	| { state: 'read'; receipt: Receipt }
	/** The reader read an older version than the current one. */
	| { state: 'changed'; receipt: Receipt };

export function readState(store: ReceiptStore, standardId: string, currentVersion: string): ReadState {
	const found = own(store.standards, standardId);
	if (!found) return { state: 'unread' };
	return compareVersions(found.version, currentVersion) < 0 ? { state: 'changed', receipt: found } : { state: 'read', receipt: found };
}

/** URL of the comparison between the version read and the current one. */
export function diffUrl(base: string, standardId: string, from: string, to: string): string {
	return `${base}/standards/${standardId}/changes/?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}#compare`;
}
