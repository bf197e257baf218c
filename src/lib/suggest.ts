/**
 * "Did you mean …?" for a mistyped key, id or scheme: the closest known word by edit distance
 * (case-insensitive), when it is close enough to be the likely intent.
 */

/** Levenshtein distance, counting a swap of two neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/** The known word closest to `word`, if within a third of its length (at least 1, at most 3 edits). */
export function closest(word: string, known: readonly string[]): string | undefined {
	const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
	let best: { word: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
	}
	return best?.word;
}

/** ` Did you mean "reviewBy"?` or an empty string. */
export function didYouMean(word: string, known: readonly string[]): string {
	const match = closest(word, known);
	return match ? ` Did you mean "${match}"?` : '';
}
