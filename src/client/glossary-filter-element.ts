/**
 * `<pb-glossary-filter>`: narrows the glossary to the terms whose name, English form or definition
 * holds the typed text, hiding letters left empty, and says how many are shown. Without
 * JavaScript the box stays hidden and the letter index still leads to every term. The count's
 * plural form comes from `readStrings` (src/client/strings.ts).
 */
import { readStrings, type ElementKey } from './strings.ts';

export class GlossaryFilterElement extends HTMLElement {
	connectedCallback() {
		const t = readStrings<ElementKey<'pb-glossary-filter'>>(this.dataset.strings);
		const input = this.querySelector<HTMLInputElement>('#glossary-filter');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (!input || !status) return;
		this.querySelector('[data-filter]')?.removeAttribute('hidden');
		input.addEventListener('input', () => {
			const wanted = input.value.trim().toLowerCase();
			let shown = 0;
			for (const group of this.querySelectorAll<HTMLElement>('.group')) {
				let inGroup = 0;
				for (const term of group.querySelectorAll<HTMLElement>('.term')) {
					const hit =
						!wanted ||
						(term.querySelector('dt')?.textContent ?? '').toLowerCase().includes(wanted) ||
						(term.querySelector('dd > p')?.textContent ?? '').toLowerCase().includes(wanted);
					term.hidden = !hit;
					if (hit) inGroup += 1;
				}
				group.hidden = inGroup === 0;
				shown += inGroup;
			}
			status.textContent = !wanted ? '' : shown === 0 ? t('glossary.none') : t('glossary.shown', { count: shown });
		});
	}
}

if (!customElements.get('pb-glossary-filter')) customElements.define('pb-glossary-filter', GlossaryFilterElement);
