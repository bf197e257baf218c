/**
 * Learner data lives in localStorage under one versioned key per kind, parsed with a schema on
 * every read. The rules that keep it from ever being destroyed live here, once for every store:
 * - Data that cannot be read is never thrown at the page: it is copied aside under a
 *   `…:unreadable:<time>` key before anything else happens, and the caller gets an empty value
 *   plus a notice. When the copy cannot be made (storage full), the original stays where it is and
 *   the store is read-only: every write to it is refused until the reader frees space.
 * - Every write is checked and says why it failed: storage full (quota) or not allowed (privacy
 *   modes, disabled storage), or read-only (unreadable data that could not be set aside).
 * - A change is read-modify-write on the freshly read value, so another tab's write is not replaced
 *   by a stale copy held in memory.
 */

export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	/** Enumeration (as on `Storage`), to find set-aside copies; optional for minimal stand-ins. */
	key?(index: number): string | null;
	readonly length?: number;
}

/** Anything with zod's `safeParse` shape; keeps this module free of a schema library. */
export interface Parser<T> {
	safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** Why storage refused: full (quota) or not allowed at all. */
export type StorageProblem = 'quota' | 'denied';

export type WriteResult = { ok: true } | { ok: false; problem: StorageProblem | 'read-only' };

/** `setAside`: keys of this store's set-aside copies that still exist, whatever the status, so every page can say so. */
export type ReadResult<T> = { setAside: string[] } & (
	| { status: 'ok'; value: T }
	| { status: 'empty'; value: T }
	/** Unreadable data was copied to `movedTo`; the store starts empty. */
	| { status: 'set-aside'; value: T; movedTo: string }
	/** Unreadable data could not be copied aside (`problem`): it stays in place and nothing is written over it. */
	| { status: 'read-only'; value: T; problem: StorageProblem }
	/** Storage cannot be read at all. */
	| { status: 'unavailable'; value: T }
);

export const STORE_PREFIX = 'processbook';
export const SET_ASIDE_MARK = ':unreadable:';

export function storeKey(kind: string, version: number): string {
	return `${STORE_PREFIX}:${kind}:v${version}`;
}

/** Tells a full storage from a refused one (the DOMException names and legacy codes browsers use). */
export function storageProblem(error: unknown): StorageProblem {
	if (typeof error !== 'object' || error === null) return 'denied';
	const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'quota';
	return typeof message === 'string' && /quota/i.test(message) ? 'quota' : 'denied';
}

function parseRaw<T>(raw: string, parser: Parser<T>): { ok: true; value: T } | { ok: false } {
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { ok: false };
	}
	const result = parser.safeParse(json);
	return result.success ? { ok: true, value: result.data } : { ok: false };
}

/** Keys of every set-aside copy in the storage (all stores), oldest first. */
export function setAsideKeys(storage: StorageLike | undefined): string[] {
	const keys: string[] = [];
	try {
		if (!storage?.key || typeof storage.length !== 'number') return keys;
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(`${STORE_PREFIX}:`) && key.includes(SET_ASIDE_MARK)) keys.push(key);
		}
	} catch {
		return keys;
	}
	return keys.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * Copies `raw` aside (unless an identical copy of this store exists), then removes the original.
 * Returns the copy's key, or the problem when the copy could not be written (original untouched).
 */
function setAside(storage: StorageLike, key: string, raw: string, now: number): { movedTo: string } | { problem: StorageProblem } {
	let movedTo = setAsideKeys(storage).find((k) => k.startsWith(`${key}${SET_ASIDE_MARK}`) && safeGet(storage, k) === raw);
	if (!movedTo) {
		movedTo = `${key}${SET_ASIDE_MARK}${now}`;
		for (let n = 2; safeGet(storage, movedTo) !== null; n++) movedTo = `${key}${SET_ASIDE_MARK}${now}-${n}`;
		try {
			storage.setItem(movedTo, raw);
			// A copy that does not read back whole is no copy: keep the original.
			if (storage.getItem(movedTo) !== raw) return { problem: 'quota' };
		} catch (error) {
			return { problem: storageProblem(error) };
		}
	}
	try {
		storage.removeItem(key);
	} catch {
		// The copy is safe; the unreadable original is set aside again (found as identical) on the next write.
	}
	return { movedTo };
}

function safeGet(storage: StorageLike, key: string): string | null {
	try {
		return storage.getItem(key);
	} catch {
		return null;
	}
}

/** Set-aside copies of one store. */
export function setAsideOf(storage: StorageLike | undefined, key: string): string[] {
	return setAsideKeys(storage).filter((k) => k.startsWith(`${key}${SET_ASIDE_MARK}`));
}

export function readStore<T>(
	storage: StorageLike | undefined,
	key: string,
	parser: Parser<T>,
	empty: () => T,
	now = Date.now(),
): ReadResult<T> {
	let raw: string | null;
	try {
		if (!storage) return { status: 'unavailable', value: empty(), setAside: [] };
		raw = storage.getItem(key);
	} catch {
		return { status: 'unavailable', value: empty(), setAside: [] };
	}
	if (raw !== null) {
		const parsed = parseRaw(raw, parser);
		if (parsed.ok) return { status: 'ok', value: parsed.value, setAside: setAsideOf(storage, key) };
		const moved = setAside(storage, key, raw, now);
		if (!('movedTo' in moved)) return { status: 'read-only', value: empty(), problem: moved.problem, setAside: setAsideOf(storage, key) };
		return { status: 'set-aside', value: empty(), movedTo: moved.movedTo, setAside: setAsideOf(storage, key) };
	}
	return { status: 'empty', value: empty(), setAside: setAsideOf(storage, key) };
}

/**
 * Writes a value. Refuses (read-only) when the stored value is unreadable and cannot be set aside,
 * so a write never replaces data that could not be kept; reports quota and refusal apart.
 */
export function writeStore<T>(storage: StorageLike | undefined, key: string, value: T, parser: Parser<T>, now = Date.now()): WriteResult {
	if (!storage) return { ok: false, problem: 'denied' };
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch (error) {
		return { ok: false, problem: storageProblem(error) };
	}
	if (raw !== null && !parseRaw(raw, parser).ok) {
		const moved = setAside(storage, key, raw, now);
		if (!('movedTo' in moved)) return { ok: false, problem: 'read-only' };
	}
	try {
		storage.setItem(key, JSON.stringify(value));
		return { ok: true };
	} catch (error) {
		return { ok: false, problem: storageProblem(error) };
	}
}

/**
 * Read-modify-write: applies `change` to the value as stored now (not a copy held since the page
 * loaded) and writes the result. `value` is the changed value even when the write failed, so the
 * page can show what the reader did while telling them it was not kept.
 */
export function updateStore<T>(
	storage: StorageLike | undefined,
	key: string,
	parser: Parser<T>,
	empty: () => T,
	change: (current: T) => T,
	now = Date.now(),
): { value: T; read: ReadResult<T>; write: WriteResult } {
	const read = readStore(storage, key, parser, empty, now);
	const value = change(read.value);
	if (read.status === 'read-only') return { value, read, write: { ok: false, problem: 'read-only' } };
	if (read.status === 'unavailable') return { value, read, write: { ok: false, problem: 'denied' } };
	return { value, read, write: writeStore(storage, key, value, parser, now) };
}

/** Removes a set-aside copy (only such keys: a store's own key is never removed here). */
export function discardSetAside(storage: StorageLike, key: string): boolean {
	if (!key.startsWith(`${STORE_PREFIX}:`) || !key.includes(SET_ASIDE_MARK)) return false;
	try {
		storage.removeItem(key);
		return true;
	} catch {
		return false;
	}
}

/** `record[key]` only when it is the record's own entry: `constructor` or `__proto__` in data never reach Object's. */
export function own<V>(record: Record<string, V>, key: string): V | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy of `record` with `key` set as an own entry (a plain assignment of `__proto__` would change the prototype). */
export function withOwn<V>(record: Record<string, V>, key: string, value: V): Record<string, V> {
	const out: Record<string, V> = {};
	for (const [k, v] of Object.entries(record))
		if (k !== key) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
	Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
	return out;
}
