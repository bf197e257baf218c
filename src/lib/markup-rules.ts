/**
 * What a content body may be written in: plain Markdown, parsed the way the site renders it.
 * Standards are rendered by the Markdown pipeline (src/content-source/standards-loader.ts), where
 * raw HTML passes through: an unclosed `<div>` or an `<!-- comment -->` at the start of a line
 * turns the rest of the block into raw HTML, so its references were printed as `[](std:…)` and the
 * page's markup was left open, and the build said nothing. Handbooks, checklists and cases are
 * compiled as MDX, where the same mistakes stopped the build with a compiler stack trace (an unclosed
 * tag, a comment, a `<` before a letter) or a render error (an unknown component). Images have no
 * pipeline for content in either: a Markdown image became an `<img>` without a source, an MDX one
 * an unresolved import. So the content check parses each body as its pipeline will, and names the
 * line and what to write instead. Pure: the parse is micromark's (the same extensions as the site).
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

export interface MarkupProblem {
	line: number;
	message: string;
}

/** How a body is parsed: standards as Markdown, the other MDX collections as MDX. */
export type BodySyntax = 'markdown' | 'mdx';

/** Elements the line scan of `scanBody` (src/lib/content-rules.ts) already names. */
const SCANNED = new Set(['script', 'iframe', 'object', 'embed', 'a']);

const isComponent = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/** What to write instead of an element, by tag name. */
function instead(name: string): string {
	const tag = name.toLowerCase();
	if (isComponent(name)) return 'content may not use components; the site adds its own interactive elements';
	if (tag === 'br') return 'for a line break, end the line with a backslash (\\)';
	if (tag === 'b' || tag === 'strong') return 'write **text** for bold';
	if (tag === 'i' || tag === 'em') return 'write *text* for emphasis';
	if (tag === 'code') return 'write `code` between backticks';
	if (tag === 'img' || tag === 'picture' || tag === 'svg') return 'content does not carry images; describe it in text';
	if (/^(?:table|thead|tbody|tr|td|th)$/.test(tag)) return 'write a Markdown table (| a | b |)';
	if (/^(?:ul|ol|li)$/.test(tag)) return 'write a Markdown list (- item)';
	if (/^h[1-6]$/.test(tag)) return 'write a Markdown heading (## 2 …)';
	return 'remove the tag: Markdown needs none';
}

const elementMessage = (name: string) =>
	`${isComponent(name) ? 'a component' : 'raw HTML element'} <${name}>: expected plain Markdown; ${instead(name)}`;
const COMMENT_MESSAGE = 'an HTML comment (<!-- … -->): expected plain Markdown; remove it (a comment would be published in the page)';
const IMAGE_MESSAGE =
	'an image: content does not carry images (there is no image pipeline for content); describe it in text, or link to it with [text](https://…)';

/** The error micromark raises on MDX it cannot parse, as a line and a message. */
function parseFailure(error: unknown, firstLine: number): MarkupProblem {
	const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
	const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
	const reason = (e.reason ?? e.message ?? String(error))
		.replace(/\s*\(note: to create a comment in MDX[^)]*\)/, '')
		// Positions within the body, not the file: the line is given in front.
		.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
	if (/Unexpected character `!` \(U\+0021\) before name/.test(reason)) return { line: firstLine + line - 1, message: COMMENT_MESSAGE };
	const unclosed = /closing tag for `<([^>\s]+)>`/.exec(reason)?.[1];
	if (unclosed) return { line: firstLine + line - 1, message: elementMessage(unclosed) };
	return {
		line: firstLine + line - 1,
		message: `not valid MDX: ${reason}; expected plain Markdown (write \\< for a literal "<", \\{ for a literal brace)`,
	};
}

/**
 * Problems with the markup of a body: raw HTML and components, HTML comments, images, and (MDX)
 * what the MDX compiler would reject. `firstLine` is the file line of the body's first line.
 * Expressions, import/export and the unsafe elements of `scanBody` are left to it.
 */
export function markupProblems(body: string, firstLine: number, syntax: BodySyntax): MarkupProblem[] {
	// Every problem here starts at a "<" or a "![": a body without either is not parsed (0.7 ms a
	// file, 8 s of a 10,000-standard check otherwise).
	if (!body.includes('<') && !body.includes('![')) return [];
	let tree: Nodes;
	try {
		tree =
			syntax === 'mdx'
				? fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
				: fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	} catch (error) {
		return [parseFailure(error, firstLine)];
	}
	const problems: MarkupProblem[] = [];
	/** Tags already named at their opening: the closing tag is the same mistake. */
	const opened = new Set<string>();
	const walk = (node: Nodes) => {
		const line = firstLine + (node.position?.start.line ?? 1) - 1;
		if (node.type === 'html') {
			const value = node.value.trimStart();
			const [, closing, tag] = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(value) ?? [];
			if (value.startsWith('<!--')) problems.push({ line, message: COMMENT_MESSAGE });
			else if (tag && !SCANNED.has(tag.toLowerCase()) && !(closing && opened.has(tag.toLowerCase()))) {
				opened.add(tag.toLowerCase());
				problems.push({ line, message: elementMessage(tag) });
			}
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const name = node.name ?? '';
			if (!SCANNED.has(name.toLowerCase()))
				problems.push({ line, message: name ? elementMessage(name) : 'a fragment (<>…</>): expected plain Markdown; remove it' });
		} else if (node.type === 'image' || node.type === 'imageReference') {
			problems.push({ line, message: IMAGE_MESSAGE });
		}
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(tree);
	return problems;
}
