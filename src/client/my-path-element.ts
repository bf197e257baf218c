/**
 * `<pb-my-path>` on the home page: the reader picks their role once (kept in the learner data)
 * and sees their onboarding path's progress and next step. Strings from `data-strings`
 * (src/client/strings.ts); markup from the escaping `html` template.
 */
import type { PathData } from '../../schemas/path.ts';
import { html } from '../lib/html.ts';
import { pathProgress, type PathContext } from '../lib/path-progress.ts';
import { readProfile, updateProfile } from '../lib/profile.ts';
import { learnerData } from './path-progress-element.ts';
import { browserStorage, setHtml } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';
import { readStrings, type ElementKey } from './strings.ts';

interface PathSummary {
	id: string;
	role: string;
	title: string;
	href: string;
	steps: PathData['steps'];
	/** Per step: title and link. */
	links: { title: string; href: string }[];
}

class MyPathElement extends HTMLElement {
	connectedCallback() {
		const paths = JSON.parse(this.dataset.paths ?? '[]') as PathSummary[];
		const context = JSON.parse(this.dataset.context ?? '{}') as PathContext;
		const t = readStrings<ElementKey<'pb-my-path'>>(this.dataset.strings);
		const select = this.querySelector('select')!;
		const out = this.querySelector<HTMLElement>('[data-my-path]')!;
		const render = () => {
			const path = paths.find((p) => p.role === select.value);
			if (!path) {
				out.replaceChildren();
				return;
			}
			const progress = pathProgress(path.steps, learnerData(), context);
			const next = path.links[progress.next];
			const summary = progress.next === -1 ? t('path.complete') : t('path.summary', { done: progress.done, count: progress.total });
			const bar = html`<progress max="${progress.total}" value="${progress.done}" aria-label="${t('path.progressLabel')}"></progress>`;
			const step = next && html`<p><a href="${next.href}">${t('home.continue', { step: next.title })}</a></p>`;
			setHtml(out, html`<p>${bar} ${summary}</p>${step}<p><a href="${path.href}">${t('home.pathLink')}</a></p>`);
		};
		const profile = readProfile(browserStorage());
		reportRead('profile', profile);
		select.value = profile.value.role ?? '';
		select.disabled = profile.status === 'read-only';
		select.addEventListener('change', () => {
			// A choice that could not be kept is still shown for this visit, and the notice says why.
			reportWrite('profile', updateProfile(browserStorage(), { role: select.value || null }));
			render();
		});
		this.querySelector<HTMLElement>('[data-chooser]')!.hidden = false;
		render();
	}
}

if (!customElements.get('pb-my-path')) customElements.define('pb-my-path', MyPathElement);
