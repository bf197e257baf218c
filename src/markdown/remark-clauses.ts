/**
 * Gives every numbered heading of a standard its clause anchor (`id="c-2-3"`), removes an explicit
 * `[#id]` from the visible text, and marks the heading as a clause for styling and search.
 * Unnumbered headings are reported by the content index before rendering starts.
 * Options: `folder`, the absolute standards folder; files elsewhere are left alone.
 */
import type { Heading, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type {} from 'mdast-util-to-hast'; // types `data.hProperties`
import type { VFile } from 'vfile';
import { parseClauseHeading } from '../lib/clauses.ts';
import { isInFolder } from './plugin-files.ts';

export interface RemarkClausesOptions {
	/** Absolute path of the standards folder. */
	folder: string;
}

export function remarkClauses(options: RemarkClausesOptions) {
	return (tree: Root, file: VFile) => {
		if (!isInFolder(file, options.folder)) return;
		visit(tree, 'heading', (heading: Heading) => {
			if (heading.depth < 2 || heading.depth > 4) return;
			const clause = parseClauseHeading(toString(heading), heading.depth);
			if (!clause) return;
			const last = heading.children.at(-1);
			if (last?.type === 'text') (last as Text).value = last.value.replace(/\s*\[#[a-z0-9-]+\]\s*$/, '');
			heading.data = {
				...heading.data,
				hProperties: { ...heading.data?.hProperties, id: clause.id, className: ['clause'], dataClause: clause.number },
			};
		});
	};
}
