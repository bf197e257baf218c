/**
 * The content check: every file of the content folder, every kind, every rule, with all problems
 * listed at once, each as `file:line: field: what was expected`. It runs before Astro starts
 * (scripts/build.ts, `npm run check:content`) so authors read a clean list instead of a stack
 * trace, and in `astro dev` through the content-check integration. The rules themselves live in
 * src/lib (pure, unit-tested); this module reads files, parses them and applies the schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { assessmentSchema } from '../../schemas/assessment.ts';
import { caseStudySchema } from '../../schemas/case-study.ts';
import { checklistSchema } from '../../schemas/checklist.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { handbookSchema } from '../../schemas/handbook.ts';
import { pathSchema } from '../../schemas/path.ts';
import { quizSchema } from '../../schemas/quiz.ts';
import { standardSchema } from '../../schemas/standard.ts';
import { extractClauseTexts } from '../lib/clauses.ts';
import { indexContent, splitFrontMatter, type ContentIndex, type FactsMemo, type SourceFile } from '../lib/content-index.ts';
import {
	checkStatusHistory,
	classify,
	decodeText,
	duplicateIds,
	duplicateValues,
	nearMissReference,
	scanBody,
	unsafeMarkup,
	type BodyLink,
	type ContentKind,
} from '../lib/content-rules.ts';
import { markupProblems } from '../lib/markup-rules.ts';
import { isReference, referenceContext, resolveClauseRef, resolveReference } from '../lib/references.ts';
import { checkRelease, RELEASE_RULES_SINCE } from '../lib/release-rules.ts';
import { lockKey, type VersionLock } from '../lib/version-lock.ts';
import { compareVersions } from '../lib/versions.ts';

export interface RawFile {
	/** Path inside the content folder, with `/`. */
	relative: string;
	bytes: Uint8Array;
}

export interface CheckInput {
	/** How the content folder is named in messages (project-relative), e.g. `content`. */
	root: string;
	files: readonly RawFile[];
	/** The build day, YYYY-MM-DD. */
	today: string;
	/**
	 * Lock keys (`sc-01@1.0.0`) of versions already released on the base branch: exempt from the
	 * release rules (their history is settled). By default, the versions the lock records.
	 */
	settled?: ReadonlySet<string> | undefined;
	/** Facts of standard files kept from an earlier build (src/build-cache/content-index-memo.ts). */
	memo?: FactsMemo | undefined;
	/** `indexUnchecked` of the same files: reused when every file it was built from parses. */
	unchecked?: UncheckedIndex | undefined;
}

interface Parsed {
	kind: ContentKind;
	id: string;
	path: string;
	data: unknown;
	/** Line of the first YAML line in the file (2 for front matter, 1 for a YAML file). */
	locate: (path: readonly PropertyKey[]) => number | undefined;
	body?: { text: string; firstLine: number } | undefined;
}

const SCHEMAS: Partial<Record<ContentKind, z.ZodType>> = {
	standard: standardSchema,
	handbook: handbookSchema,
	checklist: checklistSchema,
	case: caseStudySchema,
	quiz: quizSchema,
	assessment: assessmentSchema,
	path: pathSchema,
};

/** Reads every file under `absolute` (a content folder) as raw bytes. */
export function readContentFolder(absolute: string): RawFile[] {
	const files: RawFile[] = [];
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(join(dir, entry.name), relative);
			else if (entry.name !== '.gitkeep') files.push({ relative, bytes: readFileSync(join(dir, entry.name)) });
		}
	};
	walk(absolute, '');
	return files;
}

function yamlDocument(source: string, firstLine: number): { doc: Document; locate: Parsed['locate']; error?: string } {
	const counter = new LineCounter();
	const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
	const locate = (path: readonly PropertyKey[]) => {
		for (let p = [...path]; ; p = p.slice(0, -1)) {
			const node = (p.length ? doc.getIn(p as unknown[], true) : doc.contents) as { range?: [number, number, number] } | undefined;
			if (node?.range) return counter.linePos(node.range[0]).line + firstLine - 1;
			if (p.length === 0) return undefined;
		}
	};
	const problem = doc.errors[0];
	if (!problem) return { doc, locate };
	const line = problem.linePos?.[0]?.line;
	const reason = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	return { doc, locate, error: `${line === undefined ? '' : `${line + firstLine - 1}: `}${reason}` };
}

function field(path: readonly PropertyKey[]): string {
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(top level)';
}

/** zod issues as `file:line: field: message`. */
function schemaProblems(
	parsed: Parsed,
	result: { success: boolean; error?: { issues: z.core.$ZodIssue[] } | undefined },
	prefix: PropertyKey[] = [],
): string[] {
	if (result.success) return [];
	return (result.error?.issues ?? []).map((issue) => {
		const path = [...prefix, ...issue.path];
		const keyPath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
		const line = parsed.locate(keyPath);
		const name = issue.code === 'unrecognized_keys' ? (path.length ? field(path) : '(top level)') : field(path);
		return `${parsed.path}${line ? `:${line}` : ''}: ${name}: ${issue.message}`;
	});
}

/** An unquoted YAML 1.1 date or timestamp (`2026-01-15`, `2026-1-5 10:00:00`), which the site's YAML reader makes a Date. */
const YAML_TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

/**
 * The check reads YAML as YAML 1.2, where `2026-01-15` is text, so that a date field can say
 * "2026-02-30 is a day the calendar does not have". Astro's reader (js-yaml) turns every unquoted
 * date into a Date, in any field and rolled over (`title: 2026-13-45` became 14 February 2027), and
 * the build then stopped on Astro's schema message after the check had passed. So the data is
 * checked again as Astro will read it, and a field that only fails that way is named with the fix.
 */
function datesAsTheSiteReadsThem(
	parsed: Parsed,
	doc: Document,
	schema: z.ZodType,
	issues = schema.safeParse(parsed.data).error?.issues,
): string[] {
	const found: { path: PropertyKey[]; value: string }[] = [];
	const visit = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			if (YAML_TIMESTAMP.test(value) && (doc.getIn(path as unknown[], true) as { type?: string } | undefined)?.type === 'PLAIN')
				found.push({ path, value });
		} else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
		else if (value && typeof value === 'object' && !(value instanceof Date))
			for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
	};
	visit(parsed.data, []);
	if (found.length === 0) return [];
	const asRead = structuredClone(parsed.data) as Record<PropertyKey, unknown>;
	for (const { path, value } of found) {
		const [y, m, d, h = 0, min = 0, sec = 0] = value.split(/[^\d]+/).map(Number);
		let parent = asRead;
		for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
		parent[path.at(-1)!] = new Date(Date.UTC(y!, m! - 1, d!, h, min, sec));
	}
	const key = (path: readonly PropertyKey[]) => path.map(String).join('.');
	const before = new Set((issues ?? []).map((issue) => key(issue.path)));
	const dated = new Map(found.map((f) => [key(f.path), f.value]));
	return (schema.safeParse(asRead).error?.issues ?? [])
		.filter((issue) => dated.has(key(issue.path)) && !before.has(key(issue.path)))
		.map((issue) => {
			const value = dated.get(key(issue.path))!;
			const line = parsed.locate(issue.path);
			return `${parsed.path}${line ? `:${line}` : ''}: ${field(issue.path)}: ${issue.message}: YAML reads the unquoted ${value} as a date; expected it in quotes ("${value}")`;
		});
}

/** Parses one file by kind; schema problems and body problems are pushed. */
function parseFile(file: RawFile, root: string, problems: string[]): Parsed | null {
	const path = `${root}/${file.relative}`;
	const place = classify(file.relative);
	if ('problem' in place) {
		problems.push(`${path}: ${place.problem}`);
		return null;
	}
	const decoded = decodeText(file.bytes);
	if ('problem' in decoded) {
		problems.push(`${path}:${decoded.problem}`);
		return null;
	}
	const text = decoded.text.replace(/^\uFEFF/, '');
	const { kind, id } = place;
	if (kind === 'lock') {
		try {
			const data = JSON.parse(text) as unknown;
			if (!data || typeof data !== 'object' || Array.isArray(data))
				throw new Error('expected an object of "<id>@<version>": "sha256-…" entries');
			for (const [key, value] of Object.entries(data)) {
				if (!/^[a-z0-9]+(?:-[a-z0-9]+)*@\d+\.\d+\.\d+$/.test(key) || typeof value !== 'string' || !/^sha256-[0-9a-f]{64}$/.test(value)) {
					problems.push(`${path}: "${key}": expected "<id>@<version>": "sha256-<64 hex digits>"`);
				}
			}
			return { kind, id, path, data, locate: () => undefined };
		} catch (error) {
			problems.push(`${path}: not valid JSON (${(error as Error).message}). Hint: regenerate it with \`npm run lock:standards\``);
			return null;
		}
	}
	let source = text;
	let firstLine = 1;
	let body: Parsed['body'];
	if (kind === 'standard' || kind === 'handbook' || kind === 'checklist' || kind === 'case') {
		const parts = splitFrontMatter(text);
		if (!parts) {
			problems.push(`${path}:1: front matter is missing: expected the file to start with a line "---", the fields, then "---"`);
			return null;
		}
		source = parts.data;
		firstLine = 2;
		body = { text: parts.body, firstLine: parts.bodyLine };
	}
	const { doc, locate, error } = yamlDocument(source, firstLine);
	if (error) {
		problems.push(
			`${path}:${error.includes(':') ? '' : ' '}${error.replace(/^(\d+): /, '$1: ')} (${kind === 'standard' || body ? 'front matter is not valid YAML' : 'not valid YAML'})`,
		);
		return null;
	}
	let data: unknown;
	try {
		// Throws for what parsing lets through, such as aliases expanded past the library's limit.
		data = doc.toJS() as unknown;
	} catch (error) {
		problems.push(
			`${path}: ${(error as Error).message.split('\n')[0]} (${kind === 'standard' || body ? 'front matter is not valid YAML' : 'not valid YAML'})`,
		);
		return null;
	}
	const parsed: Parsed = { kind, id, path, data, locate, body };
	for (const what of collectStrings(data).flatMap(unsafeMarkup))
		problems.push(`${path}: ${what} in a field value is not allowed; expected plain text`);
	const schema = SCHEMAS[kind];
	if (schema) {
		if (data === null || typeof data !== 'object' || Array.isArray(data)) {
			problems.push(`${path}: expected key: value pairs, got ${data === null ? 'nothing' : Array.isArray(data) ? 'a list' : typeof data}`);
			return null;
		}
		const result = schema.safeParse(data);
		problems.push(...schemaProblems(parsed, result));
		problems.push(...datesAsTheSiteReadsThem(parsed, doc, schema, result.error?.issues));
	} else if (kind === 'glossary') {
		if (!Array.isArray(data)) {
			problems.push(`${path}: expected a list of terms, got ${data == null ? 'nothing' : typeof data}`);
			return null;
		}
		data.forEach((entry, i) => problems.push(...schemaProblems(parsed, glossaryTermSchema.safeParse(entry), [i])));
		problems.push(...datesAsTheSiteReadsThem(parsed, doc, z.array(glossaryTermSchema)));
	} else if (kind === 'traceability') {
		if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
			problems.push(`${path}: expected standard ids, each mapping clause anchors to a source`);
	}
	if (kind !== 'glossary' && kind !== 'traceability') {
		for (const problem of duplicateIds(data)) problems.push(`${path}:${locate([]) ?? firstLine}: ${problem}`);
	}
	if (body) {
		const scan = scanBody(body.text, body.firstLine);
		for (const p of scan.problems) problems.push(`${path}:${p.line}: ${p.message}`);
		// Parsed as the site renders it: standards as Markdown, the other bodies as MDX. A line the
		// scan has named already (an expression, an import) is not named twice.
		const named = new Set(scan.problems.map((p) => p.line));
		const code = scan.problems.some((p) => /^(?:MDX expression|import\/export)/.test(p.message));
		for (const p of markupProblems(body.text, body.firstLine, kind === 'standard' ? 'markdown' : 'mdx'))
			if (!named.has(p.line) && !(code && p.message.startsWith('not valid MDX'))) problems.push(`${path}:${p.line}: ${p.message}`);
	}
	return parsed;
}

function collectStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(collectStrings);
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(collectStrings);
	return [];
}

const asRecord = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asStrings = (value: unknown): string[] => asList(value).filter((v): v is string => typeof v === 'string');

/** Checks ids that point at other files: roles, standards, clauses, terms, path targets. */
function crossReferences(entries: readonly Parsed[], index: ContentIndex): string[] {
	const problems: string[] = [];
	const ids = (kind: ContentKind) => new Set(entries.filter((e) => e.kind === kind).map((e) => e.id));
	const roles = ids('handbook');
	const known: Record<string, Set<string>> = {
		checklist: ids('checklist'),
		quiz: ids('quiz'),
		assessment: ids('assessment'),
		read: new Set(index.standards.keys()),
	};
	const at = (e: Parsed, path: PropertyKey[]) => `${e.path}${e.locate(path) ? `:${e.locate(path)}` : ''}: ${field(path)}`;
	const role = (e: Parsed, path: PropertyKey[], id: unknown) => {
		if (typeof id === 'string' && !roles.has(id))
			problems.push(`${at(e, path)}: unknown role "${id}"; expected one of ${[...roles].join(', ')}`);
	};
	const standard = (e: Parsed, path: PropertyKey[], id: unknown) => {
		if (typeof id === 'string' && !index.standards.has(id))
			problems.push(`${at(e, path)}: unknown standard "${id}"; expected one of ${[...index.standards.keys()].join(', ')}`);
	};
	const clause = (e: Parsed, path: PropertyKey[], ref: unknown) => {
		if (typeof ref !== 'string') return;
		const result = resolveClauseRef(index, ref);
		if (!result.ok) problems.push(`${at(e, path)}: ${result.message}`);
	};
	for (const e of entries) {
		const d = asRecord(e.data);
		const each = (key: string, check: (e: Parsed, path: PropertyKey[], v: unknown) => void) =>
			asList(d[key]).forEach((v, i) => check(e, [key, i], v));
		switch (e.kind) {
			case 'standard':
				role(e, ['owner'], d.owner);
				each('audience', role);
				break;
			case 'handbook':
				each('worksWith', role);
				each('clauses', clause);
				break;
			case 'checklist':
			case 'case':
				each('roles', role);
				each('standards', standard);
				break;
			case 'quiz':
				each('standards', standard);
				asList(d.questions).forEach((q, i) => clause(e, ['questions', i, 'ref'], asRecord(q).ref));
				break;
			case 'assessment':
				each('standards', standard);
				asList(d.dimensions).forEach((dim, i) =>
					asList(asRecord(dim).bands).forEach((b, j) =>
						asList(asRecord(b).refs).forEach((ref, k) => clause(e, ['dimensions', i, 'bands', j, 'refs', k], ref)),
					),
				);
				problems.push(
					...duplicateValues(
						asList(d.dimensions),
						(x) => asRecord(x).title as string | undefined,
						(t, i, f) => `${at(e, ['dimensions', i, 'title'])}: "${t}" repeats dimensions[${f}]; expected each dimension title once`,
					),
				);
				break;
			case 'path': {
				role(e, ['role'], d.role);
				asList(d.steps).forEach((s, i) => {
					const step = asRecord(s);
					const targets = known[String(step.kind)];
					if (targets && typeof step.target === 'string' && !targets.has(step.target)) {
						problems.push(
							`${at(e, ['steps', i, 'target'])}: no ${step.kind === 'read' ? 'standard' : String(step.kind)} "${step.target}"; expected one of ${[...targets].join(', ') || 'none'}`,
						);
					}
				});
				problems.push(
					...duplicateValues(
						asList(d.steps),
						(x) => `${String(asRecord(x).kind)} ${String(asRecord(x).target)}`,
						(k, i, f) => `${at(e, ['steps', i])}: step "${k}" repeats steps[${f}]; expected each step once`,
					),
				);
				break;
			}
			case 'glossary': {
				const terms = asList(e.data);
				terms.forEach((t, i) => {
					const term = asRecord(t);
					asList(term.related).forEach((rel, j) => {
						if (typeof rel === 'string' && !index.terms.has(rel))
							problems.push(`${at(e, [i, 'related', j])}: unknown term "${rel}"; expected a glossary id`);
						if (rel === term.id) problems.push(`${at(e, [i, 'related', j])}: term "${rel}" lists itself as related`);
					});
					asList(term.refs).forEach((ref, j) => clause(e, [i, 'refs', j], ref));
					for (const p of duplicateIds(term)) problems.push(`${at(e, [i])}: ${p}`);
				});
				problems.push(
					...duplicateValues(
						terms,
						(x) => asRecord(x).term as string | undefined,
						(t, i, f) => `${at(e, [i, 'term'])}: "${t}" is already the name of term ${f + 1}; expected each term once`,
					),
				);
				break;
			}
			case 'traceability':
				for (const [id, anchors] of Object.entries(asRecord(e.data))) {
					const std = index.standards.get(id);
					if (!std) {
						problems.push(`${at(e, [id])}: unknown standard "${id}"; expected one of ${[...index.standards.keys()].join(', ')}`);
						continue;
					}
					for (const anchor of Object.keys(asRecord(anchors))) {
						if (!std.versions.some((v) => v.clauses.some((c) => c.id === anchor)))
							problems.push(`${at(e, [id, anchor])}: unknown clause "${anchor}" in standard "${id}"`);
					}
				}
				break;
			default:
				break;
		}
	}
	return problems;
}

/** Reference-like links in bodies: std:/term: resolved (as of a released version's date), near misses named. */
function bodyLinks(entries: readonly Parsed[], index: ContentIndex): string[] {
	const problems: string[] = [];
	for (const e of entries) {
		if (!e.body) continue;
		const context = referenceContext(index, e.path);
		for (const link of scanBody(e.body.text, e.body.firstLine).links as BodyLink[]) {
			if (isReference(link.target)) {
				const result = resolveReference(index, link.target, context);
				if (!result.ok) problems.push(`${e.path}:${link.line}: ${result.message}`);
				continue;
			}
			const meant = nearMissReference(link.target);
			if (meant) problems.push(`${e.path}:${link.line}: link target "${link.target}" is not a reference; expected "${meant}"`);
		}
	}
	return problems;
}

/** Release rules between consecutive versions, for versions whose release is not settled. */
function releaseProblems(entries: readonly Parsed[], settled: ReadonlySet<string>): string[] {
	const byId = new Map<string, Parsed[]>();
	for (const e of entries.filter((x) => x.kind === 'standard')) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
	const problems: string[] = [];
	const versionOf = (e: Parsed) => String(asRecord(e.data).version ?? '');
	const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
	for (const versions of byId.values()) {
		const valid = versions.filter((v) => /^\d+\.\d+\.\d+$/.test(versionOf(v)) && lockKey(v.path) === `${v.id}@${versionOf(v)}`);
		valid.sort((a, b) => compareVersions(versionOf(a), versionOf(b)));
		problems.push(
			...checkStatusHistory(
				valid.map((v) => ({
					version: versionOf(v),
					status: String(asRecord(v.data).status),
					effective: day(asRecord(v.data).effective),
					file: v.path,
				})),
			),
		);
		valid.forEach((to, i) => {
			const from = valid[i - 1];
			// A release settled before the rules were adopted is history; anything newer is judged.
			if (!from || (settled.has(lockKey(to.path) ?? '') && day(asRecord(to.data).effective) < RELEASE_RULES_SINCE)) return;
			problems.push(
				...checkRelease({
					file: to.path,
					from: { version: versionOf(from), clauses: extractClauseTexts(from.body?.text ?? '') },
					to: { version: versionOf(to), clauses: extractClauseTexts(to.body?.text ?? ''), changes: asStrings(asRecord(to.data).changes) },
				}),
			);
		});
	}
	return problems;
}

/** Every problem of the content folder, in file order; empty when the content is sound. */
export function checkContent(input: CheckInput): string[] {
	return checkAndIndexContent(input).problems;
}

/** What the index is built from: the standard files, the glossary and the lock, in file order. */
function indexSources(files: readonly RawFile[]): RawFile[] {
	return files.filter((file) => {
		const place = classify(file.relative);
		return 'kind' in place && (place.kind === 'standard' || place.kind === 'glossary' || place.kind === 'lock');
	});
}

/**
 * The content index of a folder, built without the checks: what `checkAndIndexContent` returns as
 * its index whenever it finds no problems (the same standard files, glossary and lock). `npm run
 * build` starts Astro on it while the full check still runs beside it, and stops the build if the
 * check then finds a problem; the check reuses it (`CheckInput.unchecked`) rather than index twice.
 */
export function indexUnchecked(input: CheckInput): UncheckedIndex {
	const sources = indexSources(input.files);
	const source = (file: RawFile): SourceFile => {
		const decoded = decodeText(file.bytes);
		return { path: `${input.root}/${file.relative}`, text: 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : '' };
	};
	const of = (kind: ContentKind) => sources.filter((file) => (classify(file.relative) as { kind: ContentKind }).kind === kind);
	const lockFile = of('lock')[0];
	let lock: VersionLock = {};
	try {
		lock = lockFile ? (JSON.parse(source(lockFile).text) as VersionLock) : {};
	} catch {
		// Reported by the check.
	}
	const glossary = of('glossary')[0];
	const built = indexContent({
		standards: of('standard').map(source),
		glossary: glossary ? source(glossary) : undefined,
		lock: { path: lockFile ? `${input.root}/${lockFile.relative}` : `${input.root}/standards.lock.json`, data: lock },
		today: input.today,
		memo: input.memo,
	});
	return { ...built, sources: sources.map((file) => `${input.root}/${file.relative}`) };
}

export interface UncheckedIndex {
	index: ContentIndex;
	problems: string[];
	/** The files it was built from (content-folder paths as messages name them). */
	sources: string[];
}

/**
 * The content check and the content index it builds on the way: a build that passes the check
 * reuses this index instead of reading and parsing every standard a second time.
 */
export function checkAndIndexContent(input: CheckInput): { problems: string[]; index: ContentIndex } {
	const problems: string[] = [];
	const entries = input.files.flatMap((file) => parseFile(file, input.root, problems) ?? []);
	const bytesByPath = new Map(input.files.map((f) => [`${input.root}/${f.relative}`, f.bytes]));
	const text = (e: Parsed): SourceFile => {
		const decoded = decodeText(bytesByPath.get(e.path)!);
		return { path: e.path, text: 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : '' };
	};
	const lockEntry = entries.find((e) => e.kind === 'lock');
	const glossary = entries.find((e) => e.kind === 'glossary');
	// The same files as the unchecked index when all of them parsed; a file that did not is left out here.
	const parsed = entries.filter((e) => e.kind === 'standard' || e.kind === 'glossary' || e.kind === 'lock').map((e) => e.path);
	const reuse = input.unchecked && parsed.join('\n') === input.unchecked.sources.join('\n') ? input.unchecked : undefined;
	const { index, problems: indexProblems } =
		reuse ??
		indexContent({
			standards: entries.filter((e) => e.kind === 'standard').map(text),
			glossary: glossary ? text(glossary) : undefined,
			lock: { path: lockEntry?.path ?? `${input.root}/standards.lock.json`, data: (lockEntry?.data ?? {}) as VersionLock },
			today: input.today,
		});
	problems.push(...indexProblems);
	problems.push(...crossReferences(entries, index));
	problems.push(...bodyLinks(entries, index));
	const settled =
		input.settled ??
		new Set([...index.standards.values()].flatMap((s) => s.versions.filter((v) => v.locked).map((v) => lockKey(v.file) ?? '')));
	problems.push(...releaseProblems(entries, settled));
	return { problems: [...new Set(problems)], index };
}
