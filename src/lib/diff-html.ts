/**
 * Renders a clause-by-clause diff as HTML. The same function serves the pre-rendered pairs at
 * build time and any pair a reader picks in the browser, so both look and read the same.
 * Changes never rely on colour: every clause says what happened in words, insertions are
 * underlined and deletions struck through, and screen readers hear "added:" / "removed:".
 * A clause's text is Markdown source: its list items (`- …`, `1. …`) are rendered as lists, so
 * the comparison reads like the standard rather than showing raw list markers.
 */
import { clauseLabel, type ClauseText } from './clauses.ts';
import type { ClauseChange, TextPart } from './version-diff.ts';
import { escapeHtml } from './html.ts';

export interface DiffLabels {
	added: string;
	removed: string;
	changed: string;
	moved: string;
	unchanged: string;
	/** "from §{number}" for a moved clause; `{number}` is replaced. */
	movedFrom: string;
	/** Announced before inserted / deleted words. */
	insertedText: string;
	deletedText: string;
	/** "No differences" when the two versions have the same clauses and text. */
	identical: string;
}

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function parts(diff: TextPart[], labels: DiffLabels): string {
	return diff
		.map((part) => {
			if (part.op === 'same') return lines(part.text);
			const [tag, said] = part.op === 'added' ? ['ins', labels.insertedText] : ['del', labels.deletedText];
			return `<${tag}><span class="visually-hidden">${escapeHtml(said)}</span>${lines(part.text)}</${tag}>`;
		})
		.join('');
}

const LIST_ITEM = /^\s*(?:[-*+]|(\d+)[.)])\s+/;

/**
 * A clause text (or its diff) as blocks: runs of Markdown list lines become `<ul>`/`<ol>` with the
 * markers dropped, other lines paragraphs. The diff is cut at line ends first, so an insertion or
 * deletion that spans lines is marked on each line it touches.
 */
function blocks(diff: TextPart[], labels: DiffLabels): string {
	const rows: TextPart[][] = [[]];
	for (const part of diff) {
		part.text.split('\n').forEach((text, i) => {
			if (i > 0) rows.push([]);
			if (text) rows.at(-1)!.push({ op: part.op, text });
		});
	}
	let html = '';
	let open: 'ul' | 'ol' | undefined;
	for (const row of rows) {
		const first = row[0];
		const marker = first ? LIST_ITEM.exec(first.text) : null;
		const kind = marker ? (marker[1] ? 'ol' : 'ul') : undefined;
		if (open && open !== kind) html += `</${open}>`;
		if (kind && open !== kind) html += `<${kind}>`;
		open = kind;
		if (row.every((p) => !p.text.trim())) continue;
		if (marker && first) {
			const rest = [{ ...first, text: first.text.slice(marker[0].length) }, ...row.slice(1)].filter((p) => p.text);
			html += `<li>${parts(rest, labels)}</li>`;
		} else html += `<p>${parts(row, labels)}</p>`;
	}
	return open ? `${html}</${open}>` : html;
}

const heading = (clause: ClauseText, title: string) => `<span class="clause-number">${clauseLabel(clause.number)}</span> ${title}`;

function renderChange(change: ClauseChange, labels: DiffLabels): string {
	const marker = (kind: ClauseChange['kind'], extra = '') => `<span class="change-marker">${escapeHtml(labels[kind])}${extra}</span>`;
	switch (change.kind) {
		case 'unchanged':
			return `<li class="change is-unchanged">${marker('unchanged')} ${heading(change.to, escapeHtml(change.to.title))}</li>`;
		case 'added':
			return `<li class="change is-added">${marker('added')}<h3>${heading(change.to, escapeHtml(change.to.title))}</h3><div class="clause-text">${blocks([{ op: 'added', text: change.to.text }], labels)}</div></li>`;
		case 'removed':
			return `<li class="change is-removed">${marker('removed')}<h3><del>${heading(change.from, escapeHtml(change.from.title))}</del></h3><div class="clause-text">${blocks([{ op: 'removed', text: change.from.text }], labels)}</div></li>`;
		case 'changed':
		case 'moved': {
			const from = change.kind === 'moved' ? ` · ${escapeHtml(labels.movedFrom.replace('{number}', change.from.number))}` : '';
			const body = change.text.some((p) => p.op !== 'same') ? `<div class="clause-text">${blocks(change.text, labels)}</div>` : '';
			return `<li class="change is-${change.kind}">${marker(change.kind, from)}<h3>${heading(change.to, parts(change.title, labels))}</h3>${body}</li>`;
		}
	}
}

export function renderDiffHtml(changes: readonly ClauseChange[], labels: DiffLabels): string {
	if (changes.every((c) => c.kind === 'unchanged')) return `<p class="diff-identical">${escapeHtml(labels.identical)}</p>`;
	return `<ol class="clause-diff">${changes.map((c) => renderChange(c, labels)).join('')}</ol>`;
}
