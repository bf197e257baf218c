/**
 * `<pb-version-compare>`: shows the comparison of the two versions chosen in the form, keeps the
 * choice in the URL (`?from=…&to=…`, shareable, back button works) and renders it with the same
 * functions the build uses. Strings come from `data-strings` (src/client/strings.ts); markup from the
 * escaping `html` template.
 */
import type { ClauseText } from '../lib/clauses.ts';
import { renderDiffHtml } from '../lib/diff-html.ts';
import { html } from '../lib/html.ts';
import { comparisonPair, diffVersions, summarize } from '../lib/version-diff.ts';
import { setHtml } from './browser.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

/** The page's embedded data: every version's clause texts. */
interface CompareData {
	texts: Record<string, ClauseText[]>;
}

class VersionCompareElement extends HTMLElement {
	#texts: CompareData['texts'] = {};
	#t!: Translator<ElementKey<'pb-version-compare'>>;

	connectedCallback() {
		this.#t = readStrings(this.dataset.strings);
		this.#texts = (JSON.parse(this.querySelector('[data-compare-data]')?.textContent ?? '{}') as Partial<CompareData>).texts ?? {};
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
		const pair = comparisonPair(this.#texts, params.get('from'), params.get('to'));
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
			setHtml(chosen, html`<p>${this.#t('changes.samePair')}</p>`);
			return;
		}
		const changes = diffVersions(this.#texts[from]!, this.#texts[to]!);
		const title = this.#t('changes.pair', { from, to });
		const counts = this.#t('changes.counts', { ...summarize(changes) });
		const diff = renderDiffHtml(changes, this.#t);
		setHtml(
			chosen,
			html`<section class="pair" aria-label="${title}"><h3>${title}</h3><p class="counts">${counts}</p><div lang="zh-CN">${diff}</div></section>`,
		);
	}
}

if (!customElements.get('pb-version-compare')) customElements.define('pb-version-compare', VersionCompareElement);
