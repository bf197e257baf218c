/**
 * Turns `std:sc-01#c-2-3` and `term:smart` link targets (inline or reference definitions) into real links with the clause label
 * or term as text (when the link text is empty) and a tooltip. An unknown target stops the
 * build with the file, line and target named.
 * Options: `index`, the content index, or a function returning it (the dev server rebuilds the
 * index when content changes; the plugin reads it per file, never the content folder).
 */
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type {} from 'mdast-util-to-hast'; // types `data.hProperties`
import type { VFile } from 'vfile';
import { isReference, referenceContext, resolveReference } from '../lib/references.ts';
import { contentBuildError } from '../content-source/build-error.ts';
import type { ContentIndex } from '../lib/content-index.ts';
import { shownPath } from './plugin-files.ts';

export interface RemarkReferencesOptions {
	index: ContentIndex | (() => ContentIndex);
}

export function remarkReferences(options: RemarkReferencesOptions) {
	return (tree: Root, file: VFile) => {
		const index = typeof options.index === 'function' ? options.index() : options.index;
		const problems: string[] = [];
		// A released standard version cites the standards as they stood on its effective date.
		const context = file.path ? referenceContext(index, shownPath(file)) : {};
		visit(tree, 'link', (link: Link) => {
			if (!isReference(link.url)) return;
			const result = resolveReference(index, link.url, context);
			const where = `${shownPath(file)}:${link.position?.start.line ?? '?'}`;
			if (!result.ok) {
				problems.push(`${where}: ${result.message}`);
				return;
			}
			const kind = link.url.startsWith('std:') ? 'clause-ref' : 'term-ref';
			link.url = result.value.href;
			link.title = result.value.title;
			if (link.children.length === 0) link.children = [{ type: 'text', value: result.value.label }];
			link.data = { ...link.data, hProperties: { ...link.data?.hProperties, className: [kind] } };
		});
		// Reference-style links: `[text][x]` with `[x]: std:sc-01#c-2-3` take the definition's URL.
		visit(tree, 'definition', (definition: Definition) => {
			if (!isReference(definition.url)) return;
			const result = resolveReference(index, definition.url, context);
			if (!result.ok) problems.push(`${shownPath(file)}:${definition.position?.start.line ?? '?'}: ${result.message}`);
			else {
				definition.url = result.value.href;
				definition.title ??= result.value.title;
			}
		});
		if (problems.length > 0) {
			throw contentBuildError(
				'Broken reference(s):',
				problems,
				"Write `std:<standard-id>#<clause-anchor>` (anchors are shown in the standard's table of contents, e.g. c-2-3) or `term:<glossary-id>`.",
			);
		}
	};
}
