/**
 * Gives every numbered heading of a standard its clause anchor (`id="c-2-3"`), removes an explicit
 * `[#id]` from the visible text, and marks the heading as a clause for styling and search. The
 * clause number becomes a link to the clause's own anchor (named `§2.3`), so a reader can copy a
 * link to the clause; the heading's text stays the same for the table of contents and search.
 * Unnumbered headings are reported by the content index before rendering starts.
 * Options: `folder`, the absolute standards folder; files elsewhere are left alone.
 */
import type { Heading, Link, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type {} from 'mdast-util-to-hast'; // types `data.hProperties`
import type { VFile } from 'vfile';
import { clauseLabel, parseClauseHeading } from '../lib/clauses.ts';
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
			const first = heading.children[0];
			const number = first?.type === 'text' ? /^\s*(\d+(?:\.\d+)*\.?)/.exec(first.value) : null;
			if (first?.type === 'text' && number) {
				const anchor: Link = {
					type: 'link',
					url: `#${clause.id}`,
					children: [{ type: 'text', value: number[1]! }],
					data: { hProperties: { className: ['clause-anchor'], ariaLabel: clauseLabel(clause.number) } },
				};
				heading.children.splice(0, 1, anchor, { ...first, value: first.value.slice(number[0].length) });
			}
			heading.data = {
				...heading.data,
				hProperties: { ...heading.data?.hProperties, id: clause.id, className: ['clause'], dataClause: clause.number },
			};
		});
	};
}
