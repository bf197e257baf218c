import type { StorageLike } from '../../src/lib/learner-store.ts';

/**
 * A small in-memory StorageLike; each operation can be made to throw, like a blocked or full
 * localStorage (`failSet` throws the browser's QuotaExceededError, `denySet` a SecurityError), and
 * `quota` limits the stored characters as a browser does.
 */
export class MemoryStorage implements StorageLike {
	readonly data = new Map<string, string>();
	failGet = false;
	failSet = false;
	denySet = false;
	failRemove = false;
	/** Most characters (keys and values) the storage holds; a write beyond it throws QuotaExceededError. */
	quota = Infinity;

	constructor(initial: Record<string, string> = {}) {
		for (const [key, value] of Object.entries(initial)) this.data.set(key, value);
	}

	getItem(key: string): string | null {
		if (this.failGet) throw new Error('SecurityError: access denied');
		return this.data.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		if (this.denySet) throw new DOMException('The operation is insecure.', 'SecurityError');
		if (this.failSet) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const used = [...this.data].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
		if (used + key.length + String(value).length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.data.set(key, String(value));
	}

	key(index: number): string | null {
		return [...this.data.keys()][index] ?? null;
	}

	get length(): number {
		return this.data.size;
	}

	removeItem(key: string): void {
		if (this.failRemove) throw new Error('SecurityError: access denied');
		this.data.delete(key);
	}

	snapshot(): Record<string, string> {
		return Object.fromEntries(this.data);
	}
}
