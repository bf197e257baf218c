/**
 * Learner data lives in localStorage under one versioned key per kind, parsed with a schema on
 * every read. Data that cannot be read is never thrown at the page: it is moved aside under a
 * `…:unreadable:<time>` key (so nothing is lost) and the caller gets an empty value plus a notice.
 */

export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Anything with zod's `safeParse` shape; keeps this module free of a schema library. */
export interface Parser<T> {
	safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type ReadResult<T> =
	| { status: 'ok'; value: T }
	| { status: 'empty'; value: T }
	| { status: 'set-aside'; value: T; movedTo: string }
	| { status: 'unavailable'; value: T };

export const STORE_PREFIX = 'processbook';

export function storeKey(kind: string, version: number): string {
	return `${STORE_PREFIX}:${kind}:v${version}`;
}

export function readStore<T>(storage: StorageLike | undefined, key: string, parser: Parser<T>, empty: () => T, now = Date.now()): ReadResult<T> {
	let raw: string | null;
	try {
		if (!storage) return { status: 'unavailable', value: empty() };
		raw = storage.getItem(key);
	} catch {
		return { status: 'unavailable', value: empty() };
	}
	if (raw === null) return { status: 'empty', value: empty() };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	const result = parser.safeParse(parsed);
	if (result.success) return { status: 'ok', value: result.data };
	const movedTo = `${key}:unreadable:${now}`;
	try {
		storage.setItem(movedTo, raw);
	} catch {
		// Storage full or blocked: nothing could be moved, and nothing can be saved either.
		return { status: 'unavailable', value: empty() };
	}
	try {
		storage.removeItem(key);
	} catch {
		// The copy is safe; the next write replaces the unreadable value anyway.
	}
	return { status: 'set-aside', value: empty(), movedTo };
}

/** Writes a value; returns false when the browser refused (private mode, quota). */
export function writeStore(storage: StorageLike | undefined, key: string, value: unknown): boolean {
	try {
		if (!storage) return false;
		storage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}
