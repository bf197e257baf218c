/**
 * Checklist ticks: stable item ids, the stored shape, and progress. Item ids hash the item's text,
 * so editing an item's wording starts it unticked while every other tick survives. Each tick or
 * untick records its time per item, so two tabs' changes merge item by item (the later change of an
 * item wins) instead of one tab's list replacing the other's.
 */
import * as z from 'zod/mini';
import { fnv1a } from './hash.ts';
import { isoDateTime } from './learner-schema.ts';
import {
	own,
	readStore,
	withOwn,
	storeKey,
	updateStore,
	writeStore,
	type ReadResult,
	type StorageLike,
	type WriteResult,
} from './learner-store.ts';

export const CHECKLIST_STORE_KEY = storeKey('checklists', 1);

/** FNV-1a over the normalised text, in base 36: short, stable, collision-unlikely within a list. */
export function checklistItemId(text: string): string {
	return `i-${fnv1a(text.replace(/\s+/g, ' ').trim())}`;
}

const listState = z.object({
	/** Ids of ticked items. */
	ticked: z.array(z.string()),
	/** ISO time of the last change. */
	updated: isoDateTime,
	/** Item id → ISO time it was last ticked or unticked (absent in data from before the merge). */
	changed: z.optional(z.record(z.string(), isoDateTime)),
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

export function writeChecklists(storage: StorageLike | undefined, store: ChecklistStore): WriteResult {
	return writeStore(storage, CHECKLIST_STORE_KEY, store, checklistStoreSchema);
}

/** Applies a change to the ticks as stored now and writes them (see updateStore). */
export function updateChecklists(storage: StorageLike | undefined, change: (store: ChecklistStore) => ChecklistStore) {
	return updateStore(storage, CHECKLIST_STORE_KEY, checklistStoreSchema, emptyChecklistStore, change);
}

function withList(store: ChecklistStore, listId: string, state: ChecklistState): ChecklistStore {
	return { lists: withOwn(store.lists, listId, state) };
}

/** Returns a new store with one item ticked or unticked. */
export function setTicked(store: ChecklistStore, listId: string, itemId: string, ticked: boolean, now: Date = new Date()): ChecklistStore {
	const list = own(store.lists, listId);
	const current = new Set(list?.ticked ?? []);
	if (ticked) current.add(itemId);
	else current.delete(itemId);
	const at = now.toISOString();
	return withList(store, listId, { ticked: [...current].sort(), updated: at, changed: withOwn(list?.changed ?? {}, itemId, at) });
}

/** Unticks every item of a list (recorded per item, so the reset merges with other tabs too). */
export function resetList(store: ChecklistStore, listId: string, now: Date = new Date()): ChecklistStore {
	const list = own(store.lists, listId);
	if (!list) return store;
	const at = now.toISOString();
	let changed = { ...list.changed };
	for (const id of list.ticked) changed = withOwn(changed, id, at);
	return withList(store, listId, { ticked: [], updated: at, changed });
}

/**
 * Merges two versions of the ticks (this tab's and another's): per item the later recorded change
 * wins; an item neither side dated is ticked when either side ticked it, so no tick is lost.
 * Commutative and idempotent, so tabs that merge each other's writes agree.
 */
export function mergeChecklists(a: ChecklistStore, b: ChecklistStore): ChecklistStore {
	let out: ChecklistStore = { lists: {} };
	const ids = new Set([...Object.keys(a.lists), ...Object.keys(b.lists)]);
	for (const id of [...ids].sort()) {
		const x = own(a.lists, id);
		const y = own(b.lists, id);
		if (!x || !y) {
			out = withList(out, id, (x ?? y)!);
			continue;
		}
		const items = new Set([...x.ticked, ...y.ticked, ...Object.keys(x.changed ?? {}), ...Object.keys(y.changed ?? {})]);
		const ticked: string[] = [];
		let changed: Record<string, string> = {};
		for (const item of items) {
			const tx = x.changed ? own(x.changed, item) : undefined;
			const ty = y.changed ? own(y.changed, item) : undefined;
			const inX = x.ticked.includes(item);
			const inY = y.ticked.includes(item);
			let on: boolean;
			if (tx !== undefined && ty !== undefined) on = tx === ty ? inX || inY : tx > ty ? inX : inY;
			else if (tx !== undefined) on = inX;
			else if (ty !== undefined) on = inY;
			else on = inX || inY;
			if (on) ticked.push(item);
			const t = [tx, ty]
				.filter((v) => v !== undefined)
				.sort()
				.at(-1);
			if (t !== undefined) changed = withOwn(changed, item, t);
		}
		const updated = x.updated > y.updated ? x.updated : y.updated;
		out = withList(
			out,
			id,
			Object.keys(changed).length > 0 ? { ticked: ticked.sort(), updated, changed } : { ticked: ticked.sort(), updated },
		);
	}
	return out;
}

export interface Progress {
	done: number;
	total: number;
	/** Whole percent, 0–100, rounded down: 100 only when every item is done. */
	percent: number;
}

/** Progress over the items that exist now; ticks of removed items do not count. */
export function checklistProgress(itemIds: readonly string[], state: ChecklistState | undefined): Progress {
	const ticked = new Set(Array.isArray(state?.ticked) ? state.ticked : []);
	const done = itemIds.filter((id) => ticked.has(id)).length;
	const total = itemIds.length;
	return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}
