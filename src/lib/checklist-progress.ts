/**
 * Checklist ticks: stable item ids, the stored shape, and progress. Item ids hash the item's text,
 * so editing an item's wording starts it unticked while every other tick survives.
 */
import * as z from 'zod/mini';
import { fnv1a } from './hash.ts';
import { readStore, storeKey, writeStore, type ReadResult, type StorageLike } from './learner-store.ts';

export const CHECKLIST_STORE_KEY = storeKey('checklists', 1);

/** FNV-1a over the normalised text, in base 36: short, stable, collision-unlikely within a list. */
export function checklistItemId(text: string): string {
	return `i-${fnv1a(text.replace(/\s+/g, ' ').trim())}`;
}

const listState = z.object({
	/** Ids of ticked items. */
	ticked: z.array(z.string()),
	/** ISO time of the last change. */
	updated: z.string(),
});

export const checklistStoreSchema = z.object({
	lists: z.record(z.string(), listState),
});

export type ChecklistStore = z.infer<typeof checklistStoreSchema>;
export type ChecklistState = z.infer<typeof listState>;

export const emptyChecklistStore = (): ChecklistStore => ({ lists: {} });

export function readChecklists(storage: StorageLike | undefined): ReadResult<ChecklistStore> {
	return readStore(storage, CHECKLIST_STORE_KEY, checklistStoreSchema, emptyChecklistStore);
}

export function writeChecklists(storage: StorageLike | undefined, store: ChecklistStore): boolean {
	return writeStore(storage, CHECKLIST_STORE_KEY, store);
}

/** Returns a new store with one item ticked or unticked. */
export function setTicked(store: ChecklistStore, listId: string, itemId: string, ticked: boolean, now: Date = new Date()): ChecklistStore {
	const current = new Set(store.lists[listId]?.ticked ?? []);
	if (ticked) current.add(itemId);
	else current.delete(itemId);
	return { lists: { ...store.lists, [listId]: { ticked: [...current].sort(), updated: now.toISOString() } } };
}

export function resetList(store: ChecklistStore, listId: string): ChecklistStore {
	const lists = { ...store.lists };
	delete lists[listId];
	return { lists };
}

export interface Progress {
	done: number;
	total: number;
	/** Whole percent, 0–100, rounded down: 100 only when every item is done. */
	percent: number;
}

/** Progress over the items that exist now; ticks of removed items do not count. */
export function checklistProgress(itemIds: readonly string[], state: ChecklistState | undefined): Progress {
	const ticked = new Set(state?.ticked ?? []);
	const done = itemIds.filter((id) => ticked.has(id)).length;
	const total = itemIds.length;
	return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}
