import type { StorageLike } from '../../src/lib/learner-store.ts';

/** A small in-memory StorageLike; each operation can be made to throw, like a blocked or full localStorage. */
export class MemoryStorage implements StorageLike {
	readonly data = new Map<string, string>();
	failGet = false;
	failSet = false;
	failRemove = false;

	constructor(initial: Record<string, string> = {}) {
		for (const [key, value] of Object.entries(initial)) this.data.set(key, value);
	}

	getItem(key: string): string | null {
		if (this.failGet) throw new Error('SecurityError: access denied');
		return this.data.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		if (this.failSet) throw new Error('QuotaExceededError');
		this.data.set(key, value);
	}

	removeItem(key: string): void {
		if (this.failRemove) throw new Error('SecurityError: access denied');
		this.data.delete(key);
	}

	snapshot(): Record<string, string> {
		return Object.fromEntries(this.data);
	}
}
