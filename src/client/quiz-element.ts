/**
 * `<pb-quiz>`: runs attempts of the quiz embedded in the page. Drawing, grading and history rules
 * live in src/lib/ (quiz-attempt, quiz-grading, quiz-history); the markup in src/lib/quiz-html.ts.
 * An attempt in progress is saved on every change (a reload resumes it); unanswered questions are
 * listed before submitting and need a confirmation; a retry of the wrong answers is practice,
 * graded on screen only, never recorded and never a pass. Strings come from the page data's `strings`
 * (src/client/strings.ts); markup from the escaping `html` template.
 */
import type { Question } from '../../schemas/quiz.ts';
import { newSeed, planAttempt, type AttemptPlan } from '../lib/quiz-attempt.ts';
import { gradeAttempt, unansweredPositions, type Answer } from '../lib/quiz-grading.ts';
import {
	addAttempt,
	attemptsOf,
	clearQuizDraft,
	draftOf,
	quizStatus,
	readQuizzes,
	saveQuizDraft,
	updateQuizzes,
	type Attempt,
	type QuizDraft,
} from '../lib/quiz-history.ts';
import { renderAttemptHtml } from '../lib/quiz-html.ts';
import { html } from '../lib/html.ts';
import { formatDate } from '../lib/format.ts';
import type { QuizPageData } from '../lib/page-data.ts';
import { browserStorage, setHtml } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

/** Reads the learner's answer to one question from its fieldset. */
export function readAnswer(fieldset: HTMLFieldSetElement, question: Question): Answer {
	const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
	switch (question.type) {
		case 'single':
			return { type: 'single', choice: checked[0] ?? null };
		case 'multiple':
			return { type: 'multiple', choices: checked };
		case 'true-false':
			return { type: 'true-false', choice: checked[0] === undefined ? null : checked[0] === 'true' };
		case 'ordering':
			return { type: 'ordering', order: [...fieldset.querySelectorAll<HTMLElement>('[data-item]')].map((li) => li.dataset.item ?? '') };
		case 'matching':
			return {
				type: 'matching',
				matches: Object.fromEntries(
					[...fieldset.querySelectorAll<HTMLSelectElement>('select[data-pair]')].map((s) => [s.dataset.pair ?? '', s.value || null]),
				),
			};
	}
}

class QuizElement extends HTMLElement {
	#data!: QuizPageData;
	#t!: Translator<ElementKey<'pb-quiz'>>;
	#plan: AttemptPlan | undefined;
	/** The attempt under way is a practice retry of wrong answers. */
	#practice = false;
	#startedAt = '';
	/** Ordering questions the learner has rearranged. */
	#touched = new Set<string>();

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-quiz-data]')?.textContent ?? '{}') as QuizPageData;
		this.#t = readStrings(this.#data.strings, this.#data.locale);
		this.querySelector('[data-start]')?.addEventListener('click', () => this.#start());
		const form = this.querySelector('form');
		form?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#submit(false);
		});
		form?.addEventListener('change', () => this.#saveDraft());
		this.addEventListener('click', (event) => this.#onClick(event));
		this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
		this.#resume();
		this.#renderStatus();
		this.#renderHistory();
	}

	/** Shows the attempt left in progress (before a reload), with its answers. */
	#resume() {
		const read = readQuizzes(browserStorage());
		reportRead('quizzes', read);
		const draft = draftOf(read.value, this.#data.id);
		if (!draft) return;
		const known = new Set(this.#data.questions.map((q) => q.id));
		// A draft from an older version of the quiz (a question removed) cannot be resumed faithfully.
		if (draft.questions.length === 0 || !draft.questions.every((id) => known.has(id))) return;
		this.#begin(
			{ seed: draft.seed, questions: draft.questions, order: draft.order },
			draft.practice,
			draft.startedAt,
			draft.answers as Record<string, Answer>,
			draft.touched,
		);
		this.#el('[data-resumed]').textContent = this.#t('quiz.resumed', { date: this.#date(draft.startedAt) });
		this.#el('[data-resumed]').hidden = false;
	}

	#draft(): QuizDraft | undefined {
		const plan = this.#plan;
		if (!plan) return undefined;
		return {
			seed: plan.seed,
			questions: plan.questions,
			order: plan.order,
			answers: this.#readAnswers(),
			practice: this.#practice,
			touched: [...this.#touched],
			startedAt: this.#startedAt,
		};
	}

	#saveDraft() {
		const draft = this.#draft();
		if (!draft) return;
		// A draft that could not be kept leaves the answers on screen; the notice says why.
		reportWrite('quizzes', updateQuizzes(browserStorage(), (store) => saveQuizDraft(store, this.#data.id, draft)).write);
		this.#el('[data-confirm]').hidden = true;
	}

	#readAnswers(): Record<string, Answer> {
		const byId = new Map(this.#data.questions.map((q) => [q.id, q]));
		const answers: Record<string, Answer> = {};
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
			const question = byId.get(fieldset.dataset.question ?? '');
			if (question) answers[question.id] = readAnswer(fieldset, question);
		}
		return answers;
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#start(only?: string[]) {
		const plan = planAttempt({ questions: this.#data.questions, draw: this.#data.draw }, newSeed(), only);
		this.#begin(plan, only !== undefined, new Date().toISOString(), {}, []);
		this.#saveDraft();
		const legend = this.#el<HTMLFormElement>('form').querySelector<HTMLElement>('legend');
		legend?.setAttribute('tabindex', '-1');
		legend?.focus();
	}

	#begin(plan: AttemptPlan, practice: boolean, startedAt: string, answers: Record<string, Answer>, touched: string[]) {
		this.#plan = plan;
		this.#practice = practice;
		this.#startedAt = startedAt;
		this.#touched = new Set(touched);
		const form = this.#el<HTMLFormElement>('form');
		setHtml(this.#el('[data-questions]'), renderAttemptHtml(this.#data.questions, { t: this.#t, plan, answers, links: this.#data.links }));
		form.hidden = false;
		this.#el('[data-practice]').hidden = !practice;
		this.#el('[data-resumed]').hidden = true;
		this.#el('[data-confirm]').hidden = true;
		this.#el('[data-submit]').hidden = false;
		this.#el('[data-result]').hidden = true;
		this.#el('[data-start]').textContent = this.#t('quiz.restart');
	}

	#onClick(event: Event) {
		const target = event.target instanceof Element ? event.target : null;
		const move = target?.closest<HTMLButtonElement>('button[data-move]');
		if (move) return this.#move(move);
		const retry = target?.closest<HTMLButtonElement>('[data-retry]');
		if (retry) return this.#start(JSON.parse(retry.dataset.retry ?? '[]') as string[]);
		if (target?.closest('[data-new-attempt]')) return this.#start();
		if (target?.closest('[data-submit-anyway]')) return this.#submit(true);
		if (target?.closest('[data-keep-answering]')) return this.#keepAnswering();
		const review = target?.closest<HTMLButtonElement>('[data-review]');
		if (review) this.#review(review.dataset.review ?? '');
	}

	/** Moves an ordering item up or down and keeps focus on the same button. */
	#move(button: HTMLButtonElement) {
		const item = button.closest('li');
		const list = item?.parentElement;
		if (!item || !list) return;
		const up = button.dataset.move === 'up';
		const sibling = up ? item.previousElementSibling : item.nextElementSibling;
		if (!sibling) return;
		if (up) list.insertBefore(item, sibling);
		else list.insertBefore(sibling, item);
		button.focus();
		const position = [...list.children].indexOf(item) + 1;
		this.#el('[data-announce]').textContent = this.#t('quiz.moved', {
			item: item.querySelector('.item-text')?.textContent ?? '',
			position,
		});
		const question = button.closest<HTMLElement>('fieldset[data-question]')?.dataset.question;
		if (question) this.#touched.add(question);
		this.#saveDraft();
	}

	/** Back from the unanswered warning to the first question left unanswered. */
	#keepAnswering() {
		const box = this.#el('[data-confirm]');
		const first = box.dataset.first;
		box.hidden = true;
		const fieldset = first ? this.querySelector<HTMLElement>(`fieldset[data-question="${CSS.escape(first)}"]`) : null;
		const control = fieldset?.querySelector<HTMLElement>('input, select, button');
		(control ?? fieldset)?.focus();
	}

	#submit(confirmed: boolean) {
		const plan = this.#plan;
		if (!plan) return;
		const answers = this.#readAnswers();
		const missing = unansweredPositions(this.#data.questions, plan, answers, this.#touched);
		if (missing.length > 0 && !confirmed) {
			const box = this.#el('[data-confirm]');
			box.querySelector('[data-confirm-text]')!.textContent = this.#t('quiz.unansweredList', {
				list: missing.map((n) => this.#t('quiz.unansweredItem', { n })).join(this.#data.locale === 'en' ? ', ' : '、'),
			});
			box.dataset.first = plan.questions[missing[0]! - 1] ?? '';
			box.hidden = false;
			box.focus();
			return;
		}
		this.#el('[data-confirm]').hidden = true;
		const result = gradeAttempt(
			{ questions: this.#data.questions, passMark: this.#data.passMark, partialCredit: this.#data.partialCredit },
			plan,
			answers,
		);
		if (this.#practice) return this.#showPractice(plan, answers);
		const attempt: Attempt = {
			quiz: this.#data.id,
			at: new Date().toISOString(),
			seed: plan.seed,
			questions: plan.questions,
			order: plan.order,
			answers,
			score: result.score,
			max: result.max,
			percent: result.percent,
			passed: result.passed,
			versions: this.#data.current,
			passMark: this.#data.passMark,
		};
		const { write } = updateQuizzes(browserStorage(), (store) => clearQuizDraft(addAttempt(store, attempt), this.#data.id));
		// An attempt that could not be kept is still shown; the page's learner-data notice says why.
		reportWrite('quizzes', write);
		this.#showAttempt(attempt);
		this.#plan = undefined;
		this.#renderStatus();
		this.#renderHistory();
	}

	/** A practice retry: reviewed on screen, never stored as an attempt, never a pass or a record. */
	#showPractice(plan: AttemptPlan, answers: Record<string, Answer>) {
		reportWrite('quizzes', updateQuizzes(browserStorage(), (store) => clearQuizDraft(store, this.#data.id)).write);
		this.#plan = undefined;
		const graded = gradeAttempt(
			{ questions: this.#data.questions, passMark: this.#data.passMark, partialCredit: this.#data.partialCredit },
			plan,
			answers,
		);
		setHtml(
			this.#el('[data-questions]'),
			renderAttemptHtml(this.#data.questions, { t: this.#t, plan, answers, results: graded.questions, links: this.#data.links }),
		);
		this.#el('[data-submit]').hidden = true;
		const t = this.#t;
		const wrong = graded.questions.filter((q) => !q.correct).map((q) => q.id);
		const right = graded.questions.length - wrong.length;
		const result = this.#el('[data-result]');
		const newAttempt = html`<button type="button" class="button primary" data-new-attempt>${t('quiz.newAttempt')}</button>`;
		setHtml(
			result,
			html`${[
				html`<h2>${t('quiz.practiceResult')}</h2>`,
				html`<p class="score">${t('quiz.practiceScore', { right, total: graded.questions.length })}</p>`,
				html`<p class="practice-note">${t('quiz.practiceNote')}</p>`,
				html`<p class="actions">${this.#retryButton(wrong)}${newAttempt}</p>`,
			]}`,
		);
		result.hidden = false;
		result.focus();
		this.#renderStatus();
	}

	/** Shows an attempt in review mode with its result panel. */
	#showAttempt(attempt: Attempt, note = '') {
		const plan: AttemptPlan = { seed: attempt.seed, questions: attempt.questions, order: attempt.order };
		const graded = gradeAttempt(
			{ questions: this.#data.questions, passMark: this.#data.passMark, partialCredit: this.#data.partialCredit },
			plan,
			attempt.answers as Record<string, Answer>,
		);
		const answers = attempt.answers as Record<string, Answer>;
		setHtml(
			this.#el('[data-questions]'),
			renderAttemptHtml(this.#data.questions, { t: this.#t, plan, answers, results: graded.questions, links: this.#data.links }),
		);
		this.#el('form').hidden = false;
		this.#el('[data-submit]').hidden = true;
		const wrong = graded.questions.filter((q) => !q.correct).map((q) => q.id);
		const t = this.#t;
		const pass = t(attempt.passed ? 'quiz.resultPassed' : 'quiz.resultFailed', { percent: Math.round(this.#data.passMark * 100) });
		const newAttempt = html`<button type="button" class="button" data-new-attempt>${t('quiz.newAttempt')}</button>`;
		const record = attempt.passed && html`<a href="${this.#recordUrl(attempt.at)}">${t('quiz.record')}</a>`;
		const result = this.#el('[data-result]');
		setHtml(
			result,
			html`${[
				html`<h2>${t(attempt.passed ? 'quiz.passed' : 'quiz.failed')}</h2>`,
				html`<p class="score">${t('quiz.score', { score: attempt.score, max: attempt.max, percent: attempt.percent })}</p>`,
				html`<p>${pass}</p>`,
				note && html`<p>${note}</p>`,
				html`<p class="actions">${this.#retryButton(wrong)}${newAttempt}${record}</p>`,
			]}`,
		);
		result.hidden = false;
		result.focus();
	}

	#review(at: string) {
		const attempt = attemptsOf(readQuizzes(browserStorage()).value, this.#data.id).find((a) => a.at === at);
		if (attempt) this.#showAttempt(attempt);
	}

	#date(iso: string) {
		return formatDate(iso, this.#data.locale, { dateStyle: 'medium', timeStyle: 'short' });
	}

	/** "Retry the questions I got wrong", when some were. */
	#retryButton(wrong: string[]) {
		return (
			wrong.length > 0 &&
			html`<button type="button" class="button" data-retry="${JSON.stringify(wrong)}">${this.#t('quiz.retryWrong')}</button>`
		);
	}

	#recordUrl(at: string) {
		return `${this.#data.base}/quizzes/${this.#data.id}/record/?at=${encodeURIComponent(at)}`;
	}

	#renderStatus() {
		const t = this.#t;
		const read = readQuizzes(browserStorage());
		const status = quizStatus(read.value, this.#data.id, this.#data.current);
		reportRead('quizzes', read);
		const code = (standard: string) => this.#data.codes[standard] ?? standard;
		const diffUrl = (c: { standard: string; from: string; to: string }) =>
			`${this.#data.base}/standards/${c.standard}/changes/?from=${c.from}&to=${c.to}#compare`;
		let markup = html``;
		if (status.state === 'passed')
			markup = html`<p>${t('quiz.statusPassed', { date: this.#date(status.pass.at), percent: status.pass.percent })}</p>`;
		if (status.state === 'in-progress') markup = html`<p>${t('quiz.statusInProgress', { date: this.#date(status.startedAt) })}</p>`;
		if (status.state === 'failed')
			markup = html`<p>${t('quiz.statusFailed', { date: this.#date(status.last.at), percent: status.last.percent })}</p>`;
		if (status.state === 'stale') {
			const changes = status.changed.map((c) => t('quiz.staleChange', { code: code(c.standard), from: c.from, to: c.to })).join('；');
			const links = status.changed.map(
				(c, i) => html`${i > 0 && ' '}<a href="${diffUrl(c)}">${t('quiz.seeDiff')} (${code(c.standard)})</a>`,
			);
			markup = html`<p class="stale"><strong>${t('quiz.stale', { changes })}</strong> ${links}</p>`;
		}
		setHtml(this.#el('[data-status]'), markup);
	}

	#renderHistory() {
		const t = this.#t;
		const attempts = attemptsOf(readQuizzes(browserStorage()).value, this.#data.id);
		const body = this.#el('[data-history]');
		if (attempts.length === 0) {
			setHtml(body, html`<p class="muted">${t('quiz.historyEmpty')}</p>`);
			return;
		}
		const rows = attempts.map((a) => {
			const versions = Object.entries(a.versions)
				.map(([id, v]) => `${this.#data.codes[id] ?? id} ${v}`)
				.join('、');
			const review = html`<button type="button" class="button" data-review="${a.at}">${t('quiz.review')}</button>`;
			const record = a.passed && html` <a href="${this.#recordUrl(a.at)}">${t('quiz.record')}</a>`;
			return html`<tr>${[
				html`<td>${this.#date(a.at)}</td>`,
				html`<td>${a.percent}% · ${t(a.passed ? 'quiz.passed' : 'quiz.failed')}</td>`,
				html`<td>${versions}</td>`,
				html`<td>${review}${record}</td>`,
			]}</tr>`;
		});
		const head = [
			html`<th scope="col">${t('quiz.date')}</th>`,
			html`<th scope="col">${t('quiz.result')}</th>`,
			html`<th scope="col">${t('quiz.versions')}</th>`,
			html`<th scope="col"><span class="visually-hidden">${t('quiz.review')}</span></th>`,
		];
		setHtml(body, html`<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
	}
}

if (!customElements.get('pb-quiz')) customElements.define('pb-quiz', QuizElement);
