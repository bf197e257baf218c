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

export function diffText(before: string, after: string): TextPart[] {
	const parts: TextPart[] = [];
	for (const change of diffArrays(tokenize(before), tokenize(after))) {
		const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
		const text = change.value.join('');
		const last = parts.at(-1);
		if (last && last.op === op) last.text += text;
		else parts.push({ op, text });
	}
	return parts;
}

/** Share of the longer text that a diff keeps, 0–1. */
function keptShare(parts: readonly TextPart[], before: string, after: string): number {
	const longest = Math.max(tokenize(before).length, tokenize(after).length);
	if (longest === 0) return 1;
	return parts.filter((p) => p.op === 'same').reduce((sum, p) => sum + tokenize(p.text).length, 0) / longest;
}

export function similarity(before: string, after: string): number {
	return keptShare(diffText(before, after), before, after);
}

/** How much text must stay for an unmatched pair of clauses to count as one clause moved. */
export const MOVE_THRESHOLD = 0.6;
/** Below this share kept, a clause reads better as "old text out, new text in" than as confetti. */
export const REWRITE_THRESHOLD = 0.35;

/** Word-level changes, or the whole text replaced when it was rewritten rather than edited. */
export function clauseTextDiff(before: string, after: string): TextPart[] {
	const parts = diffText(before, after);
	if (keptShare(parts, before, after) >= REWRITE_THRESHOLD) return parts;
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
