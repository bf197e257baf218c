/**
 * `<pb-my-path>` on the home page: the reader picks their role once (kept in the learner data)
 * and sees their onboarding path's progress and next step.
 */
import type { PathData } from '../../schemas/path.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { pathProgress, type PathContext } from '../lib/path-progress.ts';
import { readProfile, updateProfile } from '../lib/profile.ts';
import { learnerData } from './path-progress-element.ts';
import { fill } from '../lib/format.ts';
import { browserStorage } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';

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
		const labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
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
			out.innerHTML = `<p><progress max="${progress.total}" value="${progress.done}" aria-label="${esc(labels.progressLabel ?? '')}"></progress> ${esc(
				progress.next === -1 ? (labels.complete ?? '') : fill(labels.summary ?? '', { done: progress.done, total: progress.total }),
			)}</p>${next ? `<p><a href="${esc(next.href)}">${esc(fill(labels.continue ?? '', { step: next.title }))}</a></p>` : ''}<p><a href="${esc(path.href)}">${esc(labels.pathLink ?? '')}</a></p>`;
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
