/**
 * What a branch changes in the content, as a reviewer needs it and `git diff` cannot show it: the
 * standards and versions added or moved through their lifecycle, each new version's clause diff,
 * every citation of a changed or removed clause (the "may be stale" list), lock changes, dangling
 * references and clauses without coverage or source. Pure: it takes the content files of both
 * sides as path → text maps; `scripts/report-changes.ts` reads them from git and prints the report.
 */
import { parse as parseYaml } from 'yaml';
import { collectionOf, yamlCitations, yamlTexts, type Citation, type ContentText } from './citations.ts';
import { extractClauseTexts, type ClauseText } from './clauses.ts';
import { splitFrontMatter } from './content-index.ts';
import { mdxCitations, mdxTexts } from './mdx-citations.ts';
import { changedPhrases, textsRepeating } from './stale-wording.ts';
import { bumpBetween, checkRelease, requiredBump, reusedAnchors, type Bump } from './release-rules.ts';
import { traceability, type Citations, type SourceMap } from './traceability.ts';
import { diffVersions, type ClauseChange } from './version-diff.ts';
import { checkLock, isReleased, lockKey, LOCK_FILE, versionHash, type VersionLock } from './version-lock.ts';
import { compareVersions, currentVersion } from './versions.ts';

export type Files = ReadonlyMap<string, string>;
export type Level = 'error' | 'warning';
export interface Problem {
	level: Level;
	section: 'content' | 'release' | 'lock' | 'references' | 'traceability' | 'seed-overlap';
	message: string;
}

export interface VersionInfo {
	id: string;
	version: string;
	status: string;
	code: string;
	title: string;
	file: string;
	changes: string[];
	reviewBy: string;
	clauses: ClauseText[];
}

export interface VersionDiff {
	standard: string;
	code: string;
	from: VersionInfo | undefined;
	to: VersionInfo;
	changes: ClauseChange[];
	/** The step from the predecessor's number and the step the clause changes need (release rules). */
	bump: { step: Bump | 'none' | 'downgrade'; required: Bump | null } | undefined;
}

/** A clause change a reviewer must look at, with everything that cites the clause as it stood. */
export interface Impact {
	standard: string;
	code: string;
	/** `reworded`, `removed`, `moved`, `anchor reused`, or `standard` for citations of the whole standard. */
	change: 'reworded' | 'removed' | 'moved' | 'anchor reused' | 'standard';
	clause: ClauseText | undefined;
	version: string;
	citations: Citation[];
}

export interface ChangeReport {
	events: { standard: string; code: string; text: string }[];
	diffs: VersionDiff[];
	impact: Impact[];
	lock: { added: string[]; removed: string[]; changed: string[] };
	coverage: { clauses: number; covered: number; sourced: number };
	problems: Problem[];
}

export interface ReportOptions {
	/** Project-relative content folder, e.g. `content`. */
	contentDir: string;
}

function standardVersions(files: Files, contentDir: string, problems: Problem[]): VersionInfo[] {
	const prefix = `${contentDir}/standards/`;
	return [...files].flatMap(([file, text]) => {
		const match = /^([^/]+)\/(\d+\.\d+\.\d+)\.mdx?$/.exec(file.startsWith(prefix) ? file.slice(prefix.length) : '');
		if (!match) return [];
		const parts = splitFrontMatter(text);
		let data: Record<string, unknown> = {};
		try {
			data = (parts ? parseYaml(parts.data) : {}) as Record<string, unknown>;
		} catch (error) {
			problems.push({
				level: 'error',
				section: 'content',
				message: `${file}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			});
		}
		const changes = Array.isArray(data.changes) ? data.changes.map(String) : [];
		const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
		const status = String(data.status ?? '');
		const code = String(data.code ?? match[1]!.toUpperCase());
		return [
			{
				id: match[1]!,
				version: match[2]!,
				status,
				code,
				title: String(data.title ?? ''),
				file,
				changes,
				reviewBy: day(data.reviewBy),
				clauses: extractClauseTexts(parts?.body ?? text),
			},
		];
	});
}

function byStandard(versions: readonly VersionInfo[]): Map<string, VersionInfo[]> {
	const map = new Map<string, VersionInfo[]>();
	for (const v of versions)
		map.set(
			v.id,
			[...(map.get(v.id) ?? []), v].sort((a, b) => compareVersions(a.version, b.version)),
		);
	return map;
}

/** Every citation and text of the content files, with a problem per file that cannot be read. */
export function scanContent(
	files: Files,
	contentDir: string,
	problems: Problem[],
): { citations: Citation[]; texts: ContentText[]; lists: Map<string, string[]> } {
	const citations: Citation[] = [];
	const texts: ContentText[] = [];
	/** The `standards:` list of each file that has one. */
	const lists = new Map<string, string[]>();
	for (const [file, text] of files) {
		const collection = collectionOf(file, contentDir);
		if (!collection) continue;
		try {
			if (file.endsWith('.yaml') || file.endsWith('.yml')) {
				citations.push(...yamlCitations(file, text, collection));
				texts.push(...yamlTexts(file, text, collection));
				lists.set(file, standardsList(parseYaml(text)));
			} else if (/\.mdx?$/.test(file)) {
				citations.push(...mdxCitations(file, text, collection));
				texts.push(...mdxTexts(file, text, collection));
				const front = splitFrontMatter(text);
				if (front) lists.set(file, standardsList(parseYaml(front.data)));
			}
		} catch (error) {
			const message = (error as Error).message;
			problems.push({ level: 'error', section: 'content', message: message.startsWith(file) ? message : `${file}: ${message}` });
		}
	}
	return { citations, texts, lists };
}

const standardsList = (data: unknown): string[] => {
	const list = (data as { standards?: unknown } | null)?.standards;
	return Array.isArray(list) ? list.map(String) : [];
};

/** Files that name the standard: in their `standards:` list or in any citation. */
function filesNaming(standard: string, code: string, citations: readonly Citation[], lists: ReadonlyMap<string, string[]>): Set<string> {
	const files = new Set([...lists].filter(([, ids]) => ids.includes(standard)).map(([file]) => file));
	for (const c of citations) {
		if (c.target.via === 'text' ? c.target.code === code : c.target.via !== 'wording' && parseRef(c.target.ref).id === standard)
			files.add(c.file);
	}
	return files;
}

const sortCitations = (list: Citation[]) => list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

/** `sc-01#c-2-3`, `sc-01` or a pinned `sc-01@1.0.0#c-5-3`, in parts. */
export function parseRef(ref: string): { id: string; version: string | undefined; clause: string | undefined } {
	const [standard = '', clause] = ref.split('#');
	const [id = '', version] = standard.split('@');
	return { id, version, clause };
}

/** Same item citing the same target, wherever its line moved to. */
const sameCitation = (a: Citation, b: Citation) =>
	a.file === b.file && a.what === b.what && JSON.stringify(a.target) === JSON.stringify(b.target);

/**
 * Head citations, plus base citations this branch removed or re-pointed (marked `base`), so an
 * item already updated in the pull request is still shown to the reviewer.
 */
function withBaseSide(head: readonly Citation[], base: readonly Citation[]): Citation[] {
	return [...head, ...base.filter((b) => !head.some((h) => sameCitation(h, b))).map((b): Citation => ({ ...b, base: true }))];
}

function impactOf(
	diff: VersionDiff,
	citations: readonly Citation[],
	texts: readonly ContentText[],
	lists: ReadonlyMap<string, string[]>,
	contentDir: string,
): Impact[] {
	const own = `${contentDir}/standards/${diff.standard}/`;
	const code = diff.from?.code ?? diff.code;
	const citing = (clause: ClauseText, textOnly: boolean) =>
		sortCitations(
			citations.filter((c) => {
				if (c.file.startsWith(own)) return false;
				if (c.target.via === 'text') return c.target.code === code && c.target.number === clause.number;
				return !textOnly && c.target.via !== 'wording' && c.target.ref === `${diff.standard}#${clause.id}`;
			}),
		);
	const impact: Impact[] = [];
	for (const change of diff.changes) {
		if (change.kind === 'unchanged' || change.kind === 'added') continue;
		const clause = change.from;
		let kind: Impact['change'] = change.kind === 'changed' ? 'reworded' : change.kind;
		if (change.kind === 'changed' && reusedAnchors(diff.from?.clauses ?? [], [change.to]).length > 0) kind = 'anchor reused';
		// Renumbered with anchor and text kept: links follow it; only "§old number" written in prose is stale.
		const textOnly =
			change.kind === 'moved' &&
			change.from.id === change.to.id &&
			change.from.title === change.to.title &&
			change.from.text === change.to.text;
		const cited = citing(clause, textOnly);
		// Wording is looked for only where the standard is named, so another standard's "4 小时" is left alone.
		const naming = filesNaming(diff.standard, code, citations, lists);
		// Other standards restate their own rules with their own numbers: only training and guidance content is searched.
		const others = texts.filter((t) => t.kind !== 'standard' && naming.has(t.file));
		for (const { text, phrase } of textsRepeating(changedPhrases(change), others, clause)) {
			if (!cited.some((c) => c.file === text.file && c.line === text.line && c.what === text.what)) {
				cited.push({
					file: text.file,
					line: text.line,
					kind: text.kind,
					what: text.what,
					excerpt: text.excerpt,
					target: { via: 'wording', phrase },
				});
			}
		}
		impact.push({ standard: diff.standard, code, change: kind, clause, version: diff.to.version, citations: sortCitations(cited) });
	}
	if (impact.length > 0) {
		const whole = sortCitations(
			citations.filter((c) => c.target.via === 'ref' && c.target.ref === diff.standard && !c.file.startsWith(own)),
		);
		if (whole.length > 0)
			impact.push({ standard: diff.standard, code, change: 'standard', clause: undefined, version: diff.to.version, citations: whole });
	}
	return impact;
}

function readLock(files: Files, contentDir: string, problems: Problem[]): VersionLock {
	const text = files.get(`${contentDir}/${LOCK_FILE}`);
	if (text === undefined) return {};
	try {
		return JSON.parse(text) as VersionLock;
	} catch (error) {
		problems.push({ level: 'error', section: 'lock', message: `${contentDir}/${LOCK_FILE}: not valid JSON (${(error as Error).message})` });
		return {};
	}
}

function lockChanges(base: Files, head: Files, contentDir: string, problems: Problem[]): ChangeReport['lock'] {
	const before = readLock(base, contentDir, problems);
	const after = readLock(head, contentDir, problems);
	const path = `${contentDir}/${LOCK_FILE}`;
	const lock = {
		added: Object.keys(after).filter((k) => before[k] === undefined),
		removed: Object.keys(before).filter((k) => after[k] === undefined),
		changed: Object.keys(after).filter((k) => before[k] !== undefined && before[k] !== after[k]),
	};
	for (const key of lock.removed)
		problems.push({
			level: 'error',
			section: 'lock',
			message: `${path}: entry ${key} was removed; the lock only gains entries (retire a version instead of deleting it)`,
		});
	for (const key of lock.changed)
		problems.push({ level: 'error', section: 'lock', message: `${path}: the hash of ${key} changed; a released version is frozen` });
	const sources = [...head]
		.filter(([file]) => lockKey(file) && file.startsWith(`${contentDir}/standards/`))
		.map(([file, text]) => ({ path: file, text, released: isReleased(text) }));
	for (const message of checkLock(sources, after, path)) problems.push({ level: 'error', section: 'lock', message });
	return lock;
}

function lifecycle(base: Map<string, VersionInfo[]>, head: Map<string, VersionInfo[]>, problems: Problem[]): ChangeReport['events'] {
	const events: ChangeReport['events'] = [];
	for (const [id, versions] of head) {
		const before = base.get(id) ?? [];
		const code = versions.at(-1)!.code;
		const event = (text: string) => events.push({ standard: id, code, text });
		if (before.length === 0) event(`new standard "${versions.at(-1)!.title}"`);
		for (const v of versions) {
			const old = before.find((b) => b.version === v.version);
			if (!old) event(`version ${v.version} added${v.status === 'draft' ? ' as a draft' : ` and released (${v.status})`}`);
			else if (old.status !== v.status) {
				const verb =
					old.status === 'draft'
						? 'released'
						: v.status === 'superseded'
							? 'superseded'
							: v.status === 'retired'
								? 'retired'
								: 'status changed';
				event(`version ${v.version} ${verb} (${old.status} → ${v.status})`);
			}
			if (old && old.reviewBy !== v.reviewBy) event(`version ${v.version} review date ${old.reviewBy} → ${v.reviewBy}`);
		}
		const was = currentVersion(before);
		const now = currentVersion(versions);
		if (was && now && was.version !== now.version) event(`current version ${was.version} → ${now.version}`);
	}
	for (const [id, versions] of base) {
		for (const v of versions) {
			if (head.get(id)?.some((h) => h.version === v.version)) continue;
			const released = v.status !== 'draft';
			problems.push({
				level: released ? 'error' : 'warning',
				section: 'content',
				message: `${v.file}: ${released ? 'released' : 'draft'} version ${v.version} was deleted${released ? '; released versions stay readable: set `status: retired` instead' : ''}`,
			});
		}
	}
	return events;
}

function references(head: Map<string, VersionInfo[]>, citations: readonly Citation[], problems: Problem[]): void {
	const byCode = new Map([...head.values()].map((versions) => [versions.at(-1)!.code, versions]));
	for (const c of citations) {
		const where = `${c.file}:${c.line} (${c.what})`;
		if (c.target.via === 'text') {
			const versions = byCode.get(c.target.code);
			const current = versions && currentVersion(versions);
			const number = c.target.number;
			if (current && !current.clauses.some((clause) => clause.number === number)) {
				problems.push({
					level: 'warning',
					section: 'references',
					message: `${where}: "${c.target.code} §${number}" names no clause of ${c.target.code} ${current.version}`,
				});
			}
			continue;
		}
		if (c.target.via !== 'ref') continue;
		const { id, version: pinned, clause: clauseId } = parseRef(c.target.ref);
		const versions = head.get(id);
		if (pinned) {
			// A pinned reference cites the text of one version: that version must exist and hold the clause.
			const cited = versions?.find((v) => v.version === pinned);
			if (!cited || (clauseId && !cited.clauses.some((clause) => clause.id === clauseId))) {
				problems.push({
					level: 'error',
					section: 'references',
					message: `${where}: cites "${c.target.ref}", but ${cited ? `${cited.code} ${pinned} has no clause "${clauseId}"` : `standard "${id}" has no version ${pinned}`}`,
				});
			}
			continue;
		}
		const current = versions && currentVersion(versions);
		if (!current) {
			problems.push({
				level: 'error',
				section: 'references',
				message: `${where}: cites "${c.target.ref}", but there is no released standard "${id}"`,
			});
			continue;
		}
		if (!clauseId) continue;
		if (!current.clauses.some((clause) => clause.id === clauseId)) {
			problems.push({
				level: 'error',
				section: 'references',
				message: `${where}: cites "${c.target.ref}", which is not a clause of ${current.code} ${current.version}`,
			});
			continue;
		}
		const newest = versions.at(-1)!;
		if (newest !== current && !newest.clauses.some((clause) => clause.id === clauseId)) {
			problems.push({
				level: 'warning',
				section: 'references',
				message: `${where}: cites "${c.target.ref}", which ${newest.code} ${newest.version} (${newest.status}) no longer has`,
			});
		}
	}
}

function coverage(
	head: Files,
	versions: Map<string, VersionInfo[]>,
	citations: readonly Citation[],
	contentDir: string,
	problems: Problem[],
): ChangeReport['coverage'] {
	const cited: Citations = { questions: new Map(), items: new Map() };
	for (const c of citations) {
		if (c.target.via !== 'ref') continue;
		const map = c.kind === 'quiz-question' ? cited.questions : c.kind === 'checklist-item' ? cited.items : undefined;
		map?.set(c.target.ref, [...(map.get(c.target.ref) ?? []), `${c.file}:${c.line}`]);
	}
	let sources: SourceMap = {};
	const sourceFile = `${contentDir}/traceability.yaml`;
	try {
		sources = (parseYaml(head.get(sourceFile) ?? '') ?? {}) as SourceMap;
	} catch (error) {
		problems.push({
			level: 'error',
			section: 'traceability',
			message: `${sourceFile}: not valid YAML: ${(error as Error).message.split('\n')[0]}`,
		});
	}
	const standards = [...versions].flatMap(([id, list]) => {
		const current = currentVersion(list);
		return current
			? [{ id, code: current.code, title: current.title, current: { ...current, body: '', effective: '' }, versions: [] }]
			: [];
	});
	const rows = traceability(standards, cited, sources);
	for (const r of rows.filter((row) => !row.covered)) {
		problems.push({
			level: 'error',
			section: 'traceability',
			message: `${r.code} §${r.number} ${r.title} (${r.standard}#${r.clause}): no quiz question or checklist item cites it`,
		});
	}
	for (const r of rows.filter((row) => !row.source)) {
		problems.push({
			level: 'error',
			section: 'traceability',
			message: `${r.code} §${r.number} ${r.title}: no source section in ${sourceFile}`,
		});
	}
	return { clauses: rows.length, covered: rows.filter((r) => r.covered).length, sourced: rows.filter((r) => r.source).length };
}

export function changeReport(base: Files, head: Files, options: ReportOptions): ChangeReport {
	const { contentDir } = options;
	const problems: Problem[] = [];
	const baseVersions = byStandard(standardVersions(base, contentDir, []));
	const headVersions = byStandard(standardVersions(head, contentDir, problems));
	const events = lifecycle(baseVersions, headVersions, problems);
	const { citations, texts, lists } = scanContent(head, contentDir, problems);
	const diffs: VersionDiff[] = [];
	for (const [id, versions] of headVersions) {
		versions.forEach((to, i) => {
			const old = base.get(to.file);
			// A lifecycle change (status, review date) is not a change of what the version says.
			if (old !== undefined && versionHash(old) === versionHash(head.get(to.file) ?? '')) return;
			const from = versions[i - 1];
			const changes = diffVersions(from?.clauses ?? [], to.clauses);
			const bump = from ? { step: bumpBetween(from.version, to.version), required: requiredBump(changes) } : undefined;
			diffs.push({ standard: id, code: to.code, from, to, changes, bump });
			if (from)
				for (const message of checkRelease({ file: to.file, from, to })) problems.push({ level: 'error', section: 'release', message });
		});
	}
	const both = withBaseSide(citations, scanContent(base, contentDir, []).citations);
	const impact = diffs.flatMap((diff) => impactOf(diff, both, texts, lists, contentDir));
	const lock = lockChanges(base, head, contentDir, problems);
	references(headVersions, citations, problems);
	return { events, diffs, impact, lock, coverage: coverage(head, headVersions, citations, contentDir, problems), problems };
}
