/**
 * Release rules: the version number of a standard says what kind of change it made, computed from
 * the clause diff so authors and reviewers never have to argue about it. Removing a clause or
 * giving a clause another anchor needs a major version (citations of the old anchor stop holding);
 * adding, moving (anchor kept) or rewording a clause needs at least a minor one; a patch only fixes
 * wording (no number, no obligation word changed, a small share of the text). `changes` must name
 * every clause added, removed or moved. An anchor that now holds a different clause is reported:
 * every existing citation of it would silently point at something else.
 */
import type { ClauseText } from './clauses.ts';
import { diffVersions, MOVE_THRESHOLD, REWRITE_THRESHOLD, similarity, tokenize, type ClauseChange } from './version-diff.ts';
import { parseVersion } from './versions.ts';

export type Bump = 'major' | 'minor' | 'patch';

/**
 * The day the release rules were adopted. A version released (locked) and effective before it
 * predates the rules and is not judged by them; every later or unreleased version is.
 */
export const RELEASE_RULES_SINCE = '2026-12-01';

const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

/** Words that carry an obligation in a Chinese or English standard; changing one is never a wording fix. */
const OBLIGATION_WORDS = /^(?:[须应宜可得禁允必不勿]|must|shall|should|may|required|optional|never|not)$/i;

/** Largest share of a clause's tokens a wording fix may change. */
export const WORDING_FIX_SHARE = 0.15;
/** A wording fix may always change this many tokens, however short the clause. */
export const WORDING_FIX_MIN_TOKENS = 4;

/** True when `to` only fixes the wording of `from`: no number or obligation word changed, few tokens changed. */
export function isWordingFix(from: string, to: string): boolean {
	if (from === to) return true;
	const before = tokenize(from);
	const after = tokenize(to);
	const kept = Math.round(similarity(from, to) * Math.max(before.length, after.length));
	const changedTokens = before.length - kept + (after.length - kept);
	if (changedTokens > Math.max(WORDING_FIX_MIN_TOKENS, WORDING_FIX_SHARE * Math.max(before.length, after.length))) return false;
	const count = (tokens: string[]) => {
		const counts = new Map<string, number>();
		for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
		return counts;
	};
	const a = count(before);
	const b = count(after);
	const touched = [...new Set([...a.keys(), ...b.keys()])].filter((t) => a.get(t) !== b.get(t));
	return !touched.some((t) => /\p{N}/u.test(t) || OBLIGATION_WORDS.test(t));
}

/** The bump one clause change needs, or null when it changes nothing. */
export function bumpFor(change: ClauseChange): Bump | null {
	switch (change.kind) {
		case 'unchanged':
			return null;
		case 'removed':
			return 'major';
		case 'added':
			return 'minor';
		case 'moved':
			// Renumbered with its anchor kept: citations still hold, readers see a new number.
			return change.from.id === change.to.id ? 'minor' : 'major';
		case 'changed':
			return isWordingFix(change.from.title, change.to.title) && isWordingFix(change.from.text, change.to.text) ? 'patch' : 'minor';
	}
}

/** The smallest bump that the clause changes allow; null when no clause changed. */
export function requiredBump(changes: readonly ClauseChange[]): Bump | null {
	// An anchor that now holds another clause breaks every citation of it, like a removal.
	const before = changes.flatMap((c) => (c.kind === 'added' ? [] : [c.from]));
	const after = changes.flatMap((c) => (c.kind === 'removed' ? [] : [c.to]));
	if (reusedAnchors(before, after).length > 0) return 'major';
	let required: Bump | null = null;
	for (const change of changes) {
		const bump = bumpFor(change);
		if (bump && (!required || RANK[bump] > RANK[required])) required = bump;
	}
	return required;
}

/** What kind of step `to` is after `from`: the highest part that grew, 'none' when equal, 'downgrade' when older. */
export function bumpBetween(from: string, to: string): Bump | 'none' | 'downgrade' {
	const a = parseVersion(from);
	const b = parseVersion(to);
	for (let i = 0; i < 3; i++) {
		if (b[i]! > a[i]!) return (['major', 'minor', 'patch'] as const)[i]!;
		if (b[i]! < a[i]!) return 'downgrade';
	}
	return 'none';
}

/** True when `bump` is at least `required`. */
export function allows(bump: Bump, required: Bump | null): boolean {
	return required === null || RANK[bump] >= RANK[required];
}

/** "§5.3 信任建设". */
function name(clause: ClauseText): string {
	return `§${clause.number} ${clause.title}`;
}

/** Why a change needs the bump it needs, in one short phrase. */
export function describeChange(change: ClauseChange): string {
	switch (change.kind) {
		case 'unchanged':
			return `${name(change.from)} unchanged`;
		case 'removed':
			return `${name(change.from)} removed`;
		case 'added':
			return `${name(change.to)} added`;
		case 'moved':
			return change.from.id === change.to.id
				? `${name(change.from)} moved to §${change.to.number} (anchor #${change.to.id} kept)`
				: `${name(change.from)} renumbered to §${change.to.number} (anchor #${change.from.id} became #${change.to.id})`;
		case 'changed':
			return bumpFor(change) === 'patch' ? `${name(change.to)} wording fixed` : `${name(change.to)} reworded`;
	}
}

/**
 * Anchors that hold a different clause in `after` than in `before`: the texts under one anchor
 * share almost nothing, or the new text is plainly another old clause's. Each is one message.
 */
export function reusedAnchors(before: readonly ClauseText[], after: readonly ClauseText[]): string[] {
	const full = (c: ClauseText) => `${c.title}\n${c.text}`;
	const problems: string[] = [];
	for (const to of after) {
		const from = before.find((c) => c.id === to.id);
		if (!from) continue;
		const own = similarity(full(from), full(to));
		const other = before
			.filter((c) => c.id !== to.id)
			.map((c) => ({ clause: c, score: similarity(full(c), full(to)) }))
			.filter((o) => o.score >= MOVE_THRESHOLD && o.score > own)
			.sort((x, y) => y.score - x.score)[0];
		if (other) {
			problems.push(
				`anchor #${to.id} held ${name(from)} but now holds the text of ${name(other.clause)}; keep the old anchor with "${to.number} ${to.title} [#${other.clause.id}]" so citations keep pointing at the same clause`,
			);
		} else if (own < REWRITE_THRESHOLD && !isWordingFix(from.title, to.title)) {
			problems.push(
				`anchor #${to.id} held ${name(from)} but now holds a different clause, ${name(to)}; give the new clause its own anchor (e.g. "[#c-new-name]") and remove the old one in a major version`,
			);
		}
	}
	return problems;
}

/** True when some `changes` entry names the clause by number (5.3, §5.3) or by title. */
function mentions(changes: readonly string[], clause: ClauseText): boolean {
	const number = new RegExp(`(?<![\\d.])${clause.number.replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`);
	return changes.some((entry) => number.test(entry) || (clause.title.length > 1 && entry.includes(clause.title)));
}

export interface ReleaseInput {
	/** Project path of the newer version's file, for messages. */
	file: string;
	from: { version: string; clauses: ClauseText[] };
	to: { version: string; clauses: ClauseText[]; changes: string[] };
}

/** Problems with releasing `to` after `from`, each naming the file and what was expected; empty when it holds. */
export function checkRelease(input: ReleaseInput): string[] {
	const { file, from, to } = input;
	const problems: string[] = [];
	const step = bumpBetween(from.version, to.version);
	if (step === 'none' || step === 'downgrade') {
		problems.push(`${file}: version: expected a version after ${from.version}, got ${to.version}`);
		return problems;
	}
	const changes = diffVersions(from.clauses, to.clauses);
	const required = requiredBump(changes);
	if (!allows(step, required)) {
		const reasons = changes.filter((c) => bumpFor(c) === required).map(describeChange);
		if (reasons.length === 0) reasons.push('an anchor now holds a different clause');
		problems.push(
			`${file}: version: ${to.version} is a ${step} release after ${from.version}, but its clause changes need a ${required} release (${reasons.join('; ')}). Hint: name the file after the next ${required} version${required === 'major' ? ' or keep the clause and its anchor' : ''}`,
		);
	}
	for (const problem of reusedAnchors(from.clauses, to.clauses)) problems.push(`${file}: clauses: ${problem}`);
	const unnamed = changes.flatMap((c) => {
		if (c.kind === 'added') return mentions(to.changes, c.to) ? [] : [describeChange(c)];
		if (c.kind === 'removed') return mentions(to.changes, c.from) ? [] : [describeChange(c)];
		if (c.kind === 'moved') return mentions(to.changes, c.from) || mentions(to.changes, c.to) ? [] : [describeChange(c)];
		return [];
	});
	if (unnamed.length > 0) {
		problems.push(`${file}: changes: expected an entry naming each clause added, removed or moved; not named: ${unnamed.join('; ')}`);
	}
	return problems;
}

/**
 * The review date of a new version effective on `effective`: as far after it as the previous
 * version's review date was after its own effective date, or a year when those cannot be read.
 */
export function nextReviewBy(previousEffective: string | undefined, previousReviewBy: string | undefined, effective: string): string {
	const months = (from: string, to: string) => {
		const [fy, fm] = from.split('-').map(Number);
		const [ty, tm] = to.split('-').map(Number);
		return (ty! - fy!) * 12 + (tm! - fm!);
	};
	const span = previousEffective && previousReviewBy ? months(previousEffective, previousReviewBy) : 12;
	const [y, m, d] = effective.split('-').map(Number);
	const target = new Date(Date.UTC(y!, m! - 1 + (span > 0 ? span : 12), 1));
	// Keep the day of the month, or the month's last day when it is shorter (31 January + 1 month → 28/29 February).
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d!, last));
	return target.toISOString().slice(0, 10);
}
