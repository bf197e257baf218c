/**
 * Rules the content check applies to raw files, before any schema or page sees them: where a file
 * may live, how it is encoded, what may appear in a Markdown body (no scripts, no code, no
 * near-miss reference links), unique ids in every list, and a consistent status history per
 * standard. Pure functions over text and parsed data, each returning messages that name the file,
 * field or line and what was expected.
 */
import { closest } from './suggest.ts';
import { compareVersions } from './versions.ts';

export type ContentKind =
	'standard' | 'handbook' | 'checklist' | 'case' | 'quiz' | 'assessment' | 'path' | 'glossary' | 'traceability' | 'lock';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FOLDERS: Record<string, { kind: ContentKind; ext: string }> = {
	handbooks: { kind: 'handbook', ext: 'mdx' },
	checklists: { kind: 'checklist', ext: 'mdx' },
	cases: { kind: 'case', ext: 'mdx' },
	quizzes: { kind: 'quiz', ext: 'yaml' },
	assessments: { kind: 'assessment', ext: 'yaml' },
	paths: { kind: 'path', ext: 'yaml' },
};
const ROOT_FILES: Record<string, ContentKind> = {
	'glossary.yaml': 'glossary',
	'traceability.yaml': 'traceability',
	'standards.lock.json': 'lock',
};

/** The layout, in one line, for messages. */
export const LAYOUT =
	'standards/<id>/<version>.mdx, handbooks|checklists|cases/<id>.mdx, quizzes|assessments|paths/<id>.yaml, glossary.yaml, traceability.yaml, standards.lock.json';

/** What a file is, by where it lies (`relative` to the content folder), or why it does not belong there. */
export function classify(relative: string): { kind: ContentKind; id: string } | { problem: string } {
	const parts = relative.split('/');
	const name = parts.at(-1) ?? '';
	if (parts.length === 1) {
		const kind = ROOT_FILES[name];
		if (kind) return { kind, id: name };
		const near = closest(name, Object.keys(ROOT_FILES));
		return { problem: `unexpected file: expected the content folder to hold only ${LAYOUT}${near ? `. Did you mean "${near}"?` : ''}` };
	}
	const [folder = '', ...rest] = parts;
	if (folder === 'standards') {
		if (rest.length !== 2) return { problem: `unexpected location: expected standards/<id>/<version>.mdx` };
		const [id = '', file = ''] = rest;
		if (!SLUG.test(id)) return { problem: `folder name: expected a lower-case standard id such as "sc-01", got "${id}"` };
		const match = /^(.*)\.(mdx)$/.exec(file);
		if (!match) return { problem: `file name: expected <version>.mdx (e.g. 1.0.0.mdx), got "${file}"` };
		if (!/^\d+\.\d+\.\d+$/.test(match[1]!)) return { problem: `file name: expected a version like 1.0.0.mdx, got "${file}"` };
		return { kind: 'standard', id };
	}
	const expected = FOLDERS[folder];
	if (!expected) {
		const near = closest(folder, [...Object.keys(FOLDERS), 'standards']);
		return { problem: `unexpected folder "${folder}/": expected ${LAYOUT}${near ? `. Did you mean "${near}/"?` : ''}` };
	}
	if (rest.length !== 1) return { problem: `unexpected location: expected ${folder}/<id>.${expected.ext}, without subfolders` };
	const match = /^(.*)\.([^.]+)$/.exec(name);
	if (!match || match[2] !== expected.ext) return { problem: `file name: expected <id>.${expected.ext} in ${folder}/, got "${name}"` };
	if (!SLUG.test(match[1]!))
		return { problem: `file name: expected a lower-case id such as "needs-analysis" (a-z, 0-9, single hyphens), got "${match[1]}"` };
	return { kind: expected.kind, id: match[1]! };
}

/**
 * The text of a file that must be UTF-8: a byte order mark is dropped and CRLF line ends become
 * LF; anything else (GBK, Latin-1) is named as such with the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { text: text.replace(/\r\n?/g, '\n') };
	} catch {
		let valid = 0;
		// Find the first byte that breaks UTF-8 by decoding growing prefixes line by line.
		let line = 1;
		for (let i = 0; i < bytes.length; i++) {
			if (bytes[i] === 0x0a) {
				try {
					new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(valid, i));
					valid = i + 1;
					line++;
				} catch {
					break;
				}
			}
		}
		return { problem: `${line}: not UTF-8 text (perhaps GBK or another legacy encoding); expected the file saved as UTF-8` };
	}
}

export interface BodyLink {
	target: string;
	line: number;
	form: 'inline' | 'definition' | 'autolink';
}

/** Link schemes that are fine as they are. */
const SCHEMES = ['http', 'https', 'mailto', 'tel'];

/**
 * A link target that looks like a mistyped reference: a scheme one edit from `std`/`term`
 * (`sdt:`, `std;`, `STD:`, `trem:`), or a bare `sc-01#c-2-3` without `std:`. Returns what was
 * probably meant, or undefined.
 */
export function nearMissReference(target: string): string | undefined {
	if (target.startsWith('std:') || target.startsWith('term:')) return undefined;
	const scheme = /^([A-Za-z]{2,6})\s*[:;：]\s*(.*)$/.exec(target);
	if (scheme) {
		const [, name = '', rest = ''] = scheme;
		if (SCHEMES.includes(name)) return undefined;
		const near = closest(name, ['std', 'term']);
		if (near) return `${near}:${rest}`;
		return undefined;
	}
	if (/^[a-z]{2,5}-\d{2,3}(?:@\d+\.\d+\.\d+)?#c-[a-z0-9-]+$/.test(target)) return `std:${target}`;
	return undefined;
}

/** Raw HTML and code that content may not carry: interaction comes from the site's own elements. */
const UNSAFE: [RegExp, string][] = [
	[/<\s*script\b/i, 'a <script> element'],
	[/<\s*iframe\b/i, 'an <iframe> element'],
	[/<\s*(?:object|embed)\b/i, 'an embedded object'],
	[/<[a-z][^>]*\son[a-z]+\s*=/i, 'an on…= event handler'],
	[/javascript\s*:/i, 'a javascript: URL'],
];

/** Unsafe markup in a piece of text (front-matter or YAML strings included), by description. */
export function unsafeMarkup(text: string): string[] {
	return UNSAFE.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
}

/**
 * Scans a Markdown/MDX body line by line, outside fenced and inline code: collects every link
 * target (inline, reference definitions, autolinks) with its line, and reports unsafe markup, MDX
 * expressions (`{…}`, which MDX would run as code) and import/export statements.
 * `firstLine` is the file line of the body's first line.
 */
export function scanBody(body: string, firstLine: number): { links: BodyLink[]; problems: { line: number; message: string }[] } {
	const links: BodyLink[] = [];
	const problems: { line: number; message: string }[] = [];
	let fence: string | null = null;
	let fenceLine = 0;
	body.split('\n').forEach((raw, i) => {
		const line = firstLine + i;
		const fenceMatch = /^\s*(```+|~~~+)/.exec(raw);
		if (fenceMatch) {
			const marker = fenceMatch[1]!.slice(0, 3);
			if (fence === null) fenceLine = line;
			fence = fence === null ? marker : fence === marker ? null : fence;
			return;
		}
		if (fence) return;
		const text = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
		for (const what of unsafeMarkup(text))
			problems.push({
				line,
				message: `${what} is not allowed in content; expected plain Markdown (the site adds its own interactive elements)`,
			});
		if (/^(?:import|export)\s/.test(text))
			problems.push({ line, message: 'import/export statement: expected plain Markdown, content may not run code' });
		const expression = /(?<!\\)\{([^}]*)\}?/.exec(text);
		if (expression) {
			problems.push({
				line,
				message: `MDX expression "{${expression[1]}}": expected plain text (content may not run code); write \\{ for a literal brace`,
			});
		}
		const definition = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(text);
		if (definition) links.push({ target: definition[1]!, line, form: 'definition' });
		for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+[^)]*)?\)/g)) links.push({ target: m[1]!, line, form: 'inline' });
		const autolinks = definition ? [] : text.matchAll(/<([A-Za-z][A-Za-z+.-]{1,9}[:;][^\s>]*)>/g);
		for (const m of autolinks) links.push({ target: m[1]!, line, form: 'autolink' });
		for (const m of text.matchAll(/<a\s[^>]*href\s*=\s*["']([^"']+)["']/gi)) {
			problems.push({ line, message: `raw <a href="${m[1]}">: expected a Markdown link [text](${m[1]})` });
		}
	});
	// Markdown runs an unclosed code block to the end of the file: every item, reference and
	// clause after it would be shown as code.
	if (fence !== null)
		problems.push({
			line: fenceLine,
			message: `code block opened with ${fence} is never closed: expected a line of ${fence} after the code (everything below it would be shown as code)`,
		});
	return { links, problems };
}

/**
 * Every list in `data` whose items carry an `id` must not repeat one; lists of plain values must
 * not repeat a value. Returns `field: message` strings with the path of the list.
 */
export function duplicateIds(data: unknown, path = ''): string[] {
	const problems: string[] = [];
	if (Array.isArray(data)) {
		const seen = new Map<string, number>();
		data.forEach((item, i) => {
			const key =
				item && typeof item === 'object' && 'id' in item
					? `id "${String((item as { id: unknown }).id)}"`
					: typeof item === 'string' || typeof item === 'number'
						? `"${String(item)}"`
						: undefined;
			if (key !== undefined) {
				const first = seen.get(key);
				if (first !== undefined)
					problems.push(
						`${path}[${i}]: ${key} repeats ${path}[${first}]; expected each ${key.startsWith('id') ? 'id' : 'value'} once in the list`,
					);
				else seen.set(key, i);
			}
			problems.push(...duplicateIds(item, `${path}[${i}]`));
		});
	} else if (data && typeof data === 'object' && !(data instanceof Date)) {
		for (const [key, value] of Object.entries(data)) problems.push(...duplicateIds(value, path ? `${path}.${key}` : key));
	}
	return problems;
}

/** Values that must be unique within one list although they are not ids (a term's name, a step, a title). */
export function duplicateValues<T>(
	items: readonly T[],
	keyOf: (item: T) => string | undefined,
	describe: (key: string, i: number, first: number) => string,
): string[] {
	const seen = new Map<string, number>();
	const problems: string[] = [];
	items.forEach((item, i) => {
		const key = keyOf(item);
		if (key === undefined) return;
		const first = seen.get(key);
		if (first !== undefined) problems.push(describe(key, i, first));
		else seen.set(key, i);
	});
	return problems;
}

export interface VersionFacts {
	version: string;
	status: string;
	/** YYYY-MM-DD */
	effective: string;
	file: string;
}

/**
 * One consistent history per standard, in version order: no version takes effect before the one
 * it follows; a superseded version has a newer released one; no active version is older than a
 * superseded one; nothing comes back into force after a retired version.
 */
export function checkStatusHistory(versions: readonly VersionFacts[]): string[] {
	const released = versions.filter((v) => v.status !== 'draft').sort((a, b) => compareVersions(a.version, b.version));
	const problems: string[] = [];
	released.forEach((v, i) => {
		const before = released[i - 1];
		if (before && v.effective < before.effective) {
			problems.push(
				`${v.file}: effective: expected a day on or after ${before.effective} (when ${before.version}, the version it follows, took effect), got ${v.effective}`,
			);
		}
		const newer = released.slice(i + 1);
		if (v.status === 'superseded' && newer.length === 0) {
			problems.push(`${v.file}: status: superseded, but no newer released version supersedes it; expected active (or retired)`);
		}
		if (v.status === 'active') {
			const laterSuperseded = newer.find((n) => n.status === 'superseded');
			if (laterSuperseded)
				problems.push(
					`${v.file}: status: active, but the newer ${laterSuperseded.version} is superseded; expected superseded (an older version cannot stay in force over a newer one)`,
				);
		}
		if (v.status === 'retired') {
			const revived = newer.find((n) => n.status !== 'retired');
			if (revived)
				problems.push(
					`${revived.file}: status: ${revived.status} after ${v.version} was retired; expected retired (retiring ends the standard; start a new standard instead)`,
				);
		}
	});
	return problems;
}
