/**
 * Clause-by-clause comparison of two versions of a standard. Clauses are matched by anchor; a
 * clause whose anchor vanished but whose text reappears under another number is "moved", not
 * removed and added. Inside a changed clause the words that changed are marked: Chinese
 * character by character, Latin words and numbers whole. The token diff is jsdiff's `diffArrays`.
 */
import { diffArrays } from 'diff';
import type { ClauseText } from './clauses.ts';

export type TextPart = { op: 'same' | 'added' | 'removed'; text: string };

export type ClauseChange =
	| { kind: 'unchanged'; from: ClauseText; to: ClauseText }
	| { kind: 'changed'; from: ClauseText; to: ClauseText; title: TextPart[]; text: TextPart[] }
	| { kind: 'moved'; from: ClauseText; to: ClauseText; title: TextPart[]; text: TextPart[] }
	| { kind: 'added'; to: ClauseText }
	| { kind: 'removed'; from: ClauseText };

/** Han characters and CJK punctuation one by one; runs of letters/digits, spaces and other marks as units. */
export function tokenize(text: string): string[] {
	// Letters and digits run together, except Han characters, which always stand alone ("15个" is 15 + 个).
	return (
		text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[[\p{L}\p{N}]--[\p{Script=Han}\uff00-\uffef]]+|\s+|[^\p{L}\p{N}\s]/gv) ?? []
	);
}

/** The token diff as runs of kept, added and removed text. */
function tokenDiff(before: readonly string[], after: readonly string[]): TextPart[] {
	const parts: TextPart[] = [];
	for (const change of diffArrays([...before], [...after])) {
		const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
		const text = change.value.join('');
		const last = parts.at(-1);
		if (last && last.op === op) last.text += text;
		else parts.push({ op, text });
	}
	return parts;
}

export function diffText(before: string, after: string): TextPart[] {
	return tokenDiff(tokenize(before), tokenize(after));
}

/**
 * Length of the longest common subsequence of two token lists: the tokens a minimal diff keeps. Bit-parallel
 * (Hyyrö 2004): one bit per token of `a`, one pass of word-wide additions per token of `b`, so two
 * 1,500-token clauses take about 70,000 word operations instead of the millions Myers' diff spends on a
 * rewritten text. Used to decide "moved" and "rewritten" before (or instead of) computing the diff itself.
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
	if (a.length === 0 || b.length === 0) return 0;
	const words = Math.ceil(a.length / 32);
	const masks = new Map<string, Uint32Array>();
	a.forEach((token, i) => {
		let mask = masks.get(token);
		if (!mask) masks.set(token, (mask = new Uint32Array(words)));
		mask[i >>> 5]! |= 1 << (i & 31);
	});
	// V has a 0 bit for each position of `a` matched so far; it starts all ones (bits past a.length stay set).
	const v = new Uint32Array(words).fill(0xffffffff);
	for (const token of b) {
		const mask = masks.get(token);
		if (!mask) continue;
		let carry = 0;
		for (let w = 0; w < words; w++) {
			const u = v[w]! & mask[w]!;
			const sum = v[w]! + u + carry;
			carry = sum > 0xffffffff ? 1 : 0;
			v[w] = (sum >>> 0) | (v[w]! & ~mask[w]!);
		}
	}
	let unmatched = 0;
	for (let i = 0; i < a.length; i++) unmatched += (v[i >>> 5]! >>> (i & 31)) & 1;
	return a.length - unmatched;
}

/** Share of the longer text that a minimal diff keeps, 0–1 (two empty texts are the same). */
function keptShare(a: readonly string[], b: readonly string[]): number {
	const longest = Math.max(a.length, b.length);
	return longest === 0 ? 1 : lcsLength(a, b) / longest;
}

/** Share of the longer text that the two texts have in common (in order), 0–1. */
export function similarity(before: string, after: string): number {
	return keptShare(tokenize(before), tokenize(after));
}

/** How much text must stay for an unmatched pair of clauses to count as one clause moved. */
export const MOVE_THRESHOLD = 0.6;
/** Below this share kept, a clause reads better as "old text out, new text in" than as confetti. */
export const REWRITE_THRESHOLD = 0.35;

/** Word-level changes, or the whole text replaced when it was rewritten rather than edited. */
export function clauseTextDiff(before: string, after: string): TextPart[] {
	const [a, b] = [tokenize(before), tokenize(after)];
	if (keptShare(a, b) >= REWRITE_THRESHOLD) return tokenDiff(a, b);
	return [...(before ? [{ op: 'removed' as const, text: before }] : []), ...(after ? [{ op: 'added' as const, text: after }] : [])];
}

function compare(from: ClauseText, to: ClauseText): ClauseChange {
	if (from.number === to.number && from.title === to.title && from.text === to.text) return { kind: 'unchanged', from, to };
	const kind = from.number === to.number ? 'changed' : 'moved';
	return { kind, from, to, title: diffText(from.title, to.title), text: clauseTextDiff(from.text, to.text) };
}

/**
 * Changes from `before` to `after`, in the order of `after`; a removed clause is listed where it
 * stood, after the clause that preceded it in `before`.
 */
export function diffVersions(before: readonly ClauseText[], after: readonly ClauseText[]): ClauseChange[] {
	const beforeById = new Map(before.map((c) => [c.id, c]));
	const afterIds = new Set(after.map((c) => c.id));
	const orphans = before.filter((c) => !afterIds.has(c.id));
	const pairedFrom = new Map<string, ClauseText>();
	for (const to of after) {
		if (beforeById.has(to.id)) continue;
		let best: { clause: ClauseText; score: number } | undefined;
		for (const candidate of orphans) {
			if ([...pairedFrom.values()].includes(candidate)) continue;
			const score = similarity(`${candidate.title}\n${candidate.text}`, `${to.title}\n${to.text}`);
			if (score >= MOVE_THRESHOLD && (!best || score > best.score)) best = { clause: candidate, score };
		}
		if (best) pairedFrom.set(to.id, best.clause);
	}
	const moved = new Set(pairedFrom.values());
	const changes: ClauseChange[] = after.map((to) => {
		const from = beforeById.get(to.id) ?? pairedFrom.get(to.id);
		return from ? compare(from, to) : { kind: 'added', to };
	});
	// Place each removed clause after the change that holds its predecessor in `before`.
	for (const removed of before.filter((c) => !afterIds.has(c.id) && !moved.has(c))) {
		const index = before.indexOf(removed);
		const predecessor = before[index - 1];
		const at = predecessor ? changes.findIndex((c) => c.kind !== 'added' && c.from === predecessor) : -1;
		changes.splice(at + 1, 0, { kind: 'removed', from: removed });
	}
	return changes;
}

export interface DiffSummary {
	added: number;
	removed: number;
	changed: number;
	moved: number;
	unchanged: number;
}

export function summarize(changes: readonly ClauseChange[]): DiffSummary {
	const summary: DiffSummary = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
	for (const change of changes) summary[change.kind]++;
	return summary;
}

/**
 * The pair of versions a comparison URL asks for (`?from=…&to=…`), or undefined when either is not
 * one of `known`'s own versions: `constructor`, `__proto__` or `toString` name no version.
 */
export function comparisonPair(
	known: Record<string, unknown>,
	from: string | null,
	to: string | null,
): [from: string, to: string] | undefined {
	if (from === null || to === null || !Object.hasOwn(known, from) || !Object.hasOwn(known, to)) return undefined;
	return [from, to];
}
