/**
 * Renders a clause-by-clause diff as HTML. The same function serves the pre-rendered pairs at
 * build time and any pair a reader picks in the browser, so both look and read the same.
 * Changes never rely on colour: every clause says what happened in words, insertions are
 * underlined and deletions struck through, and screen readers hear "added:" / "removed:".
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

const heading = (clause: ClauseText, title: string) => `<span class="clause-number">${clauseLabel(clause.number)}</span> ${title}`;

function renderChange(change: ClauseChange, labels: DiffLabels): string {
	const marker = (kind: ClauseChange['kind'], extra = '') => `<span class="change-marker">${escapeHtml(labels[kind])}${extra}</span>`;
	switch (change.kind) {
		case 'unchanged':
			return `<li class="change is-unchanged">${marker('unchanged')} ${heading(change.to, escapeHtml(change.to.title))}</li>`;
		case 'added':
			return `<li class="change is-added">${marker('added')}<h3>${heading(change.to, escapeHtml(change.to.title))}</h3><p class="clause-text"><ins><span class="visually-hidden">${escapeHtml(labels.insertedText)}</span>${lines(change.to.text)}</ins></p></li>`;
		case 'removed':
			return `<li class="change is-removed">${marker('removed')}<h3><del>${heading(change.from, escapeHtml(change.from.title))}</del></h3><p class="clause-text"><del><span class="visually-hidden">${escapeHtml(labels.deletedText)}</span>${lines(change.from.text)}</del></p></li>`;
		case 'changed':
		case 'moved': {
			const from = change.kind === 'moved' ? ` · ${escapeHtml(labels.movedFrom.replace('{number}', change.from.number))}` : '';
			const body = change.text.some((p) => p.op !== 'same') ? `<p class="clause-text">${parts(change.text, labels)}</p>` : '';
			return `<li class="change is-${change.kind}">${marker(change.kind, from)}<h3>${heading(change.to, parts(change.title, labels))}</h3>${body}</li>`;
		}
	}
}

export function renderDiffHtml(changes: readonly ClauseChange[], labels: DiffLabels): string {
	if (changes.every((c) => c.kind === 'unchanged')) return `<p class="diff-identical">${escapeHtml(labels.identical)}</p>`;
	return `<ol class="clause-diff">${changes.map((c) => renderChange(c, labels)).join('')}</ol>`;
}
