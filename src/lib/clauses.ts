/**
 * Clauses are the numbered headings of a standard ("## 2 …", "### 2.3 …"). Their anchors
 * (`c-2-3`) are derived from the number, or given explicitly with a trailing `[#c-name]` (MDX reads `{…}` as code) so a
 * clause can keep its anchor when it is renumbered. Headings and clause texts are read from the mdast tree
 * (mdast-util-from-markdown), the same CommonMark reading the site renders, never by matching lines.
 */
import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export interface Clause {
	/** Dotted number as written, e.g. `2.3`. */
	number: string;
	/** Anchor id, e.g. `c-2-3`. */
	id: string;
	/** Heading text without number and explicit id. */
	title: string;
	/** Heading depth (2 for chapters, 3 for sections, 4 for sub-sections). */
	depth: number;
}

const HEADING = /^(\d+(?:\.\d+)*)\.?\s+(.+?)(?:\s*\[#(c-[a-z0-9]+(?:-[a-z0-9]+)*)\])?\s*$/;

/** Parses a clause heading's text; `null` when it does not start with a clause number. */
export function parseClauseHeading(text: string, depth: number): Clause | null {
	const match = HEADING.exec(text.trim());
	if (!match) return null;
	const [, number = '', title = '', explicitId] = match;
	return { number, id: explicitId ?? clauseIdFor(number), title, depth };
}

export function clauseIdFor(number: string): string {
	return `c-${number.split('.').join('-')}`;
}

/** "§2.3", the form readers cite a clause by. */
export function clauseLabel(number: string): string {
	return `§${number}`;
}

/** The heading depth a clause number belongs at: `2` → h2, `2.3` → h3, `2.3.1` → h4. */
export function expectedDepth(number: string): number {
	return number.split('.').length + 1;
}

/**
 * Checks a standard's clauses in document order: numbers match heading depth, sub-clauses sit
 * under their parent, and no number or anchor repeats. Returns one message per problem.
 */
export function checkClauseOutline(clauses: readonly Clause[]): string[] {
	const problems: string[] = [];
	const seenNumbers = new Set<string>();
	const seenIds = new Set<string>();
	for (const clause of clauses) {
		const label = clauseLabel(clause.number);
		if (expectedDepth(clause.number) !== clause.depth) {
			problems.push(
				`${label} "${clause.title}" is a level-${clause.depth} heading; expected ${'#'.repeat(expectedDepth(clause.number))} for a number with ${clause.number.split('.').length} part(s)`,
			);
		}
		const parent = clause.number.split('.').slice(0, -1).join('.');
		if (parent && !seenNumbers.has(parent)) {
			problems.push(`${label} "${clause.title}" appears before its parent clause §${parent}`);
		}
		if (seenNumbers.has(clause.number)) problems.push(`${label} is numbered twice`);
		if (seenIds.has(clause.id)) problems.push(`anchor #${clause.id} is used twice`);
		seenNumbers.add(clause.number);
		seenIds.add(clause.id);
	}
	return problems;
}

/**
 * Checks that clause numbers run without gaps: chapters 1, 2, 3 …, and the sections of each
 * chapter from 1 up. A gap usually means a clause was deleted without renumbering, or a typo.
 */
export function checkClauseNumbering(clauses: readonly Clause[]): string[] {
	const problems: string[] = [];
	const lastChild = new Map<string, number>();
	for (const clause of clauses) {
		const parts = clause.number.split('.');
		const parent = parts.slice(0, -1).join('.');
		const own = Number(parts.at(-1));
		const expected = (lastChild.get(parent) ?? 0) + 1;
		if (own !== expected && own > (lastChild.get(parent) ?? 0)) {
			const expectedNumber = parent ? `${parent}.${expected}` : String(expected);
			problems.push(
				`${clauseLabel(clause.number)} "${clause.title}" follows ${expected === 1 ? (parent ? `§${parent}` : 'the start') : `§${parent ? `${parent}.` : ''}${expected - 1}`}; expected §${expectedNumber} (numbers run without gaps)`,
			);
		}
		lastChild.set(parent, Math.max(own, lastChild.get(parent) ?? 0));
	}
	return problems;
}

/** A heading of a standard's body as the Markdown parser reads it. */
export interface BodyHeading {
	clause: Clause | null;
	/** The heading's text as written, markup removed (an explicit `[#c-name]` anchor kept). */
	text: string;
	depth: number;
	/** 1-based line of the heading in the body. */
	line: number;
}

/** The heading's text as written, without inline markup: `**A**` → `A`, `` `x` `` → `x`. */
function headingText(heading: Heading): string {
	return toString(heading).trim();
}

/**
 * Reads the clause headings (h2–h4) of a standard's body with the CommonMark parser the site renders with,
 * so a heading inside fenced code, a list or a quote is never a clause, and a setext heading is one.
 */
export function extractClauses(markdown: string): BodyHeading[] {
	return fromMarkdown(markdown).children.flatMap((node) => {
		if (node.type !== 'heading' || node.depth < 2 || node.depth > 4) return [];
		const text = headingText(node);
		return [{ clause: parseClauseHeading(text, node.depth), text, depth: node.depth, line: node.position?.start.line ?? 0 }];
	});
}

export interface ClauseText extends Clause {
	/** The clause's own text (up to the next heading) as plain text, one paragraph or list item a line. */
	text: string;
}

type Block = RootContent;

/** Inline content → text: links read as their text, or as `label(target)` when empty (`[](std:sc-01#c-2-3)`). */
function inlineText(node: Block | PhrasingContent, label: (target: string) => string): string {
	if (node.type === 'link') {
		const text = node.children.map((child) => inlineText(child, label)).join('');
		return text || label(node.url);
	}
	if ('children' in node) return (node.children as (Block | PhrasingContent)[]).map((child) => inlineText(child, label)).join('');
	return 'value' in node ? node.value : '';
}

/** One block → its lines of plain text; list items keep a `- ` (or `1. `) marker so lists still read as lists. */
function blockLines(node: Block, label: (target: string) => string): string[] {
	switch (node.type) {
		case 'list':
			return node.children.flatMap((item, i) => {
				const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
				const [first = '', ...rest] = item.children.flatMap((child) => blockLines(child, label));
				return [`${marker}${first}`, ...rest];
			});
		case 'blockquote':
			return node.children.flatMap((child) => blockLines(child, label));
		case 'code':
			return node.value.split('\n');
		case 'thematicBreak':
			return [];
		default:
			return inlineText(node, label).split('\n');
	}
}

/** Markdown of one clause body → readable plain text; `label` names an empty reference link. */
export function plainText(markdown: string, label: (target: string) => string = (target) => target): string {
	return fromMarkdown(markdown)
		.children.flatMap((node) => blockLines(node, label))
		.map((line) => line.trim())
		.filter((line) => line.length > 0)
		.join('\n');
}

/** Every clause of a standard's body with its own text, in document order. */
export function extractClauseTexts(markdown: string, label?: (target: string) => string): ClauseText[] {
	const lines = markdown.split('\n');
	const headings = extractClauses(markdown);
	return headings.flatMap((heading, i) => {
		if (!heading.clause) return [];
		const end = headings[i + 1]?.line ?? lines.length + 1;
		return [{ ...heading.clause, text: plainText(lines.slice(heading.line, end - 1).join('\n'), label) }];
	});
}
