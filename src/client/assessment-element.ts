/**
 * `<pb-assessment>`: keeps answers while the form is filled in (a reload does not lose them),
 * shows progress, scores on submit and shows the result with chart, bands, recommendations,
 * trend against the previous result, share link and exports. Opened with `?r=<code>` it shows a
 * shared result read-only, after validating the code. Rules in src/lib/assessment-*.ts.
 */
import type { AssessmentPageData } from '../data/assessment-data.ts';
import { renderResultHtml, resultCsv } from '../lib/assessment-html.ts';
import { addResult, readAssessments, resultsOf, saveDraft, writeAssessments } from '../lib/assessment-history.ts';
import { scoreAssessment, statementIds, type Answers } from '../lib/assessment-scoring.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { decodeAnswers, encodeAnswers } from '../lib/share-codec.ts';
import { fill } from '../lib/format.ts';
import { browserStorage, download } from './browser.ts';

class AssessmentElement extends HTMLElement {
	#data!: AssessmentPageData;
	/** The result on screen, for the share and export buttons. */
	#shown: { answers: Answers; score: ReturnType<typeof scoreAssessment>; shareUrl: string } | undefined;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-assessment-data]')?.textContent ?? '{}') as AssessmentPageData;
		this.#wireActions();
		const form = this.querySelector('form')!;
		const code = new URL(location.href).searchParams.get('r');
		if (code !== null) return this.#showShared(code);
		const read = readAssessments(browserStorage());
		if (read.status === 'set-aside') this.#notice(fill(this.#text('assessment:unreadable'), { key: read.movedTo }));
		const draft = read.value.drafts[this.#data.id];
		if (draft && Object.keys(draft).length > 0) {
			this.#fill(draft);
			this.#notice(this.#text('assessment:draftRestored'));
		}
		form.addEventListener('change', () => {
			writeAssessments(browserStorage(), saveDraft(readAssessments(browserStorage()).value, this.#data.id, this.#answers()));
			this.#progress();
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#submit();
		});
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			if (!window.confirm(this.#text('assessment:clearConfirm'))) return;
			form.reset();
			writeAssessments(browserStorage(), saveDraft(readAssessments(browserStorage()).value, this.#data.id, {}));
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
		const store = addResult(readAssessments(browserStorage()).value, this.#data.id, answers);
		writeAssessments(browserStorage(), store);
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
		const decoded = decodeAnswers(code, this.#data.id, this.#data.definition);
		this.querySelector('form')!.hidden = true;
		this.querySelector<HTMLElement>('[data-history-section]')!.hidden = true;
		if (!decoded.ok) {
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
		const shareUrl = new URL(`${this.#data.base}/assessments/${this.#data.id}/?r=${code}`, location.href).href;
		this.#shown = { answers, score, shareUrl };
		const actions = section.querySelector<HTMLElement>('[data-actions]')!;
		actions.hidden = !own;
		actions.querySelector<HTMLInputElement>('[data-share-url]')!.value = shareUrl;
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
				const when = new Intl.DateTimeFormat(this.#data.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(r.at));
				return `<li>${esc(when)} · ${esc(String(score.overall ?? '–'))}${score.level ? ` · ${esc(score.level)}` : ''} <button type="button" class="button" data-view="${esc(r.at)}">${esc(this.#text('assessment:view'))}</button></li>`;
			})
			.join('');
	}
}

if (!customElements.get('pb-assessment')) customElements.define('pb-assessment', AssessmentElement);
