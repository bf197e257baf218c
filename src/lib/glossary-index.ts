/**
 * The glossary's index by initial: a term files under the first letter of its pinyin (李克特量表
 * under L) or, when it starts with a Latin letter, under that letter (SMART 原则 under S). The
 * pinyin initial comes from the pinyin collation of `Intl.Collator`: the first Han character of
 * each initial in pinyin order marks where that letter starts, so no pinyin dictionary ships.
 */

/** Initials pinyin syllables start with (no I, U or V), and the first character of each in pinyin order. */
const LETTERS = 'ABCDEFGHJKLMNOPQRSTWXYZ';
const FIRST_OF_LETTER = '阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他屲夕丫帀';

let collator: Intl.Collator | undefined;

/** `A`–`Z` for a term starting with a Latin letter or a Han character, `#` for anything else. */
export function indexLetter(term: string): string {
	const first = term.trim().charAt(0);
	if (/[a-z]/i.test(first)) return first.toUpperCase();
	if (!/\p{Script=Han}/u.test(first)) return '#';
	collator ??= new Intl.Collator('zh-CN-u-co-pinyin');
	let letter = '#';
	for (let i = 0; i < FIRST_OF_LETTER.length; i++) if (collator.compare(FIRST_OF_LETTER[i]!, first) <= 0) letter = LETTERS[i]!;
	return letter;
}

/** Terms grouped by index letter, letters in order (`#` last), terms in pinyin order within each. */
export function groupByLetter<T>(items: readonly T[], term: (item: T) => string): { letter: string; items: T[] }[] {
	collator ??= new Intl.Collator('zh-CN-u-co-pinyin');
	const groups = new Map<string, T[]>();
	for (const item of [...items].sort((a, b) => collator!.compare(term(a), term(b)))) {
		const letter = indexLetter(term(item));
		groups.set(letter, [...(groups.get(letter) ?? []), item]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
		.map(([letter, items]) => ({ letter, items }));
}
