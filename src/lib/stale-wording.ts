/**
 * Wording a new version changed, to find content that restates the old rule without citing it: a
 * quiz prompt that still says "3 个工作日" after the clause moved to 5, a recommendation repeating a
 * removed requirement. A phrase is a changed number with the unit after it ("3 个工作日"), or a
 * removed run of text long enough to be distinctive. Matching ignores white space.
 */
import type { ContentText } from './citations.ts';
import { tokenize, type ClauseChange } from './version-diff.ts';

/** Tokens of context kept after a changed number: enough for its unit (个工作日, 小时, %). */
const UNIT_TOKENS = 3;
/** A removed run without a number counts when it has at least this many characters (white space aside). */
export const MIN_REMOVED_RUN = 8;

const squash = (text: string) => text.replace(/\s+/g, '');
const PUNCTUATION = /^[\p{P}\n]$/u;

/** The number and the unit after it, for each number in `text`: "24 小时", "3 个工作日", "30 天". */
function numberPhrases(text: string): string[] {
	const tokens = tokenize(text);
	return tokens.flatMap((token, i) => {
		if (!/\p{N}/u.test(token)) return [];
		const unit: string[] = [];
		for (const next of tokens.slice(i + 1)) {
			if (PUNCTUATION.test(next) || /\p{N}/u.test(next) || unit.filter((t) => t.trim()).length >= UNIT_TOKENS) break;
			unit.push(next);
		}
		return unit.some((t) => t.trim()) ? [squash(token + unit.join(''))] : [];
	});
}

/** Phrases of the old text that the new version no longer has. */
export function changedPhrases(change: ClauseChange): string[] {
	if (change.kind === 'unchanged' || change.kind === 'added') return [];
	const phrases = new Set<string>();
	if (change.kind === 'removed') {
		for (const phrase of numberPhrases(change.from.text)) phrases.add(phrase);
	} else {
		// Each removed piece: a number in it with the unit that follows in the old text, and itself when long.
		change.text.forEach((part, i) => {
			if (part.op !== 'removed') return;
			const following = change.text.slice(i + 1).find((p) => p.op !== 'added');
			const unit = following?.op === 'same' ? following.text.slice(0, 12) : '';
			if (/\p{N}/u.test(part.text)) for (const phrase of numberPhrases(part.text + unit)) phrases.add(phrase);
			// A removed run reads as its clauses: each long one the new text does not keep.
			for (const piece of part.text.split(/[。；;，,、\n]/)) if (squash(piece).length >= MIN_REMOVED_RUN) phrases.add(squash(piece));
		});
	}
	const after = change.kind === 'removed' ? '' : squash(change.to.text);
	return [...phrases].filter((phrase) => !after.includes(phrase));
}

/** Pairs of characters the text itself must share with the old clause text when its item shares only one with the title. */
export const TEXT_PAIRS = 5;

/** The two-character runs of Han text in a title: 需求确认 → 需求, 求确, 确认. */
function hanPairs(text: string): string[] {
	return [...text.matchAll(/\p{Script=Han}{2,}/gu)].flatMap((m) => [...m[0]].slice(0, -1).map((c, i) => c + m[0][i + 1]));
}

/**
 * Content texts that contain one of the phrases, each with the phrase it repeats. A number phrase
 * ("5 个工作日") is common, so the text's item must also be about the clause: it shares two pairs
 * of characters with the clause title (需求确认书 with §2.4 需求确认), or one, and the text itself
 * shares TEXT_PAIRS with the old clause text.
 */
export function textsRepeating(
	phrases: readonly string[],
	texts: readonly ContentText[],
	clause: { title: string; text: string } = { title: '', text: '' },
): { text: ContentText; phrase: string }[] {
	if (phrases.length === 0) return [];
	const titlePairs = [...new Set(hanPairs(clause.title))];
	const phrasePairs = new Set(phrases.flatMap(hanPairs));
	const textPairs = [...new Set(hanPairs(clause.text))].filter((pair) => !phrasePairs.has(pair));
	const shared = (pairs: string[], text: string) => pairs.filter((pair) => text.includes(pair)).length;
	const about = (t: ContentText) => {
		if (titlePairs.length === 0) return true;
		const title = shared(titlePairs, t.item);
		return title >= Math.min(2, titlePairs.length) || (title >= 1 && shared(textPairs, t.text) >= TEXT_PAIRS);
	};
	// "4小时" must not match inside "24小时": a phrase that starts with a digit starts a number.
	const patterns = phrases.map((phrase) => ({
		phrase,
		pattern: new RegExp(`${/^\p{N}/u.test(phrase) ? '(?<![\\p{N}.])' : ''}${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'),
	}));
	return texts.flatMap((text) => {
		const flat = squash(text.text);
		const found = patterns.find((p) => p.pattern.test(flat));
		if (!found) return [];
		// A long removed run is specific enough on its own; a number needs the topic too.
		return /^\p{N}/u.test(found.phrase) && !about(text) ? [] : [{ text, phrase: found.phrase }];
	});
}
