/**
 * `<pb-version-compare>`: shows the comparison of the two versions chosen in the form, keeps the
 * choice in the URL (`?from=…&to=…`, shareable, back button works) and renders it with the same
 * functions the build uses.
 */
import type { ClauseText } from '../lib/clauses.ts';
import { renderDiffHtml, type DiffLabels } from '../lib/diff-html.ts';
import { escapeHtml } from '../lib/html.ts';
import { comparisonPair, diffVersions, summarize } from '../lib/version-diff.ts';
import { fill } from '../lib/format.ts';

interface CompareData {
	labels: DiffLabels;
	counts: string;
	pair: string;
	same: string;
	texts: Record<string, ClauseText[]>;
}

class VersionCompareElement extends HTMLElement {
	#data!: CompareData;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-compare-data]')?.textContent ?? '{}') as CompareData;
		this.#data.texts ??= {};
		const form = this.querySelector('form');
		form?.addEventListener('submit', (event) => {
			event.preventDefault();
			const chosen = new FormData(form);
			const url = new URL(location.href);
			url.searchParams.set('from', String(chosen.get('from')));
			url.searchParams.set('to', String(chosen.get('to')));
			url.hash = 'compare';
			history.pushState(null, '', url);
			this.#show();
		});
		window.addEventListener('popstate', () => this.#show());
		this.#show();
	}

	#show() {
		const params = new URL(location.href).searchParams;
		const chosen = this.querySelector<HTMLElement>('[data-chosen]')!;
		const prerendered = this.querySelector<HTMLElement>('[data-prerendered]')!;
		const pair = comparisonPair(this.#data.texts, params.get('from'), params.get('to'));
		if (!pair) {
			chosen.replaceChildren();
			prerendered.hidden = false;
			return;
		}
		const [from, to] = pair;
		for (const [name, value] of [
			['from', from],
			['to', to],
		] as const) {
			const select = this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
			if (select) select.value = value;
		}
		prerendered.hidden = true;
		if (from === to) {
			chosen.innerHTML = `<p>${escapeHtml(this.#data.same)}</p>`;
			return;
		}
		const changes = diffVersions(this.#data.texts[from]!, this.#data.texts[to]!);
		const title = escapeHtml(fill(this.#data.pair, { from, to }));
		const counts = escapeHtml(fill(this.#data.counts, { ...summarize(changes) }));
		chosen.innerHTML = `<section class="pair" aria-label="${title}"><h3>${title}</h3><p class="counts">${counts}</p><div lang="zh-CN">${renderDiffHtml(changes, this.#data.labels)}</div></section>`;
	}
}

if (!customElements.get('pb-version-compare')) customElements.define('pb-version-compare', VersionCompareElement);
