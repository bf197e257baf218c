/**
 * The cross-file view of the content that single-entry schemas cannot give: every standard's
 * current version and clauses, and every glossary term. Built once from the raw files, then read
 * by the reference resolver and the pages. Problems that span files (a version that does not match
 * its file name, a code used twice, a broken clause outline, a term defined twice) are collected
 * here with the file and field named.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { checkClauseNumbering, checkClauseOutline, extractClauses, type Clause } from './clauses.ts';
import { checkLock, isReleased, lockKey, versionHash, type LockedFile, type VersionLock } from './version-lock.ts';
import { currentVersion, parseVersion } from './versions.ts';

export interface SourceFile {
	/** Path relative to the project, e.g. `content/standards/sc-01/1.0.0.mdx`. */
	path: string;
	text: string;
}

export interface IndexedVersion {
	version: string;
	status: string;
	code: string;
	title: string;
	file: string;
	clauses: Clause[];
	/** The Markdown body, for clause texts (version diffs). */
	body: string;
	effective: string;
	/** Recorded in the version lock with a matching hash: frozen, no longer editable. */
	locked?: boolean | undefined;
}

export interface IndexedStandard {
	id: string;
	code: string;
	title: string;
	/** The canonical version (newest active in force), whose clauses current content cites. */
	current: IndexedVersion;
	versions: IndexedVersion[];
}

export interface IndexedTerm {
	id: string;
	term: string;
	definition: string;
}

export interface ContentIndex {
	standards: Map<string, IndexedStandard>;
	terms: Map<string, IndexedTerm>;
}

export class ContentError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Splits `---` front matter from the body; the body's first line number is returned for messages. */
export function splitFrontMatter(text: string): { data: string; body: string; bodyLine: number } | null {
	// A UTF-8 byte order mark and spaces after a fence are invisible in editors: accept them.
	const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return null;
	return { data: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The YAML parser's reason, with the line counted in the file (front matter starts on line 2). */
function yamlReason(error: unknown, lineOffset: number): string {
	const reason = (error as Error).message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable';
	const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
	return line === undefined ? reason : `line ${line + lineOffset}: ${reason}`;
}

function readYaml(file: SourceFile, source: string, problems: string[]): Record<string, unknown> | null {
	try {
		const value = parseYaml(source) as unknown;
		if (value && typeof value === 'object') return value as Record<string, unknown>;
		problems.push(`${file.path}: front matter: expected key: value pairs, got ${value === null ? 'nothing' : typeof value}`);
	} catch (error) {
		problems.push(`${file.path}: front matter is not valid YAML: ${yamlReason(error, 1)}`);
	}
	return null;
}

function indexStandardFile(file: SourceFile, problems: string[]): (IndexedVersion & { id: string }) | null {
	const match = /standards\/([^/]+)\/([^/]+)\.mdx?$/.exec(file.path);
	if (!match) {
		problems.push(`${file.path}: a standard must live at standards/<id>/<version>.mdx`);
		return null;
	}
	const [, id = '', fileVersion = ''] = match;
	const parts = splitFrontMatter(file.text);
	if (!parts) {
		problems.push(`${file.path}: front matter is missing: expected the file to start with a --- block`);
		return null;
	}
	const data = readYaml(file, parts.data, problems);
	if (!data) return null;
	const version = String(data.version ?? '');
	if (version !== fileVersion) {
		problems.push(
			`${file.path}: version: expected "${fileVersion}" (the file name), got ${data.version === undefined ? 'nothing' : `"${version}"`}. Hint: a version file is named after its version; create a new file for a new version`,
		);
	}
	try {
		parseVersion(fileVersion);
	} catch {
		problems.push(`${file.path}: file name: expected a version like 1.0.0.mdx, got "${fileVersion}"`);
		return null;
	}
	const headings = extractClauses(parts.body);
	const clauses: Clause[] = [];
	for (const heading of headings) {
		if (heading.clause) clauses.push(heading.clause);
		else {
			const example = ['2', '2.1', '2.1.1'][heading.depth - 2];
			problems.push(
				`${file.path}:${heading.line + parts.bodyLine - 1}: heading "${heading.text}": expected a clause number first, e.g. "${'#'.repeat(heading.depth)} ${example} ${heading.text}"`,
			);
		}
	}
	for (const problem of checkClauseOutline(clauses)) problems.push(`${file.path}: clauses: ${problem}`);
	if (headings.length === 0) problems.push(`${file.path}: clauses: expected at least one numbered clause ("## 1 …"), found none`);
	for (const problem of checkClauseNumbering(clauses)) problems.push(`${file.path}: clauses: ${problem}`);
	const effective = data.effective instanceof Date ? data.effective.toISOString().slice(0, 10) : String(data.effective ?? '');
	return {
		id,
		code: String(data.code ?? ''),
		title: String(data.title ?? ''),
		version: fileVersion,
		status: String(data.status ?? ''),
		file: file.path,
		clauses,
		body: parts.body,
		effective,
	};
}

function indexGlossary(file: SourceFile, problems: string[]): Map<string, IndexedTerm> {
	const terms = new Map<string, IndexedTerm>();
	let entries: unknown;
	try {
		entries = parseYaml(file.text);
	} catch (error) {
		problems.push(`${file.path}: not valid YAML: ${yamlReason(error, 0)}`);
		return terms;
	}
	if (!Array.isArray(entries)) {
		problems.push(`${file.path}: expected a list of terms, got ${entries == null ? 'nothing' : typeof entries}`);
		return terms;
	}
	entries.forEach((entry, position) => {
		const record = (entry ?? {}) as Record<string, unknown>;
		const id = String(record.id ?? '');
		if (terms.has(id)) {
			problems.push(`${file.path}: term ${position + 1}: id: "${id}" is already used by an earlier term; expected a unique id`);
			return;
		}
		terms.set(id, { id, term: String(record.term ?? id), definition: String(record.definition ?? '') });
	});
	return terms;
}

/**
 * What indexing one standard file yields, apart from its body: the build keeps these between
 * builds, keyed by `standardFileKey` (src/build-cache/content-index-memo.ts), because reading the
 * clause headings of every file is most of the index's cost (2 of 4 s at 1,000 standards).
 */
export interface StandardFileFacts {
	entry: (Omit<IndexedVersion, 'body' | 'locked'> & { id: string }) | null;
	problems: string[];
	/** The lock hash (`versionHash`). */
	hash: string;
}

export interface FactsMemo {
	get(key: string): StandardFileFacts | undefined;
	set(key: string, facts: StandardFileFacts): unknown;
}

/** The memo key of a standard file: its path and text (problems name the path). */
export function standardFileKey(file: SourceFile): string {
	return createHash('sha256').update(file.path).update('\0').update(file.text).digest('base64url');
}

/** What the index is built from. */
export interface ContentIndexInput {
	standards: readonly SourceFile[];
	glossary?: SourceFile | undefined;
	/** The version lock; when given, released versions must match it. */
	lock?: { path: string; data: VersionLock } | undefined;
	/** The build day (YYYY-MM-DD): a version approved for a later day is not current yet. */
	today?: string | undefined;
	/** Facts of standard files from an earlier build, by `standardFileKey`; new ones are added. */
	memo?: FactsMemo | undefined;
}

/** Builds the index; throws a ContentError listing every problem found. */
export function buildContentIndex(input: ContentIndexInput): ContentIndex {
	const { index, problems } = indexContent(input);
	if (problems.length > 0) throw new ContentError(problems);
	return index;
}

function standardFileFacts(file: SourceFile, memo: FactsMemo | undefined): StandardFileFacts {
	const key = memo ? standardFileKey(file) : '';
	const known = memo?.get(key);
	if (known) return known;
	const problems: string[] = [];
	const indexed = indexStandardFile(file, problems);
	let entry: StandardFileFacts['entry'] = null;
	if (indexed) {
		const { body: _body, ...rest } = indexed;
		entry = rest;
	}
	const facts = { entry, problems, hash: versionHash(file.text) };
	memo?.set(key, facts);
	return facts;
}

/** Builds the index from whatever is readable, and lists every problem found (the content check reports them all at once). */
export function indexContent(input: ContentIndexInput): { index: ContentIndex; problems: string[] } {
	const problems: string[] = [];
	const byId = new Map<string, IndexedVersion[]>();
	const codes = new Map<string, string>();
	// Each file's lock hash and release state, worked out once: hashing parses the front matter again.
	const locked: LockedFile[] = [];
	for (const file of input.standards) {
		const facts = standardFileFacts(file, input.memo);
		problems.push(...facts.problems);
		const entry: (IndexedVersion & { id: string }) | null = facts.entry && {
			...facts.entry,
			body: splitFrontMatter(file.text)?.body ?? '',
		};
		const hash = input.lock ? facts.hash : undefined;
		locked.push({ ...file, hash, released: entry ? entry.status !== 'draft' : isReleased(file.text) });
		if (!entry) continue;
		const { id, ...version } = entry;
		const key = lockKey(file.path);
		if (input.lock) version.locked = Boolean(key && input.lock.data[key] === hash);
		byId.set(id, [...(byId.get(id) ?? []), version]);
		const owner = codes.get(entry.code);
		if (owner && owner !== id) {
			problems.push(`${file.path}: code: "${entry.code}" is already used by standard "${owner}"; expected a unique code`);
		}
		codes.set(entry.code, id);
	}
	const standards = new Map<string, IndexedStandard>();
	for (const [id, versions] of byId) {
		const current = currentVersion(versions, input.today);
		if (!current) continue; // drafts only: nothing to cite yet
		// Code and title as the current version has them; an older file may carry an older title.
		standards.set(id, { id, code: current.code, title: current.title, current, versions });
	}
	if (input.lock) {
		problems.push(...checkLock(locked, input.lock.data, input.lock.path));
	}
	const terms = input.glossary ? indexGlossary(input.glossary, problems) : new Map<string, IndexedTerm>();
	return { index: { standards, terms }, problems };
}
