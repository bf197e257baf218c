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
 * The canonical version of a standard: the newest `active` one; when none is active (a retired
 * standard), the newest non-draft one, so the standard stays readable.
 */
export function currentVersion<T extends { version: string; status: string }>(versions: readonly T[]): T | undefined {
	const ordered = sortNewestFirst(versions);
	return ordered.find((v) => v.status === 'active') ?? ordered.find((v) => v.status !== 'draft');
}
