/**
 * Released versions of a standard are immutable. The lock records a hash of every released
 * version's normative content; an edit in place no longer matches and is reported with the file
 * and what to do instead. Lifecycle fields (`status`, `reviewBy`) are left out of the hash: marking a
 * version superseded or retired, or extending its review date, is not a change to what it says.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml, stringify } from 'yaml';
import type { SourceFile } from './content-index.ts';

export const LOCK_FILE = 'standards.lock.json';
export const MUTABLE_FIELDS = ['status', 'reviewBy'] as const;

export type VersionLock = Record<string, string>;

/** `sc-01@1.1.0` for `…/standards/sc-01/1.1.0.mdx`. */
export function lockKey(path: string): string | undefined {
	const match = /standards\/([^/]+)\/([^/]+)\.mdx?$/.exec(path);
	return match ? `${match[1]}@${match[2]}` : undefined;
}

/** sha256 over the front matter without lifecycle fields plus the body, line endings normalised. */
export function versionHash(text: string): string {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(normalised);
	let data: Record<string, unknown>;
	try {
		data = ((match ? parseYaml(match[1] ?? '') : {}) ?? {}) as Record<string, unknown>;
	} catch {
		// Unparseable front matter is reported by the content index; hash the raw text instead.
		return `sha256-${createHash('sha256').update(normalised).digest('hex')}`;
	}
	for (const field of MUTABLE_FIELDS) delete data[field];
	const body = match ? normalised.slice(match[0].length) : normalised;
	const canonical = `${stringify(data, { sortMapEntries: true })}\n---\n${body.trim()}\n`;
	return `sha256-${createHash('sha256').update(canonical).digest('hex')}`;
}

/** Whether a version file is released: its front matter's status is anything but draft. */
export function isReleased(text: string): boolean {
	const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---/.exec(text);
	try {
		const data = (match ? parseYaml(match[1] ?? '') : null) as { status?: unknown } | null;
		return data?.status !== 'draft';
	} catch {
		return true;
	}
}

export interface LockedFile extends SourceFile {
	/** Drafts are not released and not locked. */
	released: boolean;
	/** `versionHash(text)` when the caller has it already (hashing parses the front matter). */
	hash?: string | undefined;
}

/** The lock as it should be: every released version with its current hash, sorted. */
export function computeLock(files: readonly LockedFile[]): VersionLock {
	const entries = files.flatMap((file) => {
		const key = lockKey(file.path);
		return file.released && key ? [[key, versionHash(file.text)] as const] : [];
	});
	return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * One message per released version edited in place or missing from the lock, and per lock entry
 * whose file was deleted: lock entries are only ever added.
 */
export function checkLock(files: readonly LockedFile[], lock: VersionLock, lockPath: string): string[] {
	const problems: string[] = [];
	const byKey = new Map(files.map((file) => [lockKey(file.path), file]));
	const folder = lockPath.replace(/[^/]*$/, '');
	for (const key of Object.keys(lock)) {
		const file = byKey.get(key);
		const [id, version] = key.split('@');
		if (!file) {
			problems.push(
				`${lockPath}: "${key}": released version ${version} has no file ${folder}standards/${id}/${version}.mdx; expected the file kept. Hint: a released version is never deleted; retire it with status: retired`,
			);
		}
	}
	for (const file of files) {
		const key = lockKey(file.path);
		if (!file.released || !key) continue;
		const recorded = lock[key];
		const [id, version] = key.split('@');
		if (recorded === undefined) {
			problems.push(
				`${file.path}: released version ${version} is not recorded in ${lockPath}. Hint: run \`npm run lock:standards\` once the version is ready to release, and commit the lock with it`,
			);
		} else if (recorded !== (file.hash ?? versionHash(file.text))) {
			problems.push(
				`${file.path}: released version ${version} was edited in place (its content no longer matches ${lockPath}). Hint: released versions are immutable; undo the edit and create a new version with \`npm run new:version -- ${id} patch\` (or minor/major)`,
			);
		}
	}
	return problems;
}

export interface BaseComparison {
	lockPath: string;
	/** The lock on the base branch and on this one. */
	baseLock: VersionLock;
	lock: VersionLock;
	/** Standard version files on the base branch and on this one. */
	baseFiles: readonly SourceFile[];
	files: readonly SourceFile[];
}

/**
 * Release integrity against a base branch, whatever this branch's lock says: the base's lock
 * entries stay as they were, its released files stay, and they change only in lifecycle fields.
 * This is what stops "delete the lock entry, re-lock, edit the released text".
 */
export function checkAgainstBase(input: BaseComparison): string[] {
	const problems: string[] = [];
	for (const [key, hash] of Object.entries(input.baseLock)) {
		if (input.lock[key] === undefined)
			problems.push(`${input.lockPath}: "${key}": entry removed; expected lock entries to be only ever added (it is on the base branch)`);
		else if (input.lock[key] !== hash)
			problems.push(`${input.lockPath}: "${key}": entry changed; expected the hash recorded on the base branch, ${hash}`);
	}
	const now = new Map(input.files.map((file) => [file.path, file]));
	for (const base of input.baseFiles) {
		if (!isReleased(base.text)) continue;
		const file = now.get(base.path);
		const key = lockKey(base.path);
		const [id, version] = (key ?? '@').split('@');
		if (!file) {
			problems.push(
				`${base.path}: released version ${version} was deleted; expected the file kept. Hint: retire a version with status: retired, never delete it`,
			);
		} else if (!isReleased(file.text)) {
			problems.push(`${file.path}: status: draft, but ${version} is released on the base branch; expected active, superseded or retired`);
		} else if (versionHash(file.text) !== versionHash(base.text)) {
			problems.push(
				`${base.path}: released version ${version} was changed beyond its lifecycle fields (${MUTABLE_FIELDS.join(', ')}) since the base branch; expected it unchanged. Hint: undo the edit and create a new version with \`npm run new:version -- ${id} <major|minor|patch>\``,
			);
		}
	}
	return problems;
}
