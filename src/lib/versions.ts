/** Semantic version ordering and the choice of a standard's current version. */

export function parseVersion(version: string): [number, number, number] {
	if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`"${version}" is not a version like 1.0.0`);
	return version.split('.').map(Number) as [number, number, number];
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function compareVersions(a: string, b: string): number {
	const left = parseVersion(a);
	const right = parseVersion(b);
	for (let i = 0; i < 3; i++) {
		const diff = left[i]! - right[i]!;
		if (diff !== 0) return diff;
	}
	return 0;
}

/** Newest first. */
export function sortNewestFirst<T extends { version: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * The canonical version of a standard on `asOf` (YYYY-MM-DD; every version counts when omitted):
 * the newest `active` one already in force. A version approved with a future `effective` date
 * leaves the one before it current until that day, even if that one is already marked
 * superseded. When none is active (a retired standard), the newest non-draft one, so the
 * standard stays readable.
 */
export function currentVersion<T extends { version: string; status: string; effective?: string | undefined }>(
	versions: readonly T[],
	asOf?: string,
): T | undefined {
	const released = sortNewestFirst(versions).filter((v) => v.status !== 'draft');
	const due = released.filter((v) => asOf === undefined || v.effective === undefined || v.effective <= asOf);
	return (
		due.find((v) => v.status === 'active') ??
		(due[0]?.status === 'retired' ? due[0] : undefined) ??
		due.find((v) => v.status === 'superseded') ??
		released.find((v) => v.status === 'active') ??
		released[0]
	);
}

/** True when a released version's effective date is still ahead on `asOf`: approved, not yet in force. */
export function isPending(version: { status: string; effective?: string | undefined }, asOf: string): boolean {
	return version.status !== 'draft' && version.effective !== undefined && version.effective > asOf;
}
