/**
 * Where content cites a clause, with file and line, so a reviewer of a changed standard sees every
 * quiz question, checklist item, handbook, case, assessment text, glossary term and path step that
 * may have gone stale. YAML citations come from the yaml package's node ranges (`LineCounter`), so
 * the line is the one an editor shows; MDX citations are in `mdx-citations.ts`.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export type CitationKind =
	| 'quiz-question'
	| 'checklist-item'
	| 'checklist'
	| 'handbook'
	| 'case'
	| 'standard'
	| 'assessment-band'
	| 'assessment-statement'
	| 'glossary-term'
	| 'path-step';

export interface Citation {
	/** Project-relative path, e.g. `content/quizzes/sc-01-basics.yaml`. */
	file: string;
	/** 1-based line in that file. */
	line: number;
	kind: CitationKind;
	/** What cites, as a reviewer would name it: `question q3`, `band amber of dimension communication`. */
	what: string;
	/** A short excerpt of the citing text. */
	excerpt: string;
	/**
	 * What is cited. `ref`: a reference field or `std:` link (`sc-01#c-2-3`, or `sc-01` for a whole
	 * standard); `text`: "SC-01 §2.3" written in prose, matched by code and number; `dimension`: an
	 * assessment statement whose dimension's bands cite the clause; `wording`: text that repeats a
	 * phrase the new version changed ("3 个工作日"), whatever it cites.
	 */
	target: { via: 'ref' | 'dimension'; ref: string } | { via: 'text'; code: string; number: string } | { via: 'wording'; phrase: string };
	/** Set on a citation found only on the base side: this branch removed or re-pointed it. */
	base?: true;
}

/** "SC-01 §2.3", "CQ-01 §5.2、§5.3", "TC-01 §1.1 和 §1.2": one entry per number. */
const TEXT_CITATION = /([A-Z]{2,5}-\d{2,3})\s*(§\s*\d+(?:\.\d+)*(?:\s*(?:[、，,/和及与至或]|and|or)\s*§\s*\d+(?:\.\d+)*)*)/g;

export function textCitations(text: string): { code: string; number: string; index: number }[] {
	return [...text.matchAll(TEXT_CITATION)].flatMap((match) =>
		[...match[2]!.matchAll(/§\s*(\d+(?:\.\d+)*)/g)].map((n) => ({ code: match[1]!, number: n[1]!, index: match.index })),
	);
}

export function excerpt(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

type Path = (string | number)[];
interface ScalarAt {
	path: Path;
	value: string;
	line: number;
}

/** Every scalar of a YAML document with its key path and line; a parse error is thrown with its line. */
export function yamlScalars(text: string, lineOffset = 0): { scalars: ScalarAt[]; value: unknown } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	if (doc.errors.length > 0) {
		const error = doc.errors[0]!;
		throw new Error(`line ${(error.linePos?.[0]?.line ?? 0) + lineOffset}: ${error.message.split('\n')[0]}`);
	}
	const scalars: ScalarAt[] = [];
	const walk = (node: YamlNode | null | undefined, path: Path) => {
		if (isMap(node))
			for (const pair of node.items) walk(pair.value as YamlNode, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
		else if (isSeq(node)) node.items.forEach((item, i) => walk(item as YamlNode, [...path, i]));
		else if (isScalar(node) && node.value !== null && node.value !== undefined) {
			const line = lineCounter.linePos(node.range?.[0] ?? 0).line + lineOffset;
			scalars.push({ path, value: String(node.value), line });
		}
	};
	walk(doc.contents as YamlNode, []);
	return { scalars, value: doc.toJS() };
}

type Describe = (path: Path, data: unknown) => { kind: CitationKind; what: string; excerpt: string; owner: string } | null;

const at = (data: unknown, path: Path): unknown =>
	path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Which item of each YAML content type a scalar belongs to; `owner` groups the scalars of one item. */
const DESCRIBE: Record<string, Describe> = {
	quizzes: (path, data) => {
		if (path[0] !== 'questions' || typeof path[1] !== 'number') return null;
		const q = at(data, path.slice(0, 2)) as { id?: string; prompt?: string };
		return { kind: 'quiz-question', what: `question ${q.id ?? path[1] + 1}`, excerpt: excerpt(str(q.prompt)), owner: `q${path[1]}` };
	},
	assessments: (path, data) => {
		if (path[0] !== 'dimensions' || typeof path[1] !== 'number') return null;
		const dim = at(data, path.slice(0, 2)) as { id?: string };
		if (path[2] === 'bands' && typeof path[3] === 'number') {
			const band = at(data, path.slice(0, 4)) as { level?: string; label?: string; recommendation?: string };
			return {
				kind: 'assessment-band',
				what: `band ${band.level ?? path[3] + 1} (${band.label ?? ''}) of dimension ${dim.id ?? ''}`,
				excerpt: excerpt(str(band.recommendation)),
				owner: `d${path[1]}b${path[3]}`,
			};
		}
		if (path[2] === 'statements' && typeof path[3] === 'number') {
			const s = at(data, path.slice(0, 4)) as { id?: string; text?: string };
			return {
				kind: 'assessment-statement',
				what: `statement ${s.id ?? ''} of dimension ${dim.id ?? ''}`,
				excerpt: excerpt(str(s.text)),
				owner: `d${path[1]}s${path[3]}`,
			};
		}
		return null;
	},
	glossary: (path, data) => {
		if (typeof path[0] !== 'number') return null;
		const term = at(data, path.slice(0, 1)) as { id?: string; term?: string; definition?: string };
		return {
			kind: 'glossary-term',
			what: `term ${term.id ?? ''} (${term.term ?? ''})`,
			excerpt: excerpt(str(term.definition)),
			owner: `t${path[0]}`,
		};
	},
	paths: (path, data) => {
		if (path[0] !== 'steps' || typeof path[1] !== 'number') return null;
		const step = at(data, path.slice(0, 2)) as { kind?: string; target?: string; note?: string };
		return {
			kind: 'path-step',
			what: `step ${path[1] + 1} (${step.kind ?? ''} ${step.target ?? ''})`,
			excerpt: excerpt(str(step.note)),
			owner: `s${path[1]}`,
		};
	},
};

/** The content type a project path belongs to (`quizzes`, `glossary`, …), or null. */
export function collectionOf(file: string, contentDir: string): string | null {
	const rest = file.startsWith(`${contentDir}/`) ? file.slice(contentDir.length + 1) : null;
	if (rest === null) return null;
	if (rest === 'glossary.yaml') return 'glossary';
	return /^([a-z]+)\//.exec(rest)?.[1] ?? null;
}

/** Citations in a YAML content file (quiz, assessment, glossary, path). */
export function yamlCitations(file: string, text: string, collection: string): Citation[] {
	const describe = DESCRIBE[collection];
	if (!describe) return [];
	const { scalars, value } = yamlScalars(text);
	const citations: Citation[] = [];
	const bandRefs = new Map<number, { ref: string; line: number }[]>();
	for (const scalar of scalars) {
		const item = describe(scalar.path, value);
		if (!item) continue;
		const base = { file, line: scalar.line, kind: item.kind, what: item.what, excerpt: item.excerpt };
		const field = scalar.path.at(-1);
		const isRefField = (field === 'ref' && collection === 'quizzes') || scalar.path.at(-2) === 'refs';
		if (isRefField) {
			citations.push({ ...base, target: { via: 'ref', ref: scalar.value } });
			if (collection === 'assessments') {
				const dim = scalar.path[1] as number;
				bandRefs.set(dim, [...(bandRefs.get(dim) ?? []), { ref: scalar.value, line: scalar.line }]);
			}
		} else if (collection === 'paths' && field === 'target' && at(value, [...scalar.path.slice(0, 2), 'kind']) === 'read') {
			citations.push({ ...base, target: { via: 'ref', ref: scalar.value } });
		} else {
			for (const cite of textCitations(scalar.value))
				citations.push({ ...base, target: { via: 'text', code: cite.code, number: cite.number } });
		}
	}
	// A statement measures what its dimension's bands tell the reader to read.
	if (collection === 'assessments') {
		for (const scalar of scalars) {
			if (scalar.path[2] !== 'statements' || scalar.path[4] !== 'text') continue;
			const item = describe(scalar.path, value)!;
			for (const ref of new Set((bandRefs.get(scalar.path[1] as number) ?? []).map((r) => r.ref))) {
				citations.push({
					file,
					line: scalar.line,
					kind: item.kind,
					what: item.what,
					excerpt: item.excerpt,
					target: { via: 'dimension', ref },
				});
			}
		}
	}
	return citations;
}

/** A piece of content text with where it stands, for finding wording a new version changed. */
export interface ContentText {
	file: string;
	line: number;
	kind: CitationKind;
	what: string;
	excerpt: string;
	text: string;
	/** All the text of the item it belongs to (a whole quiz question, a list item), to judge what it is about. */
	item: string;
}

/** Every text scalar of a YAML content file that belongs to a quiz question, assessment item, term or path step. */
export function yamlTexts(file: string, text: string, collection: string): ContentText[] {
	const describe = DESCRIBE[collection];
	if (!describe) return [];
	const { scalars, value } = yamlScalars(text);
	const described = scalars.flatMap((scalar) => {
		const item = describe(scalar.path, value);
		return item ? [{ scalar, item }] : [];
	});
	const itemText = new Map<string, string>();
	for (const { scalar, item } of described) itemText.set(item.owner, `${itemText.get(item.owner) ?? ''}\n${scalar.value}`);
	return described.map(({ scalar, item }) => ({
		file,
		line: scalar.line,
		kind: item.kind,
		what: item.what,
		excerpt: item.excerpt,
		text: scalar.value,
		item: itemText.get(item.owner) ?? scalar.value,
	}));
}
