/**
 * `<pb-assessment>`: keeps answers while the form is filled in (a reload does not lose them),
 * shows progress, scores on submit and shows the result with chart, bands, recommendations,
 * trend against the previous result, share link and exports. Opened with `#r=<code>` (or an old
 * `?r=<code>` link) it shows a shared result read-only, after validating the code, titled for the
 * recipient with a link to take the assessment themselves. A result exists only when every dimension
 * has enough answers (the rule in schemas/assessment.ts); until then the form lists what is missing.
 * The last result is shown again after a reload. Every write is checked and a failed one says why
 * (src/client/learner-notice.ts). Rules in src/lib/assessment-*.ts. Strings come from the page data's
 * `strings` (src/client/strings.ts); markup from the escaping `html` template.
 */
import type { AssessmentPageData } from '../lib/page-data.ts';
import { renderResultHtml, resultCsv } from '../lib/assessment-html.ts';
import { addResult, readAssessments, resultsOf, saveDraft, updateAssessments } from '../lib/assessment-history.ts';
import { coverage, scoreAssessment, statementIds, type Answers } from '../lib/assessment-scoring.ts';
import { html } from '../lib/html.ts';
import { decodeAnswers, encodeAnswers, resultId, shareCodeFrom, shareUrl } from '../lib/share-codec.ts';
import { formatDate } from '../lib/format.ts';
import { browserStorage, download, setHtml } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

class AssessmentElement extends HTMLElement {
	#data!: AssessmentPageData;
	#t!: Translator<ElementKey<'pb-assessment'>>;
	/** The result on screen, for the share and export buttons. */
	#shown: { answers: Answers; score: ReturnType<typeof scoreAssessment>; shareUrl: string; at: string; id: string | undefined } | undefined;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-assessment-data]')?.textContent ?? '{}') as AssessmentPageData;
		this.#t = readStrings(this.#data.strings, this.#data.locale);
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
			this.#notice(this.#t('assessment.draftRestored'));
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
			if (!window.confirm(this.#t('assessment.clearConfirm'))) return;
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
		this.#showLast();
	}

	/** Valid results of this assessment, newest first (older data may hold results the rule refuses). */
	#validResults() {
		return resultsOf(readAssessments(browserStorage()).value, this.#data.id).filter(
			(r) => coverage(this.#data.definition, r.answers).complete,
		);
	}

	/** After a reload, the latest result is on screen again (below it, the form for a new one). */
	#showLast() {
		const [last, previous] = this.#validResults();
		if (!last) return;
		this.#render(last.answers, previous?.answers, true, false, last.at);
		const when = this.querySelector<HTMLElement>('[data-result-date]');
		if (when) {
			when.textContent = this.#t('assessment.lastResult', { date: this.#when(last.at) });
			when.hidden = false;
		}
	}

	#when(iso: string) {
		return formatDate(iso, this.#data.locale, { dateStyle: 'medium', timeStyle: 'short' });
	}

	/** Lists, per dimension, the answers still needed for a result; hidden once the rule is met. */
	#missing(answers: Answers): boolean {
		const { definition } = this.#data;
		const { complete, missing } = coverage(definition, answers);
		const box = this.querySelector<HTMLElement>('[data-missing]');
		if (!box) return complete;
		box.hidden = complete;
		if (complete) return true;
		const title = (id: string) => definition.dimensions.find((d) => d.id === id)?.title ?? id;
		const rule = this.#t('assessment.incomplete', { percent: Math.round(definition.minAnswered * 100) });
		const items = missing.map(
			(m) =>
				html`<li>${this.#t('assessment.missingItem', { dimension: title(m.id), answered: m.answered, total: m.total, need: m.need })}</li>`,
		);
		setHtml(box, html`<p>${rule}</p><ul>${items}</ul>`);
		return false;
	}

	#notice(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-notice]')!;
		notice.textContent = text;
		notice.hidden = false;
	}

	#answers(): Answers {
		const answers: Answers = {};
		for (const input of this.querySelectorAll<HTMLInputElement>('form input[type="radio"]:checked'))
			answers[input.name] = input.value === 'na' ? 'na' : Number(input.value);
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
		if (text) text.textContent = this.#t('assessment.progress', { answered, total });
		// Once the learner has tried to submit, the list of what is missing follows every answer.
		if (this.#triedSubmit) this.#missing(this.#answers());
	}

	#triedSubmit = false;

	#submit() {
		const answers = this.#answers();
		this.#triedSubmit = true;
		if (!this.#missing(answers)) {
			this.querySelector<HTMLElement>('[data-missing]')?.focus();
			return;
		}
		const { value: store, write } = updateAssessments(browserStorage(), (current) => addResult(current, this.#data.id, answers));
		// A result that could not be stored is still shown, and the page's learner-data notice says why.
		reportWrite('assessments', write);
		const [latest, previous] = resultsOf(store, this.#data.id).filter((r) => coverage(this.#data.definition, r.answers).complete);
		this.#render(answers, previous?.answers, true, true, latest?.at);
		this.#history();
	}

	#showStored(at: string) {
		const results = this.#validResults();
		const index = results.findIndex((r) => r.at === at);
		if (index >= 0) this.#render(results[index]!.answers, results[index + 1]?.answers, true, true, results[index]!.at);
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
			this.#notice(this.#t('assessment.sharedError', { reason: this.#t(`assessment.reason.${decoded.error}`) }));
			return;
		}
		if (!coverage(this.#data.definition, decoded.answers).complete) {
			const section = this.querySelector<HTMLElement>('[data-result]')!;
			section.hidden = true;
			section.querySelector('[data-result-body]')?.replaceChildren();
			this.#shown = undefined;
			this.#notice(this.#t('assessment.incompleteShared'));
			this.#takeIt();
			return;
		}
		this.#notice(this.#t('assessment.shared'));
		this.#render(decoded.answers, undefined, false);
		this.#takeIt();
	}

	/** A shared result is someone else's: titled for the recipient, with a way to take it yourself. */
	#takeIt() {
		const heading = this.querySelector('[data-result-title]');
		if (heading) heading.textContent = this.#t('assessment.sharedTitle');
		const link = document.createElement('a');
		link.className = 'button take-it';
		link.href = `${this.#data.base}/assessments/${this.#data.id}/`;
		link.textContent = this.#t('assessment.takeIt');
		const notice = this.querySelector<HTMLElement>('[data-notice]')!;
		notice.append(' ', link);
	}

	/** `at`: when the result was recorded; it gives the result id that lets a team merge count it once. */
	#render(answers: Answers, previous: Answers | undefined, own: boolean, focus = true, at?: string) {
		const { definition } = this.#data;
		const score = scoreAssessment(definition, answers);
		const before = previous ? scoreAssessment(definition, previous) : undefined;
		const section = this.querySelector<HTMLElement>('[data-result]')!;
		setHtml(
			section.querySelector('[data-result-body]')!,
			renderResultHtml(definition, score, { t: this.#t, previous: before, links: this.#data.links }),
		);
		const id = at ? resultId(this.#data.id, at, answers) : undefined;
		const code = encodeAnswers(this.#data.id, definition, answers, id);
		const url = shareUrl(new URL(`${this.#data.base}/assessments/${this.#data.id}/`, location.href).href, code);
		this.#shown = { answers, score, shareUrl: url, at: at ?? new Date().toISOString(), id };
		const actions = section.querySelector<HTMLElement>('[data-actions]')!;
		actions.hidden = !own;
		actions.querySelector<HTMLInputElement>('[data-share-url]')!.value = url;
		this.querySelector<HTMLElement>('[data-result-date]')!.hidden = true;
		section.hidden = false;
		if (focus) section.focus();
	}

	#wireActions() {
		const section = this.querySelector<HTMLElement>('[data-result]')!;
		section.querySelector('[data-copy]')?.addEventListener('click', () => {
			if (!this.#shown) return;
			section.querySelector<HTMLInputElement>('[data-share-url]')?.select();
			void navigator.clipboard?.writeText(this.#shown.shareUrl).catch(() => undefined);
			section.querySelector('[data-copied]')!.textContent = this.#t('assessment.copied');
		});
		section.querySelector('[data-csv]')?.addEventListener('click', () => {
			if (this.#shown)
				download(`${this.#data.id}.csv`, 'text/csv', resultCsv(this.#data.definition, this.#shown.answers, this.#shown.score));
		});
		section.querySelector('[data-json]')?.addEventListener('click', () => {
			if (!this.#shown) return;
			const { answers, score, at, id } = this.#shown;
			download(
				`${this.#data.id}.json`,
				'application/json',
				`${JSON.stringify({ assessment: this.#data.id, id, at, answers, score }, null, 2)}\n`,
			);
		});
		section.querySelector('[data-print]')?.addEventListener('click', () => window.print());
	}

	#history() {
		const results = resultsOf(readAssessments(browserStorage()).value, this.#data.id);
		const list = this.querySelector('[data-history]');
		if (!list) return;
		const items = results.map((r) => {
			// Results stored before the validity rule may be incomplete: listed, but with no score.
			if (!coverage(this.#data.definition, r.answers).complete)
				return html`<li>${this.#when(r.at)} · ${this.#t('assessment.incompleteShared')}</li>`;
			const score = scoreAssessment(this.#data.definition, r.answers);
			const view = html`<button type="button" class="button" data-view="${r.at}">${this.#t('assessment.view')}</button>`;
			return html`<li>${this.#when(r.at)} · ${score.overall ?? '–'}${score.level && ` · ${score.level}`} ${view}</li>`;
		});
		setHtml(list, html`${items}`);
	}
}

/** The share code of a link: `#r=<code>` (answers never reach a server), or the older `?r=<code>`. */
if (!customElements.get('pb-assessment')) customElements.define('pb-assessment', AssessmentElement);
