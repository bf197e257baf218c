/**
 * Makes the GFM task items of a checklist page real form controls: each item gets a stable id
 * (from its text) and an enabled checkbox named by its text, so the list works, prints and reads
 * well before any script runs. `<pb-checklist>` then adds persistence and progress.
 * The boxes are autocomplete="off": the stored ticks decide what they show, so the browser must not
 * restore a stale form state over them when the reader comes back with the Back button.
 * Options: `folder`, the absolute checklists folder; files elsewhere are left alone.
 *
 * The text is not put inside a `<label>`: Pagefind does not index label text, and checklist pages
 * would then not be found by the words of their items. The text sits in a span the checkbox names
 * with `aria-labelledby`; an empty `<label for>` stretched over the line (Checklist.astro) keeps
 * a click on the text ticking the box, with or without JavaScript.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checklistItemId } from '../lib/checklist-progress.ts';
import { isInFolder } from './plugin-files.ts';

const isElement = (node: ElementContent | undefined, tag?: string): node is Element =>
	node?.type === 'element' && (tag === undefined || node.tagName === tag);

const isList = (node: ElementContent) => isElement(node, 'ul') || isElement(node, 'ol');

export interface RehypeChecklistOptions {
	/** Absolute path of the checklists folder. */
	folder: string;
}

export function rehypeChecklist(options: RehypeChecklistOptions) {
	return (tree: Root, file: VFile) => {
		if (!isInFolder(file, options.folder)) return;
		const used = new Map<string, number>();
		const ids: string[] = [];
		visit(tree, 'element', (li: Element) => {
			if (li.tagName !== 'li' || !String(li.properties.className ?? '').includes('task-list-item')) return;
			// The checkbox sits in the item itself (tight list) or in its first paragraph (loose list).
			const holder =
				isElement(
					li.children.find((c) => isElement(c, 'p')),
					'p',
				) && !li.children.some((c) => isElement(c, 'input'))
					? (li.children.find((c) => isElement(c, 'p')) as Element)
					: li;
			const inputIndex = holder.children.findIndex((c) => isElement(c, 'input'));
			if (inputIndex < 0) return;
			const input = holder.children[inputIndex] as Element;
			const ownContent = holder.children.slice(inputIndex + 1);
			const nestedStart = ownContent.findIndex(isList);
			const labelContent = nestedStart < 0 ? ownContent : ownContent.slice(0, nestedStart);
			const rest = nestedStart < 0 ? [] : ownContent.slice(nestedStart);
			const text = toString({ type: 'element', tagName: 'span', properties: {}, children: labelContent });
			const base = checklistItemId(text);
			const seen = used.get(base) ?? 0;
			used.set(base, seen + 1);
			const id = seen === 0 ? base : `${base}-${seen + 1}`;
			ids.push(id);
			delete input.properties.disabled;
			const textId = `${id}-text`;
			input.properties = {
				...input.properties,
				type: 'checkbox',
				id,
				name: id,
				dataItem: id,
				checked: false,
				ariaLabelledby: [textId],
				autoComplete: ['off'],
			};
			const hitArea: Element = {
				type: 'element',
				tagName: 'label',
				properties: { htmlFor: [id], className: ['item-hit'], ariaHidden: 'true' },
				children: [],
			};
			const itemText: Element = {
				type: 'element',
				tagName: 'span',
				properties: { id: textId, className: ['item-text'], dataItemText: '' },
				children: labelContent.map((c) => (c.type === 'text' ? { ...c, value: c.value.replace(/^\s+/, '') } : c)),
			};
			const line: Element = {
				type: 'element',
				tagName: 'span',
				properties: { className: ['item-line'] },
				children: [input, hitArea, itemText],
			};
			holder.children = [...holder.children.slice(0, inputIndex), line, ...rest];
			li.properties = { ...li.properties, dataItemRow: id };
		});
		// Pages read the count from `remarkPluginFrontmatter` instead of counting again.
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter = { ...astro.frontmatter, checklistItems: ids.length, checklistItemIds: ids };
	};
}
