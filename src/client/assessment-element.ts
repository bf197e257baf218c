/**
 * `<pb-assessment>`: keeps answers while the form is filled in (a reload does not lose them),
 * shows progress, scores on submit and shows the result with chart, bands, recommendations,
 * trend against the previous result, share link and exports. Opened with `#r=<code>` (or an old
 * `?r=<code>` link) it shows a shared result read-only, after validating the code. Every write is
 * checked and a failed one says why (src/client/learner-notice.ts). Rules in src/lib/assessment-*.ts.
 */
import type { AssessmentPageData } from '../data/assessment-data.ts';
import { renderResultHtml, resultCsv } from '../lib/assessment-html.ts';
import { addResult, readAssessments, resultsOf, saveDraft, updateAssessments } from '../lib/assessment-history.ts';
import { scoreAssessment, statementIds, type Answers } from '../lib/assessment-scoring.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { decodeAnswers, encodeAnswers, shareCodeFrom, shareUrl } from '../lib/share-codec.ts';
import { fill, formatDate } from '../lib/format.ts';
import { browserStorage, download } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';

class AssessmentElement extends HTMLElement {
	#data!: AssessmentPageData;
	/** The result on screen, for the share and export buttons. */
	#shown: { answers: Answers; score: ReturnType<typeof scoreAssessment>; shareUrl: string } | undefined;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-assessment-data]')?.textContent ?? '{}') as AssessmentPageData;
		this.#wireActions();
		const form = this.querySelector('form')!;
		window.addEventListener('hashchange', () => {
			const pasted = /^#r=/.test(location.hash) ? shareCodeFrom(location.href) : null;
			if (pasted !== null) this.#showShared(pasted);
		});
		const code = /[?#&]r=/.test(location.href) ? shareCodeFrom(location.href) : null;
		if (code !== null) return this.#showShared(code);
		const read = readAssessments(browserStorage());
		reportRead('assessments', read);
		const draft = read.value.drafts[this.#data.id];
		if (draft && Object.keys(draft).length > 0) {
			this.#fill(draft);
			this.#notice(this.#text('assessment:draftRestored'));
		}
		form.addEventListener('change', () => {
			const answers = this.#answers();
			reportWrite('assessments', updateAssessments(browserStorage(), (store) => saveDraft(store, this.#data.id, answers)).write);
			this.#progress();
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#submit();
		});
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			if (!window.confirm(this.#text('assessment:clearConfirm'))) return;
			form.reset();
			reportWrite('assessments', updateAssessments(browserStorage(), (store) => saveDraft(store, this.#data.id, {})).write);
			this.#progress();
		});
		this.addEventListener('click', (event) => {
			const view = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-view]') : null;
			if (view) this.#showStored(view.dataset.view ?? '');
		});
		this.querySelectorAll<HTMLElement>('[data-enhanced]').forEach((el) => (el.hidden = false));
		this.#progress();
		this.#history();
	}

	#text(key: string): string {
		return this.#data.text[key] ?? key;
	}

	#notice(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-notice]')!;
		notice.textContent = text;
		notice.hidden = false;
	}

	#answers(): Answers {
		const answers: Answers = {};
		for (const input of this.querySelectorAll<HTMLInputElement>('form input[type="radio"]:checked')) answers[input.name] = input.value === 'na' ? 'na' : Number(input.value);
		return answers;
	}

	#fill(answers: Answers) {
		for (const [id, rating] of Object.entries(answers)) {
			const input = this.querySelector<HTMLInputElement>(`form input[name="${CSS.escape(id)}"][value="${rating}"]`);
			if (input) input.checked = true;
		}
	}

	#progress() {
		const total = statementIds(this.#data.definition).length;
		const answered = Object.keys(this.#answers()).length;
		const bar = this.querySelector<HTMLProgressElement>('progress');
		if (bar) bar.value = answered;
		const text = this.querySelector('[data-progress-text]');
		if (text) text.textContent = fill(this.#text('assessment:progress'), { answered, total });
	}

	#submit() {
		const answers = this.#answers();
		const { value: store, write } = updateAssessments(browserStorage(), (current) => addResult(current, this.#data.id, answers));
		// A result that could not be stored is still shown, and the page's learner-data notice says why.
		reportWrite('assessments', write);
		const [, previous] = resultsOf(store, this.#data.id);
		this.#render(answers, previous?.answers, true);
		this.#history();
	}

	#showStored(at: string) {
		const results = resultsOf(readAssessments(browserStorage()).value, this.#data.id);
		const index = results.findIndex((r) => r.at === at);
		if (index >= 0) this.#render(results[index]!.answers, results[index + 1]?.answers, true);
	}

	#showShared(code: string) {
		// An old `?r=` link: show it in the fragment form, so a copy of this address keeps answers out of requests.
		if (new URL(location.href).searchParams.has('r')) history.replaceState(null, '', shareUrl(location.href, code));
		const decoded = decodeAnswers(code, this.#data.id, this.#data.definition);
		this.querySelector('form')!.hidden = true;
		this.querySelector<HTMLElement>('[data-history-section]')!.hidden = true;
		if (!decoded.ok) {
			// A link changed in place (only the fragment differs) must not leave the previous result on screen.
			const section = this.querySelector<HTMLElement>('[data-result]')!;
			section.hidden = true;
			section.querySelector('[data-result-body]')?.replaceChildren();
			this.#shown = undefined;
			this.#notice(fill(this.#text('assessment:sharedError'), { reason: this.#text(`assessment:reason.${decoded.error}`) }));
			return;
		}
		this.#notice(this.#text('assessment:shared'));
		this.#render(decoded.answers, undefined, false);
	}

	#render(answers: Answers, previous: Answers | undefined, own: boolean) {
		const { definition } = this.#data;
		const score = scoreAssessment(definition, answers);
		const before = previous ? scoreAssessment(definition, previous) : undefined;
		const section = this.querySelector<HTMLElement>('[data-result]')!;
		section.querySelector('[data-result-body]')!.innerHTML = renderResultHtml(definition, score, { labels: this.#data.result, previous: before, links: this.#data.links });
		const code = encodeAnswers(this.#data.id, definition, answers);
		const url = shareUrl(new URL(`${this.#data.base}/assessments/${this.#data.id}/`, location.href).href, code);
		this.#shown = { answers, score, shareUrl: url };
		const actions = section.querySelector<HTMLElement>('[data-actions]')!;
		actions.hidden = !own;
		actions.querySelector<HTMLInputElement>('[data-share-url]')!.value = url;
		section.hidden = false;
		section.focus();
	}

	#wireActions() {
		const section = this.querySelector<HTMLElement>('[data-result]')!;
		section.querySelector('[data-copy]')?.addEventListener('click', () => {
			if (!this.#shown) return;
			section.querySelector<HTMLInputElement>('[data-share-url]')?.select();
			void navigator.clipboard?.writeText(this.#shown.shareUrl).catch(() => undefined);
			section.querySelector('[data-copied]')!.textContent = this.#text('assessment:copied');
		});
		section.querySelector('[data-csv]')?.addEventListener('click', () => {
			if (this.#shown) download(`${this.#data.id}.csv`, 'text/csv', resultCsv(this.#data.definition, this.#shown.answers, this.#shown.score));
		});
		section.querySelector('[data-json]')?.addEventListener('click', () => {
			if (!this.#shown) return;
			const { answers, score } = this.#shown;
			download(`${this.#data.id}.json`, 'application/json', `${JSON.stringify({ assessment: this.#data.id, at: new Date().toISOString(), answers, score }, null, 2)}\n`);
		});
		section.querySelector('[data-print]')?.addEventListener('click', () => window.print());
	}

	#history() {
		const results = resultsOf(readAssessments(browserStorage()).value, this.#data.id);
		const list = this.querySelector('[data-history]');
		if (!list) return;
		list.innerHTML = results
			.map((r) => {
				const score = scoreAssessment(this.#data.definition, r.answers);
				const when = formatDate(r.at, this.#data.locale, { dateStyle: 'medium', timeStyle: 'short' });
				return `<li>${esc(when)} · ${esc(String(score.overall ?? '–'))}${score.level ? ` · ${esc(score.level)}` : ''} <button type="button" class="button" data-view="${esc(r.at)}">${esc(this.#text('assessment:view'))}</button></li>`;
			})
			.join('');
	}
}

if (!customElements.get('pb-assessment')) customElements.define('pb-assessment', AssessmentElement);
