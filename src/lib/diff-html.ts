/**
 * Renders a clause-by-clause diff as HTML. The same function serves the pre-rendered pairs at
 * build time and any pair a reader picks in the browser, so both look and read the same.
 * Changes never rely on colour: every clause says what happened in words, insertions are
 * underlined and deletions struck through, and screen readers hear "added:" / "removed:".
 * A clause's text is Markdown source: its list items (`- …`, `1. …`) are rendered as lists, so
 * the comparison reads like the standard rather than showing raw list markers. Built with the escaping
 * `html` template: clause text is always escaped; only the few tags made here are `raw`.
 */
import { clauseLabel, type ClauseText } from './clauses.ts';
import type { ClauseChange, TextPart } from './version-diff.ts';
import type { Translator } from './format.ts';
import { html, raw, type SafeHtml } from './html.ts';

/**
 * The UI strings of a diff, by i18n key: the change kinds, "was §{number}" for a moved clause, the words
 * announced before inserted / deleted text, and the line for two versions with the same clauses. A `t`
 * over these keys, not a labels object: the build passes `useTranslations`, the browser `readStrings`.
 */
export const DIFF_HTML_KEYS = [
	'diff.added',
	'diff.removed',
	'diff.changed',
	'diff.moved',
	'diff.unchanged',
	'diff.movedFrom',
	'diff.inserted',
	'diff.deleted',
	'diff.identical',
] as const;
export type DiffHtmlKey = (typeof DIFF_HTML_KEYS)[number];
type T = Translator<DiffHtmlKey>;

/** Text with its line breaks as `<br>`: each line escaped, the breaks added here. */
const lines = (text: string): SafeHtml[] => text.split('\n').map((line, i) => html`${i > 0 && raw('<br>')}${line}`);

function parts(diff: TextPart[], t: T): SafeHtml[] {
	return diff.map((part) => {
		if (part.op === 'same') return html`${lines(part.text)}`;
		return part.op === 'added'
			? html`<ins><span class="visually-hidden">${t('diff.inserted')}</span>${lines(part.text)}</ins>`
			: html`<del><span class="visually-hidden">${t('diff.deleted')}</span>${lines(part.text)}</del>`;
	});
}

const LIST_ITEM = /^\s*(?:[-*+]|(\d+)[.)])\s+/;

/**
 * A clause text (or its diff) as blocks: runs of Markdown list lines become `<ul>`/`<ol>` with the
 * markers dropped, other lines paragraphs. The diff is cut at line ends first, so an insertion or
 * deletion that spans lines is marked on each line it touches.
 */
function blocks(diff: TextPart[], t: T): SafeHtml {
	const rows: TextPart[][] = [[]];
	for (const part of diff) {
		part.text.split('\n').forEach((text, i) => {
			if (i > 0) rows.push([]);
			if (text) rows.at(-1)!.push({ op: part.op, text });
		});
	}
	const out: SafeHtml[] = [];
	let open: 'ul' | 'ol' | undefined;
	for (const row of rows) {
		const first = row[0];
		const marker = first ? LIST_ITEM.exec(first.text) : null;
		const kind = marker ? (marker[1] ? 'ol' : 'ul') : undefined;
		// The list tags are one of two constants: markup made here.
		if (open && open !== kind) out.push(raw(`</${open}>`));
		if (kind && open !== kind) out.push(raw(`<${kind}>`));
		open = kind;
		if (row.every((p) => !p.text.trim())) continue;
		if (marker && first) {
			const rest = [{ ...first, text: first.text.slice(marker[0].length) }, ...row.slice(1)].filter((p) => p.text);
			out.push(html`<li>${parts(rest, t)}</li>`);
		} else out.push(html`<p>${parts(row, t)}</p>`);
	}
	if (open) out.push(raw(`</${open}>`));
	return html`${out}`;
}

const heading = (clause: ClauseText, title: string | SafeHtml[]) =>
	html`<span class="clause-number">${clauseLabel(clause.number)}</span> ${title}`;

const KIND_KEYS = {
	added: 'diff.added',
	removed: 'diff.removed',
	changed: 'diff.changed',
	moved: 'diff.moved',
	unchanged: 'diff.unchanged',
} as const satisfies Record<ClauseChange['kind'], DiffHtmlKey>;

function renderChange(change: ClauseChange, t: T): SafeHtml {
	const marker = (kind: ClauseChange['kind'], extra = '') => html`<span class="change-marker">${t(KIND_KEYS[kind])}${extra}</span>`;
	switch (change.kind) {
		case 'unchanged':
			return html`<li class="change is-unchanged">${marker('unchanged')} ${heading(change.to, change.to.title)}</li>`;
		case 'added': {
			const text = blocks([{ op: 'added', text: change.to.text }], t);
			return html`<li class="change is-added">${marker('added')}<h3>${heading(change.to, change.to.title)}</h3><div class="clause-text">${text}</div></li>`;
		}
		case 'removed': {
			const text = blocks([{ op: 'removed', text: change.from.text }], t);
			return html`<li class="change is-removed">${marker('removed')}<h3><del>${heading(change.from, change.from.title)}</del></h3><div class="clause-text">${text}</div></li>`;
		}
		case 'changed':
		case 'moved': {
			const from = change.kind === 'moved' ? ` · ${t('diff.movedFrom', { number: change.from.number })}` : '';
			const body = change.text.some((p) => p.op !== 'same') && html`<div class="clause-text">${blocks(change.text, t)}</div>`;
			return html`<li class="change is-${change.kind}">${marker(change.kind, from)}<h3>${heading(change.to, parts(change.title, t))}</h3>${body}</li>`;
		}
	}
}

export function renderDiffHtml(changes: readonly ClauseChange[], t: T): SafeHtml {
	if (changes.every((c) => c.kind === 'unchanged')) return html`<p class="diff-identical">${t('diff.identical')}</p>`;
	return html`<ol class="clause-diff">${changes.map((c) => renderChange(c, t))}</ol>`;
}
