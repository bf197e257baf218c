/**
 * Citations in MDX content (checklists, handbooks, cases, other standards): `std:` links and
 * "SC-01 §2.3" in prose, located by the mdast positions of an MDX + GFM parse, and the clause
 * lists of a handbook's front matter by YAML line. Standards are parsed as the Markdown they are
 * rendered as. A file that does not parse as MDX is reported by
 * the build with its own message; here it raises an error naming the file.
 */
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { excerpt, textCitations, yamlScalars, type Citation, type CitationKind, type ContentText } from './citations.ts';
import { splitFrontMatter } from './content-index.ts';

/** Plain text of a block; an empty `std:` link reads as its target, as the site shows it as the clause label. */
function textOf(node: Nodes): string {
	if (node.type === 'link' && node.url.startsWith('std:') && toString(node) === '') return node.url.slice(4);
	if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
	return toString(node);
}

const KINDS: Record<string, CitationKind> = { checklists: 'checklist', handbooks: 'handbook', cases: 'case', standards: 'standard' };

/** The block a reader would recognise the citation in: the list item, else the paragraph or heading. */
function enclosingBlock(ancestors: readonly Parents[]): Nodes | undefined {
	const item = [...ancestors].reverse().find((node) => node.type === 'listItem');
	return item ?? [...ancestors].reverse().find((node) => node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell');
}

/** Citations and the text of each block, in one parse. */
export function mdxCitations(file: string, text: string, collection: string): Citation[] {
	return scanMdx(file, text, collection).citations;
}

export function mdxTexts(file: string, text: string, collection: string): ContentText[] {
	return scanMdx(file, text, collection).texts;
}

function scanMdx(file: string, text: string, collection: string): { citations: Citation[]; texts: ContentText[] } {
	const kind = KINDS[collection];
	if (!kind) return { citations: [], texts: [] };
	const texts: ContentText[] = [];
	const parts = splitFrontMatter(text);
	const body = parts?.body ?? text;
	const bodyLine = parts?.bodyLine ?? 1;
	const citations: Citation[] = [];
	if (parts && collection === 'handbooks') {
		for (const scalar of yamlScalars(parts.data, 1).scalars) {
			const what = `front matter ${scalar.path.join('.')}`;
			texts.push({ file, line: scalar.line, kind, what, excerpt: excerpt(scalar.value), text: scalar.value, item: scalar.value });
			if (scalar.path[0] === 'clauses')
				citations.push({ file, line: scalar.line, kind, what, excerpt: scalar.value, target: { via: 'ref', ref: scalar.value } });
			else
				for (const c of textCitations(scalar.value))
					citations.push({
						file,
						line: scalar.line,
						kind,
						what,
						excerpt: excerpt(scalar.value),
						target: { via: 'text', code: c.code, number: c.number },
					});
		}
	}
	let tree: Nodes;
	try {
		// Standards are rendered as Markdown (src/content-source/standards-loader.ts), the rest as MDX.
		tree =
			collection === 'standards'
				? fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
				: fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
	} catch (error) {
		throw new Error(`${file}: not readable as MDX: ${(error as Error).message}`, { cause: error });
	}
	const describe = (node: Nodes, ancestors: readonly Parents[]) => {
		const block = enclosingBlock(ancestors);
		const isTask = block?.type === 'listItem' && typeof block.checked === 'boolean';
		const line = (node.position?.start.line ?? 1) + bodyLine - 1;
		const blockText = textOf(block ?? node);
		return {
			file,
			line,
			kind: isTask && collection === 'checklists' ? ('checklist-item' as const) : kind,
			what: isTask ? 'item' : 'text',
			excerpt: excerpt(blockText),
		};
	};
	const walk = (node: Nodes, ancestors: Parents[]) => {
		if (node.type === 'link' && node.url.startsWith('std:')) {
			citations.push({ ...describe(node, ancestors), target: { via: 'ref', ref: node.url.slice(4) } });
		} else if (node.type === 'text') {
			const start = node.position?.start.line ?? 1;
			texts.push({
				...describe(node, ancestors),
				line: start + bodyLine - 1,
				text: node.value,
				item: textOf(enclosingBlock(ancestors) ?? node),
			});
			for (const c of textCitations(node.value)) {
				const lineInNode = node.value.slice(0, c.index).split('\n').length - 1;
				const where = describe(node, ancestors);
				citations.push({ ...where, line: start + lineInNode + bodyLine - 1, target: { via: 'text', code: c.code, number: c.number } });
			}
		}
		if ('children' in node) for (const child of node.children) walk(child as Nodes, [...ancestors, node]);
	};
	walk(tree, []);
	return { citations, texts };
}
