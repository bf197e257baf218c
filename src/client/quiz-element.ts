/**
 * `<pb-quiz>`: runs attempts of the quiz embedded in the page. Drawing, grading and history rules
 * live in src/lib/ (quiz-attempt, quiz-grading, quiz-history); the markup in src/lib/quiz-html.ts.
 * An attempt in progress is saved on every change (a reload resumes it); unanswered questions are
 * listed before submitting and need a confirmation; a retry of the wrong answers is practice,
 * graded on screen only, never recorded and never a pass.
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
import { escapeHtml as esc } from '../lib/html.ts';
import { fill, formatDate } from '../lib/format.ts';
import type { QuizPageData } from '../lib/page-data.ts';
import { browserStorage } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';

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
	#plan: AttemptPlan | undefined;
	/** The attempt under way is a practice retry of wrong answers. */
	#practice = false;
	#startedAt = '';
	/** Ordering questions the learner has rearranged. */
	#touched = new Set<string>();

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-quiz-data]')?.textContent ?? '{}') as QuizPageData;
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
		this.#el('[data-resumed]').textContent = fill(this.#labels.resumed ?? '', { date: this.#date(draft.startedAt) });
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

	get #labels() {
		return this.#data.labels;
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
		this.#el('[data-questions]').innerHTML = renderAttemptHtml(this.#data.questions, {
			labels: this.#labels,
			plan,
			answers,
			links: this.#data.links,
		});
		form.hidden = false;
		this.#el('[data-practice]').hidden = !practice;
		this.#el('[data-resumed]').hidden = true;
		this.#el('[data-confirm]').hidden = true;
		this.#el('[data-submit]').hidden = false;
		this.#el('[data-result]').hidden = true;
		this.#el('[data-start]').textContent = this.#labels.restart ?? '';
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
		this.#el('[data-announce]').textContent = fill(this.#labels.moved ?? '', {
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
			const L = this.#labels;
			const box = this.#el('[data-confirm]');
			box.querySelector('[data-confirm-text]')!.textContent = fill(L.unansweredList ?? '', {
				list: missing.map((n) => fill(L.unansweredItem ?? '', { n })).join(this.#data.locale === 'en' ? ', ' : '、'),
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
		this.#el('[data-questions]').innerHTML = renderAttemptHtml(this.#data.questions, {
			labels: this.#labels,
			plan,
			answers,
			results: graded.questions,
			links: this.#data.links,
		});
		this.#el('[data-submit]').hidden = true;
		const L = this.#labels;
		const wrong = graded.questions.filter((q) => !q.correct).map((q) => q.id);
		const right = graded.questions.length - wrong.length;
		const result = this.#el('[data-result]');
		result.innerHTML = `<h2>${esc(L.practiceResult ?? '')}</h2><p class="score">${esc(fill(L.practiceScore ?? '', { right, total: graded.questions.length }))}</p><p class="practice-note">${esc(L.practiceNote ?? '')}</p><p class="actions">${
			wrong.length > 0
				? `<button type="button" class="button" data-retry='${esc(JSON.stringify(wrong))}'>${esc(L.retryWrong ?? '')}</button>`
				: ''
		}<button type="button" class="button primary" data-new-attempt>${esc(L.newAttempt ?? '')}</button></p>`;
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
		this.#el('[data-questions]').innerHTML = renderAttemptHtml(this.#data.questions, {
			labels: this.#labels,
			plan,
			answers: attempt.answers as Record<string, Answer>,
			results: graded.questions,
			links: this.#data.links,
		});
		this.#el('form').hidden = false;
		this.#el('[data-submit]').hidden = true;
		const wrong = graded.questions.filter((q) => !q.correct).map((q) => q.id);
		const L = this.#labels;
		const pass = fill(attempt.passed ? (L.resultPassed ?? '') : (L.resultFailed ?? ''), { percent: Math.round(this.#data.passMark * 100) });
		const result = this.#el('[data-result]');
		result.innerHTML = `<h2>${esc(attempt.passed ? (L.passed ?? '') : (L.failed ?? ''))}</h2><p class="score">${esc(fill(L.score ?? '', { score: attempt.score, max: attempt.max, percent: attempt.percent }))}</p><p>${esc(pass)}</p>${note ? `<p>${esc(note)}</p>` : ''}<p class="actions">${
			wrong.length > 0
				? `<button type="button" class="button" data-retry='${esc(JSON.stringify(wrong))}'>${esc(L.retryWrong ?? '')}</button>`
				: ''
		}<button type="button" class="button" data-new-attempt>${esc(L.newAttempt ?? '')}</button>${
			attempt.passed
				? `<a href="${esc(`${this.#data.base}/quizzes/${this.#data.id}/record/?at=${encodeURIComponent(attempt.at)}`)}">${esc(L.record ?? '')}</a>`
				: ''
		}</p>`;
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

	#renderStatus() {
		const L = this.#labels;
		const read = readQuizzes(browserStorage());
		const status = quizStatus(read.value, this.#data.id, this.#data.current);
		const box = this.#el('[data-status]');
		const parts: string[] = [];
		reportRead('quizzes', read);
		if (status.state === 'passed')
			parts.push(`<p>${esc(fill(L.statusPassed ?? '', { date: this.#date(status.pass.at), percent: status.pass.percent }))}</p>`);
		if (status.state === 'in-progress') parts.push(`<p>${esc(fill(L.statusInProgress ?? '', { date: this.#date(status.startedAt) }))}</p>`);
		if (status.state === 'failed')
			parts.push(`<p>${esc(fill(L.statusFailed ?? '', { date: this.#date(status.last.at), percent: status.last.percent }))}</p>`);
		if (status.state === 'stale') {
			const changes = status.changed
				.map((c) => fill(L.staleChange ?? '', { code: this.#data.codes[c.standard] ?? c.standard, from: c.from, to: c.to }))
				.join('；');
			const links = status.changed
				.map(
					(c) =>
						`<a href="${esc(`${this.#data.base}/standards/${c.standard}/changes/?from=${c.from}&to=${c.to}#compare`)}">${esc(`${L.seeDiff ?? ''} (${this.#data.codes[c.standard] ?? c.standard})`)}</a>`,
				)
				.join(' ');
			parts.push(`<p class="stale"><strong>${esc(fill(L.stale ?? '', { changes }))}</strong> ${links}</p>`);
		}
		box.innerHTML = parts.join('');
	}

	#renderHistory() {
		const L = this.#labels;
		const attempts = attemptsOf(readQuizzes(browserStorage()).value, this.#data.id);
		const body = this.#el('[data-history]');
		if (attempts.length === 0) {
			body.innerHTML = `<p class="muted">${esc(L.historyEmpty ?? '')}</p>`;
			return;
		}
		const rows = attempts
			.map((a) => {
				const versions = Object.entries(a.versions)
					.map(([id, v]) => `${this.#data.codes[id] ?? id} ${v}`)
					.join('、');
				const record = a.passed
					? ` <a href="${esc(`${this.#data.base}/quizzes/${this.#data.id}/record/?at=${encodeURIComponent(a.at)}`)}">${esc(L.record ?? '')}</a>`
					: '';
				return `<tr><td>${esc(this.#date(a.at))}</td><td>${esc(`${a.percent}%`)} · ${esc(a.passed ? (L.passed ?? '') : (L.failed ?? ''))}</td><td>${esc(versions)}</td><td><button type="button" class="button" data-review="${esc(a.at)}">${esc(L.review ?? '')}</button>${record}</td></tr>`;
			})
			.join('');
		body.innerHTML = `<table><thead><tr><th scope="col">${esc(L.date ?? '')}</th><th scope="col">${esc(L.result ?? '')}</th><th scope="col">${esc(L.versions ?? '')}</th><th scope="col"><span class="visually-hidden">${esc(L.review ?? '')}</span></th></tr></thead><tbody>${rows}</tbody></table>`;
	}
}

if (!customElements.get('pb-quiz')) customElements.define('pb-quiz', QuizElement);
